#include "models/datasheet/DatasheetTr.h"
#include "models/datasheet/PartFormatter.h"
#include "models/part/AccessoryGroups.h"
#include "models/part/ApprovalKinds.h"
#include "models/part/CodeTable.h"
#include "models/part/Colours.h"
#include "models/part/ConductorClasses.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"
#include "models/part/PartRecord.h"
#include "models/part/PartTr.h"

#include <QCoreApplication>
#include <QMap>
#include <QUrl>
#include <algorithm>
#include <utility>

namespace cc {

namespace {


QString withUnit(const QString &value, const QString &unit)
{
    return unit.isEmpty() ? value : value + QChar(0x00a0) + unit;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString sourceLine(const PartRecord &record)
{
    QString line = QStringLiteral("%1 (%2)").arg(record.source.title, record.source.reference);
    if (!record.source.importedAt.isEmpty())
        line += DatasheetTr::tr(", imported %1").arg(record.source.importedAt);
    return line;
}

// The accessory section is for accessories; connectors leave it out.
bool applies(const DatasheetLayout::Section &section, const PartRecord &record)
{
    if (section.id != QLatin1String("accessory"))
        return true;
    return !PartKinds::isConnector(record.kind());
}

// A row of an HTML table: a derived value is marked (class 'derived'), an
// unknown one greyed (class 'unknown').
struct Cell
{
    QString label;
    QString value;
    bool derived = false;
};

// The provenance of the first derived value a row shows, if any.
std::optional<Provenance> derivedIn(const PartRecord &record, const DatasheetLayout::Row &row)
{
    for (const PartField field : row.fields) {
        if (const std::optional<Provenance> provenance = record.provenance(field))
            return provenance;
    }
    return std::nullopt;
}

QString requiredLabel(const std::optional<bool> &required)
{
    if (!required)
        return DatasheetTr::tr("required or optional: not known");
    return *required ? DatasheetTr::tr("required") : DatasheetTr::tr("optional");
}

// The heading a related part is listed under: counterparts, an accessory
// group, kit contents, spare parts, similar parts.
QString relationGroup(const RelationRecord &r)
{
    if (r.relation == QLatin1String("counterpart"))
        return DatasheetTr::tr("Counterparts");
    if (r.relation == QLatin1String("kit_content"))
        return DatasheetTr::tr("Kit contents");
    if (r.relation == QLatin1String("spare_part"))
        return DatasheetTr::tr("Spare parts");
    if (r.relation == QLatin1String("similar"))
        return DatasheetTr::tr("Similar parts");
    return QStringLiteral("%1 (%2)").arg(r.group.isEmpty() ? DatasheetTr::tr("Accessories")
                                                           : AccessoryGroups::table().title(r.group),
                                         requiredLabel(r.required));
}

// "2 × " before a kit's content; nothing when the source states no quantity.
QString quantityPrefix(const RelationRecord &r, const QLocale &locale)
{
    if (!r.quantity)
        return {};
    return QStringLiteral("%1 × ").arg(locale.toString(*r.quantity, 'f', QLocale::FloatingPointShortest));
}

QString documentTitle(const DocumentRecord &d)
{
    QString kind = d.purpose;
    if (d.purpose == QLatin1String("data_sheet"))
        kind = DatasheetTr::tr("Data sheet");
    else if (d.purpose == QLatin1String("drawing"))
        kind = DatasheetTr::tr("Dimensioned drawing");
    return d.title.isEmpty() ? kind : QStringLiteral("%1: %2").arg(kind, d.title);
}

} // namespace

PartFormatter::PartFormatter(QLocale locale)
    : m_locale(std::move(locale))
{
}

PartFormatter::PartFormatter(QLocale locale, Preferences preferences)
    : m_locale(std::move(locale))
    , m_preferences(preferences)
{
}

QList<RatingRecord> PartFormatter::orderedRatings(const PartRecord &record) const
{
    QList<RatingRecord> ratings = record.ratings;
    if (m_preferences.ulFirst) {
        std::stable_sort(ratings.begin(), ratings.end(), [](const RatingRecord &a, const RatingRecord &b) {
            return a.market == QLatin1String("UL") && b.market != QLatin1String("UL");
        });
    }
    return ratings;
}

QString PartFormatter::number(double value) const
{
    return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString PartFormatter::number(const std::optional<double> &value, const QString &unit) const
{
    return value ? withUnit(number(*value), unit) : PartTr::notKnown();
}

QString PartFormatter::row(const PartRecord &record, const DatasheetLayout::Row &row) const
{
    const QString text = valueText(record, row);
    const std::optional<Provenance> provenance = derivedIn(record, row);
    if (!provenance)
        return text;
    if (provenance->basis == Provenance::listing()) {
        return DatasheetTr::tr("%1 (derived from the listing on the datasheet of %2, source %3)")
            .arg(text, provenance->listingItem, provenance->sourceReference);
    }
    return DatasheetTr::tr("%1 (derived, source %2)").arg(text, provenance->sourceReference);
}

QString PartFormatter::valueText(const PartRecord &record, const DatasheetLayout::Row &row) const
{
    using Format = DatasheetLayout::Format;
    if (row.fields.size() == 2) {
        const std::optional<double> low = record.number(row.fields.at(0));
        const std::optional<double> high = record.number(row.fields.at(1));
        if (!low && !high)
            return PartTr::notKnown();
        const QString lowText = low ? number(*low) : PartTr::notKnown();
        const QString highText = high ? number(*high) : PartTr::notKnown();
        if (low && high && *low == *high)
            return withUnit(lowText, row.unit);
        return withUnit(QStringLiteral("%1 … %2").arg(lowText, highText), row.unit);
    }
    const QVariant value = record.value(row.fields.constFirst());
    if (value.isNull())
        return PartTr::notKnown();
    switch (row.format) {
    case Format::Plain:
        return value.toString();
    case Format::Code:
        if (row.fields.constFirst() == PartField::Colour
            || row.fields.constFirst() == PartField::CoverColour)
            return Colours::label(value.toString());
        if (const CodeTable *codes = PartFields::codeTable(row.fields.constFirst()))
            return codes->title(value.toString());
        return value.toString();
    case Format::YesNo:
        return value.toBool() ? DatasheetTr::tr("yes") : DatasheetTr::tr("no");
    case Format::Number:
        break;
    }
    return withUnit(number(value.toDouble()), row.unit);
}

QString PartFormatter::rating(const RatingRecord &r) const
{
    QStringList parts;
    parts << number(r.voltageV, QStringLiteral("V"));
    if (r.market == QLatin1String("IEC"))
        parts << number(r.impulseVoltageKv, QStringLiteral("kV"));
    parts << number(r.currentA, QStringLiteral("A"));
    QString line = QStringLiteral("%1: %2").arg(r.standard, parts.join(QStringLiteral(", ")));
    if (!r.overvoltageCategory.isEmpty() || r.pollutionDegree) {
        line += DatasheetTr::tr(" (overvoltage category %1, pollution degree %2)")
                    .arg(r.overvoltageCategory.isEmpty() ? PartTr::notKnown() : r.overvoltageCategory,
                         r.pollutionDegree ? QString::number(*r.pollutionDegree) : PartTr::notKnown());
    }
    if (!r.condition.isEmpty())
        line += QStringLiteral(", ") + r.condition;
    return line;
}

QString PartFormatter::conductorRange(const ConductorRangeRecord &r) const
{
    const auto span = [this](const auto &low, const auto &high, const QString &unit) {
        if (!low && !high)
            return PartTr::notKnown();
        const QString lowText = low ? number(static_cast<double>(*low)) : PartTr::notKnown();
        const QString highText = high ? number(static_cast<double>(*high)) : PartTr::notKnown();
        if (low && high && *low == *high)
            return withUnit(lowText, unit);
        return withUnit(QStringLiteral("%1 … %2").arg(lowText, highText), unit);
    };
    const QString mm2 = span(r.minMm2, r.maxMm2, QStringLiteral("mm²"));
    const QString awg = span(r.minAwg, r.maxAwg, QStringLiteral("AWG"));
    return m_preferences.awgFirst ? QStringLiteral("%1 / %2").arg(awg, mm2) : QStringLiteral("%1 / %2").arg(mm2, awg);
}

QString PartFormatter::text(const PartRecord &record) const
{
    QStringList lines;
    lines << QStringLiteral("%1  %2").arg(record.itemNumber(), record.description());
    if (!record.supersededItem.isEmpty()) {
        lines << DatasheetTr::tr("(%1 is superseded; its successor is %2)")
                     .arg(record.supersededItem, record.itemNumber());
    }
    const auto heading = [&lines](const QString &title) {
        lines << QString() << title << QString(title.size(), QLatin1Char('-'));
    };
    const auto entry = [&lines](const QString &label, const QString &value) {
        lines << QStringLiteral("  %1: %2").arg(label, value);
    };
    for (const DatasheetLayout::Section &section : DatasheetLayout::sections()) {
        if (!applies(section, record))
            continue;
        heading(section.title);
        for (const DatasheetLayout::Row &r : section.rows)
            entry(r.label, row(record, r));
        if (section.id == QLatin1String("identity")) {
            heading(DatasheetTr::tr("Electrical ratings"));
            if (record.ratings.isEmpty())
                entry(DatasheetTr::tr("Ratings"), PartTr::notKnown());
            for (const RatingRecord &r : orderedRatings(record))
                lines << QStringLiteral("  ") + rating(r);
        } else if (section.id == QLatin1String("connection")) {
            heading(DatasheetTr::tr("Conductors"));
            if (record.conductorRanges.isEmpty())
                entry(DatasheetTr::tr("Conductor ranges"), PartTr::notKnown());
            for (const ConductorRangeRecord &r : record.conductorRanges)
                entry(ConductorClasses::table().title(r.conductorClass), conductorRange(r));
        }
    }
    heading(DatasheetTr::tr("Classification"));
    if (record.classifications.isEmpty())
        entry(DatasheetTr::tr("eCl@ss / ETIM"), PartTr::notKnown());
    for (const ClassificationRecord &c : record.classifications)
        entry(QStringLiteral("%1 %2").arg(c.scheme, c.version), c.code);
    heading(DatasheetTr::tr("Approvals"));
    if (record.approvals.isEmpty())
        entry(DatasheetTr::tr("Approvals"), PartTr::notKnown());
    for (const ApprovalRecord &a : record.approvals) {
        lines << QStringLiteral("  %1: %2, %3, %4")
                     .arg(ApprovalKinds::table().title(a.kind),
                          (a.mark + QLatin1Char(' ') + a.issuer).trimmed(),
                          a.standard.isEmpty() ? DatasheetTr::tr("no standard named") : a.standard,
                          a.certificate.isEmpty() ? DatasheetTr::tr("no certificate number") : a.certificate);
    }
    heading(DatasheetTr::tr("Counterparts and accessories"));
    if (record.relations.isEmpty())
        entry(DatasheetTr::tr("Related parts"), PartTr::notKnown());
    for (const RelationRecord &r : record.relations) {
        QString what;
        if (r.relation == QLatin1String("counterpart"))
            what = DatasheetTr::tr("counterpart");
        else if (r.relation == QLatin1String("accessory"))
            what = QStringLiteral("%1, %2").arg(r.group.isEmpty() ? DatasheetTr::tr("accessory")
                                                                : AccessoryGroups::table().title(r.group),
                                                requiredLabel(r.required));
        else
            what = relationGroup(r);
        lines << QStringLiteral("  %1%2  %3 (%4)").arg(quantityPrefix(r, m_locale), r.itemNumber, r.description, what);
    }
    if (!record.successorItem.isEmpty())
        entry(DatasheetTr::tr("Successor"), record.successorItem);
    if (!record.documents.isEmpty()) {
        heading(DatasheetTr::tr("Documents"));
        for (const DocumentRecord &d : record.documents)
            entry(documentTitle(d), d.location);
    }
    if (!record.notes.isEmpty()) {
        heading(DatasheetTr::tr("Notes"));
        for (const NoteRecord &n : record.notes)
            entry(n.topic, n.text);
    }
    lines << QString() << DatasheetTr::tr("Source: %1").arg(sourceLine(record));
    // Plain spaces in plain text, so that the output can be searched.
    return lines.join(QLatin1Char('\n')).replace(QChar(0x00a0), QLatin1Char(' ')) + QLatin1Char('\n');
}

QString PartFormatter::html(const PartRecord &record) const
{
    QString html;
    const auto heading = [&html](const QString &title) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(title));
    };
    const auto table = [&html](const QList<Cell> &rows) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
        for (const Cell &cell : rows) {
            QString cssClass;
            if (cell.derived)
                cssClass = QStringLiteral(" class='derived'");
            else if (cell.value == PartTr::notKnown())
                cssClass = QStringLiteral(" class='unknown'");
            html += QStringLiteral("<tr><td width='45%' class='label'>%1</td><td%3>%2</td></tr>")
                        .arg(escaped(cell.label), escaped(cell.value), cssClass);
        }
        html += QStringLiteral("</table>");
    };
    html += QStringLiteral("<h2>%1</h2><p class='description'>%2</p>")
                .arg(escaped(record.itemNumber()), escaped(record.description()));
    if (!record.supersededItem.isEmpty()) {
        html += QStringLiteral("<p class='warning'>%1</p>")
                    .arg(escaped(DatasheetTr::tr("%1 is superseded; this is its successor %2.")
                                     .arg(record.supersededItem, record.itemNumber())));
    }
    for (const DatasheetLayout::Section &section : DatasheetLayout::sections()) {
        if (!applies(section, record))
            continue;
        heading(section.title);
        QList<Cell> rows;
        for (const DatasheetLayout::Row &r : section.rows)
            rows.append({r.label, row(record, r), derivedIn(record, r).has_value()});
        table(rows);
        if (section.id == QLatin1String("identity")) {
            heading(DatasheetTr::tr("Electrical ratings"));
            QList<Cell> ratingRows;
            for (const RatingRecord &r : orderedRatings(record))
                ratingRows.append({r.standard, rating(r).section(QStringLiteral(": "), 1)});
            if (ratingRows.isEmpty())
                ratingRows.append({DatasheetTr::tr("Ratings"), PartTr::notKnown()});
            table(ratingRows);
        } else if (section.id == QLatin1String("connection")) {
            heading(DatasheetTr::tr("Conductors"));
            QList<Cell> rangeRows;
            for (const ConductorRangeRecord &r : record.conductorRanges)
                rangeRows.append({ConductorClasses::table().title(r.conductorClass),
                                  conductorRange(r)});
            if (rangeRows.isEmpty())
                rangeRows.append({DatasheetTr::tr("Conductor ranges"), PartTr::notKnown()});
            table(rangeRows);
        }
    }
    heading(DatasheetTr::tr("Classification"));
    QList<Cell> classRows;
    for (const ClassificationRecord &c : record.classifications)
        classRows.append({QStringLiteral("%1 %2").arg(c.scheme, c.version), c.code});
    if (classRows.isEmpty())
        classRows.append({DatasheetTr::tr("eCl@ss / ETIM"), PartTr::notKnown()});
    table(classRows);

    heading(DatasheetTr::tr("Approvals"));
    if (record.approvals.isEmpty()) {
        table({{DatasheetTr::tr("Approvals"), PartTr::notKnown()}});
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'><tr>"
                               "<th align='left'>%1</th><th align='left'>%2</th>"
                               "<th align='left'>%3</th><th align='left'>%4</th></tr>")
                    .arg(escaped(DatasheetTr::tr("Kind")), escaped(DatasheetTr::tr("Approval")), escaped(DatasheetTr::tr("Standard")),
                         escaped(DatasheetTr::tr("Certificate")));
        for (const ApprovalRecord &a : record.approvals) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(escaped(ApprovalKinds::table().title(a.kind)),
                             escaped((a.mark + QLatin1Char(' ') + a.issuer).trimmed()),
                             escaped(a.standard.isEmpty() ? QStringLiteral("–") : a.standard),
                             escaped(a.certificate.isEmpty() ? QStringLiteral("–")
                                                             : a.certificate));
        }
        html += QStringLiteral("</table>");
    }

    heading(DatasheetTr::tr("Counterparts and accessories"));
    if (record.relations.isEmpty())
        table({{DatasheetTr::tr("Related parts"), PartTr::notKnown()}});
    QMap<QString, QStringList> groups;
    QStringList order;
    for (const RelationRecord &r : record.relations) {
        const QString group = relationGroup(r);
        if (!groups.contains(group))
            order << group;
        groups[group] << QStringLiteral("%4<a href='part:%1'>%2</a> %3")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(r.itemNumber)),
                                  escaped(r.itemNumber), escaped(r.description),
                                  escaped(quantityPrefix(r, m_locale)));
    }
    for (const QString &group : order) {
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(escaped(group), groups.value(group).join(QStringLiteral("<br/>")));
    }
    if (!record.successorItem.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br/><a href='part:%2'>%3</a></p>")
                    .arg(escaped(DatasheetTr::tr("Successor")),
                         QString::fromLatin1(QUrl::toPercentEncoding(record.successorItem)),
                         escaped(record.successorItem));
    }
    if (!record.documents.isEmpty()) {
        // Links only: the pane opens a document outside the program, it
        // never fetches one itself.
        heading(DatasheetTr::tr("Documents"));
        QStringList links;
        for (const DocumentRecord &d : record.documents) {
            const QUrl url(d.location, QUrl::StrictMode);
            const bool openable = url.isValid()
                && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
                    || url.scheme() == QLatin1String("file"));
            links << (openable ? QStringLiteral("<a href='%1'>%2</a><br/><span class='location'>%3</span>")
                                     .arg(escaped(QString::fromUtf8(url.toEncoded())), escaped(documentTitle(d)),
                                          escaped(d.location))
                               : QStringLiteral("%1<br/><span class='location'>%2</span>")
                                     .arg(escaped(documentTitle(d)), escaped(d.location)));
        }
        html += QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral("<br/>")));
    }
    if (!record.notes.isEmpty()) {
        heading(DatasheetTr::tr("Notes"));
        QList<Cell> noteRows;
        for (const NoteRecord &n : record.notes)
            noteRows.append({n.topic, n.text});
        table(noteRows);
    }
    html += QStringLiteral("<p class='source'>%1</p>")
                .arg(escaped(DatasheetTr::tr("Source: %1").arg(sourceLine(record))));
    return html;
}

} // namespace cc
