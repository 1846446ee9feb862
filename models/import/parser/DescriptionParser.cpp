#include "models/import/parser/DescriptionParser.h"

#include "models/import/parser/DatasheetValue.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"

#include <QRegularExpression>

namespace cc {

namespace {

const QString number = QStringLiteral("([0-9]{1,6}(?:[.,][0-9]{1,6})?)");

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(QStringLiteral("^") + text + QStringLiteral("$"),
                              QRegularExpression::CaseInsensitiveOption);
}

void set(PartFieldValues &fields, PartField field, const QVariant &value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull()))
        return;
    QString error;
    const QVariant typed = PartFields::normalized(PartFields::field(field), value, &error);
    if (error.isEmpty())
        fields.set(field, typed);
}

double toDouble(const QString &text)
{
    return DatasheetValue::number(text).value_or(0);
}

const QStringList &colours()
{
    static const QStringList list {
        QStringLiteral("black"),  QStringLiteral("white"),       QStringLiteral("gray"),
        QStringLiteral("grey"),   QStringLiteral("light gray"),  QStringLiteral("dark gray"),
        QStringLiteral("green"),  QStringLiteral("light green"), QStringLiteral("red"),
        QStringLiteral("blue"),   QStringLiteral("light blue"),  QStringLiteral("brown"),
        QStringLiteral("yellow"), QStringLiteral("orange"),      QStringLiteral("pink"),
        QStringLiteral("violet"), QStringLiteral("purple"),      QStringLiteral("transparent"),
        QStringLiteral("beige"),  QStringLiteral("silver"),      QStringLiteral("turquoise")
    };
    return list;
}

const QStringList &materials()
{
    static const QStringList list { QStringLiteral("Plastic"),   QStringLiteral("PVC"),
                                    QStringLiteral("Polyamide"), QStringLiteral("PA"),
                                    QStringLiteral("PA66"),      QStringLiteral("Metal"),
                                    QStringLiteral("Steel"),     QStringLiteral("Stainless steel"),
                                    QStringLiteral("Rubber"),    QStringLiteral("Silicone"),
                                    QStringLiteral("TPE"),       QStringLiteral("Polycarbonate") };
    return list;
}

QString findIn(const QStringList &list, const QString &segment)
{
    for (const QString &entry : list) {
        if (entry.compare(segment, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return {};
}

// Reads one segment (or comma-separated part of one); false when unknown.
bool readSegment(const QString &segment, const QString &kind, PartFieldValues &fields)
{
    static const QRegularExpression poles = pattern(QStringLiteral("([0-9]{1,3})-pole"));
    static const QRegularExpression coding
        = pattern(QStringLiteral("Cod(?:\\.|ing)\\s*([A-Z0-9]{1,3})"));
    static const QRegularExpression crossSection
        = pattern(number + QStringLiteral("\\s*mm(?:²|2)"));
    static const QRegularExpression cables = pattern(QStringLiteral("for ([0-9]{1,3}) cables?"));
    static const QRegularExpression mmRange = pattern(
        number + QStringLiteral("\\s*(?:\\.\\.\\.|…)\\s*") + number + QStringLiteral("\\s*mm"));
    static const QRegularExpression mm = pattern(number + QStringLiteral("\\s*mm"));
    static const QRegularExpression operation
        = pattern(QStringLiteral("for (manual|tool) operation"));
    static const QRegularExpression forKinds
        = pattern(QStringLiteral("for ((?:sockets|plugs)(?: and (?:sockets|plugs))?)"));
    static const QRegularExpression forFlying = pattern(QStringLiteral("for flying leads?"));
    static const QRegularExpression forSnapIn = pattern(QStringLiteral("for snap-in .*"));
    static const QRegularExpression forPcb
        = pattern(QStringLiteral("for (?:PCBs?|printed circuit boards?)\\b.*"));
    static const QRegularExpression forDistribution
        = pattern(QStringLiteral("for distribution .*"));
    static const QRegularExpression type = pattern(QStringLiteral("Type\\s*[0-9]{1,3}"));
    static const QRegularExpression blade
        = pattern(QStringLiteral("Blade:\\s*") + number + QStringLiteral("\\s*x\\s*") + number
                  + QStringLiteral("\\s*mm"));
    static const QRegularExpression with = pattern(QStringLiteral("with\\s.+"));

    const auto addVariant = [&fields](const QString &text) {
        const QString old = fields.variant();
        set(fields, PartField::Variant, old.isEmpty() ? text : old + QStringLiteral("; ") + text);
    };
    QRegularExpressionMatch m;
    if ((m = poles.match(segment)).hasMatch()) {
        set(fields, PartField::Poles, m.captured(1).toInt());
    } else if (segment.compare(u"separable", Qt::CaseInsensitive) == 0) {
        set(fields, PartField::Separable, true);
    } else if ((m = coding.match(segment)).hasMatch()) {
        set(fields, PartField::Coding, m.captured(1));
    } else if ((m = crossSection.match(segment)).hasMatch()) {
        set(fields, PartField::CrossSectionMm2, toDouble(m.captured(1)));
    } else if ((m = cables.match(segment)).hasMatch()) {
        set(fields, PartField::CableCount, m.captured(1).toInt());
    } else if ((m = mmRange.match(segment)).hasMatch()) {
        if (kind == u"strain_relief_housing") {
            set(fields, PartField::CableOdMinMm, toDouble(m.captured(1)));
            set(fields, PartField::CableOdMaxMm, toDouble(m.captured(2)));
        } else if (kind == u"snap_in_frame") {
            set(fields, PartField::PanelThicknessMinMm, toDouble(m.captured(1)));
            set(fields, PartField::PanelThicknessMaxMm, toDouble(m.captured(2)));
        } else {
            return false;
        }
    } else if ((m = mm.match(segment)).hasMatch()) {
        if (kind != u"strain_relief_housing")
            return false;
        set(fields, PartField::LengthMm, toDouble(m.captured(1)));
    } else if ((m = operation.match(segment)).hasMatch()) {
        set(fields, PartField::Operation, m.captured(1).toLower());
    } else if ((m = forKinds.match(segment)).hasMatch()) {
        set(fields, PartField::ForKinds, m.captured(1).toLower());
    } else if (forFlying.match(segment).hasMatch()) {
        set(fields, PartField::ForMounting, QStringLiteral("flying"));
    } else if (forSnapIn.match(segment).hasMatch()) {
        set(fields, PartField::ForMounting, QStringLiteral("snap-in"));
    } else if (forPcb.match(segment).hasMatch()) {
        set(fields, PartField::ForMounting, QStringLiteral("pcb"));
    } else if (forDistribution.match(segment).hasMatch()) {
        set(fields, PartField::ForMounting, QStringLiteral("distribution"));
    } else if ((m = blade.match(segment)).hasMatch()) {
        set(fields, PartField::BladeWidthMm, toDouble(m.captured(1)));
        set(fields, PartField::BladeThicknessMm, toDouble(m.captured(2)));
    } else if (type.match(segment).hasMatch() || with.match(segment).hasMatch()) {
        addVariant(segment);
    } else if (const QString material = findIn(materials(), segment); !material.isNull()) {
        set(fields, PartField::Material, material);
    } else if (const QString colour = findIn(colours(), segment); !colour.isNull()) {
        set(fields, PartField::Colour, colour);
    } else {
        return false;
    }
    return true;
}

} // namespace

QString DescriptionParser::normalized(const QString &description)
{
    QStringList segments = DatasheetValue::cleaned(description).split(QLatin1Char(';'));
    for (QString &segment : segments)
        segment = segment.trimmed();
    segments.removeAll(QString());
    return segments.join(QStringLiteral("; "));
}

QString DescriptionParser::kindOf(const QString &phrase)
{
    return PartKinds::table().codeFor(DatasheetValue::cleaned(phrase));
}

DescriptionFields DescriptionParser::parse(const QString &description)
{
    DescriptionFields result;
    result.description = normalized(description);
    const QStringList segments = result.description.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return result;
    const QString kind = kindOf(segments.first());
    qsizetype first = 0;
    if (!kind.isNull()) {
        first = 1;
        set(result.fields, PartField::Kind, kind);
        set(result.fields, PartField::Gender, PartKinds::genderOf(kind));
        if (PartKinds::isSnapIn(kind))
            set(result.fields, PartField::Mounting, QStringLiteral("snap-in"));
    }
    for (qsizetype i = first; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (readSegment(segment, kind, result.fields))
            continue;
        // "12-pole, separable": parts separated by commas.
        const QStringList parts = segment.split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool all = parts.size() > 1;
        PartFieldValues partFields = result.fields;
        for (const QString &part : parts)
            all = all && readSegment(part.trimmed(), kind, partFields);
        if (all)
            result.fields = partFields;
        else
            result.unknownSegments.append(segment);
    }
    return result;
}

} // namespace cc
