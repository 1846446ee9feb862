#include "models/import/parser/DatasheetRowMapper.h"

#include "models/import/parser/DatasheetValue.h"
#include "models/part/ConductorClasses.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"

#include <QRegularExpression>

namespace cc {

namespace {

QString rowKey(const QString &name)
{
    QString key = DatasheetValue::cleaned(name).toLower();
    while (key.endsWith(QLatin1Char(':')))
        key.chop(1);
    return key.trimmed();
}

// Whitespace collapsed, nothing else changed: for notes kept verbatim.
QString verbatim(const QString &text)
{
    return text.simplified();
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    bool okA = false;
    bool okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    if (okA && okB)
        return x == y;
    return a.toString() == b.toString();
}

} // namespace

DatasheetRowMapper::DatasheetRowMapper(PartRecord *part, QStringList *warnings)
    : m_part(part)
    , m_warnings(warnings)
{
    addHandlers();
}

void DatasheetRowMapper::setField(PartField field, const QVariant &value, const QString &rowName)
{
    if (value.isNull())
        return;
    QString error;
    const QVariant typed = PartFields::normalized(PartFields::field(field), value, &error);
    if (!error.isEmpty()) {
        m_warnings->append(QStringLiteral("%1: %2").arg(rowName, error));
        return;
    }
    const QVariant old = m_part->value(field);
    if (!old.isNull() && !sameValue(old, typed)) {
        m_warnings->append(QStringLiteral("\"%1\" gives %2 = %3, the short description %4")
                               .arg(rowName, PartFields::key(field), typed.toString(),
                                    old.toString()));
    }
    m_part->set(field, typed);
}

bool DatasheetRowMapper::knows(const QString &name) const
{
    static const QRegularExpression classification(QStringLiteral("^(ecl@ss|etim) [0-9.]+$"));
    const QString key = rowKey(name);
    return m_handlers.contains(key) || key.startsWith(u"note ")
        || classification.match(key).hasMatch() || key.startsWith(u"nominal voltage")
        || key.startsWith(u"rated voltage") || key.startsWith(u"rated impulse voltage")
        || key.startsWith(u"rated current");
}

bool DatasheetRowMapper::mapRow(const QString &name, const QString &value, QString *reason)
{
    static const QRegularExpression classification(
        QStringLiteral("^(eCl@ss|ETIM)\\s+([0-9][0-9.]*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString key = rowKey(name);
    const QString cleanName = DatasheetValue::cleaned(name);
    if (DatasheetValue::cleaned(value).isEmpty()) {
        *reason = QStringLiteral("the row has no value");
        return false;
    }
    bool placed = false;
    if (const auto it = m_handlers.constFind(key); it != m_handlers.constEnd()) {
        placed = (*it)(cleanName, value);
    } else if (const QRegularExpressionMatch m = classification.match(cleanName); m.hasMatch()) {
        const QString scheme = m.captured(1).compare(u"ETIM", Qt::CaseInsensitive) == 0
            ? QStringLiteral("ETIM")
            : QStringLiteral("eCl@ss");
        m_part->classifications.append(
            ClassificationRecord { scheme, m.captured(2), DatasheetValue::cleaned(value) });
        placed = true;
    } else if (key.startsWith(u"note ")) {
        addNote(cleanName, value);
        placed = true;
    } else if (knows(name)) {
        placed = mapRating(cleanName, value);
    } else {
        *reason = QStringLiteral("no field for this row");
        return false;
    }
    if (!placed)
        *reason = QStringLiteral("the value could not be read");
    return placed;
}

void DatasheetRowMapper::text(const char *name, PartField field)
{
    m_handlers.insert(QString::fromUtf8(name),
                      [this, field](const QString &row, const QString &value) {
                          setField(field, DatasheetValue::cleaned(value), row);
                          return true;
                      });
}

void DatasheetRowMapper::integer(const char *name, PartField field)
{
    m_handlers.insert(QString::fromUtf8(name),
                      [this, field](const QString &row, const QString &value) {
                          const std::optional<int> number = DatasheetValue::leadingInteger(value);
                          if (number)
                              setField(field, *number, row);
                          return number.has_value();
                      });
}

void DatasheetRowMapper::boolean(const char *name, PartField field)
{
    m_handlers.insert(QString::fromUtf8(name),
                      [this, field](const QString &row, const QString &value) {
                          const std::optional<bool> flag = DatasheetValue::yesNo(value);
                          if (flag)
                              setField(field, *flag, row);
                          return flag.has_value();
                      });
}

void DatasheetRowMapper::quantity(const char *name, PartField field, const char16_t *unit)
{
    const QString unitText = QString::fromUtf16(unit);
    m_handlers.insert(
        QString::fromUtf8(name), [this, field, unitText](const QString &row, const QString &value) {
            const std::optional<double> number = DatasheetValue::quantity(value, unitText);
            if (number)
                setField(field, *number, row);
            return number.has_value();
        });
}

void DatasheetRowMapper::range(const char *name, PartField minField, PartField maxField,
                               const char16_t *unit)
{
    const QString unitText = QString::fromUtf16(unit);
    m_handlers.insert(QString::fromUtf8(name), [=](const QString &row, const QString &value) {
        const std::optional<DatasheetRange> r = DatasheetValue::range(value, unitText);
        if (!r || (!r->min && !r->max))
            return false;
        if (r->min)
            setField(minField, *r->min, row);
        if (r->max)
            setField(maxField, *r->max, row);
        return true;
    });
}

void DatasheetRowMapper::conductor(const QString &name, const QString &cls)
{
    m_handlers.insert(name.toLower(), [this, cls](const QString &, const QString &value) {
        const std::optional<CrossSectionValue> size = DatasheetValue::crossSection(value);
        if (!size)
            return false;
        ConductorRangeRecord record { cls, size->mm2.min, size->mm2.max, size->minAwg,
                                      size->maxAwg };
        for (ConductorRangeRecord &existing : m_part->conductorRanges) {
            if (existing.conductorClass == cls) {
                existing = record;
                return true;
            }
        }
        m_part->conductorRanges.append(record);
        return true;
    });
}

void DatasheetRowMapper::addHandlers()
{
    // Identity and connection data
    text("connection technology", PartField::ConnectionTechnology);
    text("actuation type", PartField::ActuationType);
    integer("connection points", PartField::ConnectionPoints);
    integer("total number of potentials", PartField::Potentials);
    integer("number of potentials", PartField::Potentials);
    integer("pole number", PartField::Poles);
    integer("number of poles", PartField::Poles);
    quantity("strip length", PartField::StripLengthMm, u"mm");
    quantity("conductor entry direction to mating direction", PartField::ConductorEntryAngleDeg, u"°");
    m_handlers.insert(
        QStringLiteral("nominal cross-section"), [this](const QString &row, const QString &value) {
            const std::optional<CrossSectionValue> size = DatasheetValue::crossSection(value);
            if (!size || !size->mm2.min || size->mm2.min != size->mm2.max)
                return false;
            setField(PartField::CrossSectionMm2, *size->mm2.min, row);
            if (size->minAwg)
                setField(PartField::CrossSectionAwg, *size->minAwg, row);
            return true;
        });
    // One row per conductor class, named as the class's datasheet spelling.
    const CodeTable &classes = ConductorClasses::table();
    for (const QString &code : classes.codes()) {
        for (const QString &spelling : classes.spellings(code))
            conductor(spelling, code);
    }
    // Physical data
    quantity("pin spacing", PartField::PinSpacingMm, u"mm");
    quantity("width", PartField::WidthMm, u"mm");
    quantity("height", PartField::HeightMm, u"mm");
    quantity("depth", PartField::DepthMm, u"mm");
    quantity("length", PartField::LengthMm, u"mm");
    // Mechanical data and plug-in connection
    m_handlers.insert(
        QStringLiteral("application"), [this](const QString &row, const QString &value) {
            static const QRegularExpression quoted(QStringLiteral("[\"“„]([^\"“”]+)[\"”“]"));
            const QRegularExpressionMatch m = quoted.match(value);
            setField(PartField::Application,
                     DatasheetValue::cleaned(m.hasMatch() ? m.captured(1) : value), row);
            return true;
        });
    text("coding", PartField::Coding);
    boolean("variable coding", PartField::VariableCoding);
    text("marking", PartField::Marking);
    text("potential marking", PartField::PotentialMarking);
    for (const char *force :
         { "mating force of a plug-in connection", "unmating force of a plug-in connection",
           "retention force of a plug-in connection" }) {
        const bool unmating = QByteArray(force).startsWith("unmating");
        const bool retention = QByteArray(force).startsWith("retention");
        m_handlers.insert(
            QString::fromLatin1(force), [=](const QString &row, const QString &value) {
                const std::optional<DatasheetRange> r
                    = DatasheetValue::range(value, QStringLiteral("N"));
                if (!r)
                    return false;
                const QString lower = value.toLower();
                if (retention) {
                    // The retention force holds for the locked connection only.
                    if (!r->min || lower.contains(u"unlocked"))
                        return false;
                    setField(PartField::RetentionForceLockedMinN, *r->min, row);
                } else {
                    if (r->min) {
                        setField(unmating ? PartField::UnmatingForceMinN
                                          : PartField::MatingForceMinN,
                                 *r->min, row);
                    }
                    if (r->max) {
                        setField(unmating ? PartField::UnmatingForceMaxN
                                          : PartField::MatingForceMaxN,
                                 *r->max, row);
                    }
                }
                m_forceRows.append(row + QStringLiteral(": ") + verbatim(value));
                m_forceQualified = m_forceQualified || value.contains(QLatin1Char(':'))
                    || value.contains(QLatin1Char('('));
                return true;
            });
    }
    m_handlers.insert(QStringLiteral("number of mating cycles"),
                      [this](const QString &row, const QString &value) {
                          const std::optional<int> cycles = DatasheetValue::leadingInteger(value);
                          if (!cycles)
                              return false;
                          setField(PartField::MatingCycles, *cycles, row);
                          if (DatasheetValue::cleaned(value) != QString::number(*cycles))
                              m_part->notes.append(
                                  NoteRecord { QStringLiteral("Mating cycles"), verbatim(value) });
                          return true;
                      });
    m_handlers.insert(
        QStringLiteral("protection type"),
        [this](const QString &, const QString &value) { return mapProtection(value); });
    text("contact type (pluggable connector)", PartField::ContactType);
    text("connector (connection type)", PartField::ConnectorConnection);
    boolean("mismating protection", PartField::MismatingProtection);
    text("locking lever", PartField::LockingLever);
    text("locking of plug-in connection", PartField::LockingType);
    // Material data
    text("color", PartField::Colour);
    text("colour", PartField::Colour);
    text("cover color", PartField::CoverColour);
    text("cover colour", PartField::CoverColour);
    text("material group", PartField::MaterialGroup);
    text("insulation material", PartField::InsulationMaterial);
    text("flammability class per ul94", PartField::FlammabilityClass);
    text("flammability class", PartField::FlammabilityClass);
    text("clamping spring material", PartField::ClampingSpringMaterial);
    text("contact material", PartField::ContactMaterial);
    text("contact plating", PartField::ContactPlating);
    quantity("fire load", PartField::FireLoadMj, u"MJ");
    quantity("weight", PartField::WeightG, u"g");
    // Environmental requirements
    range("processing temperature", PartField::ProcessingTempMinC, PartField::ProcessingTempMaxC, u"°C");
    range("continuous operating temperature", PartField::OperatingTempMinC, PartField::OperatingTempMaxC,
          u"°C");
    range("operating temperature", PartField::OperatingTempMinC, PartField::OperatingTempMaxC, u"°C");
    m_handlers.insert(QStringLiteral("note on continuous operating temperature"),
                      [this](const QString &row, const QString &value) {
                          const std::optional<DatasheetRange> r
                              = DatasheetValue::range(value, QStringLiteral("°C"));
                          if (r && r->max && !r->min)
                              setField(PartField::InsulationTempMaxC, *r->max, row);
                          addNote(row, value);
                          return true;
                      });
    // Commercial data and compliance
    integer("pu (spu)", PartField::PackagingUnit);
    integer("packaging unit", PartField::PackagingUnit);
    text("packaging type", PartField::PackagingType);
    text("country of origin", PartField::CountryOfOrigin);
    text("gtin", PartField::Gtin);
    text("customs tariff number", PartField::CustomsTariff);
    text("rohs compliance status", PartField::RohsStatus);
    text("product family", PartField::Family);
    m_handlers.insert(QStringLiteral("ratings per"), [this](const QString &, const QString &value) {
        const QString standard = DatasheetValue::cleaned(value);
        for (RatingRecord &r : m_part->ratings) {
            if (r.standard == m_ratingStandard)
                r.standard = standard;
        }
        m_ratingStandard = standard;
        return true;
    });
}

bool DatasheetRowMapper::mapProtection(const QString &value)
{
    static const QRegularExpression code(QStringLiteral("\\bIP ?[0-9X][0-9X][A-D]?\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString cleaned = DatasheetValue::cleaned(value);
    QRegularExpressionMatchIterator it = code.globalMatch(cleaned);
    if (!it.hasNext())
        return false;
    const QRegularExpressionMatch first = it.next();
    const auto ip = [](QString text) {
        text.remove(QLatin1Char(' '));
        return QStringLiteral("IP") + text.mid(2);
    };
    const QString name = QStringLiteral("Protection type");
    setField(PartField::ProtectionType, ip(first.captured()), name);
    if (it.hasNext()) {
        const QRegularExpressionMatch second = it.next();
        const QString between
            = cleaned.mid(first.capturedEnd(), second.capturedStart() - first.capturedEnd());
        if (between.contains(u"secured", Qt::CaseInsensitive)
            || between.contains(u"strain relief", Qt::CaseInsensitive))
            setField(PartField::ProtectionTypeSecured, ip(second.captured()), name);
    }
    if (cleaned != first.captured())
        m_part->notes.append(NoteRecord { name, verbatim(value) });
    return true;
}

RatingRecord &DatasheetRowMapper::rating(const QString &standard)
{
    for (RatingRecord &r : m_part->ratings) {
        if (r.standard == standard)
            return r;
    }
    RatingRecord r;
    r.standard = standard;
    r.market = standard.contains(u"UL") ? QStringLiteral("UL") : QStringLiteral("IEC");
    m_part->ratings.append(r);
    return m_part->ratings.last();
}

void DatasheetRowMapper::setRatingStandard(const QString &standard)
{
    m_ratingStandard = DatasheetValue::cleaned(standard);
}

bool DatasheetRowMapper::mapRating(const QString &name, const QString &value)
{
    static const QRegularExpression ul(QStringLiteral("\\bUL ?[0-9]{3,4}\\b"));
    static const QRegularExpression category(
        QStringLiteral("\\(\\s*([IV]{1,4})\\s*/\\s*([0-9])\\s*\\)"));
    static const QRegularExpression parens(QStringLiteral("\\(([^)]*)\\)"));
    QString standard = m_ratingStandard;
    if (const QRegularExpressionMatch m = ul.match(name); m.hasMatch())
        standard = m.captured();
    if (standard.isEmpty())
        standard = QStringLiteral("IEC");
    const QString key = name.toLower();
    const bool impulse = key.contains(u"impulse");
    const bool voltage = key.contains(u"voltage");
    const std::optional<double> number
        = DatasheetValue::quantity(value,
                                   impulse       ? QStringLiteral("kV")
                                       : voltage ? QStringLiteral("V")
                                                 : QStringLiteral("A"));
    if (!number)
        return false;
    RatingRecord &r = rating(standard);
    if (impulse)
        r.impulseVoltageKv = number;
    else if (voltage)
        r.voltageV = number;
    else
        r.currentA = number;
    if (const QRegularExpressionMatch m = category.match(name); m.hasMatch()) {
        r.overvoltageCategory = m.captured(1);
        r.pollutionDegree = m.captured(2).toInt();
    } else if (const QRegularExpressionMatch p = parens.match(name);
               p.hasMatch() && !ul.match(p.captured(1)).hasMatch()) {
        r.condition = p.captured(1).trimmed();
    }
    return true;
}

bool DatasheetRowMapper::mapResistanceLine(const QString &line)
{
    const std::optional<double> value = DatasheetValue::quantity(line, QStringLiteral("mΩ"));
    if (!value)
        return false;
    const QString lower = line.toLower();
    const QString name = QStringLiteral("Note on contact resistance");
    if (lower.contains(u"transition"))
        setField(PartField::TransitionResistanceMohm, *value, name);
    else if (lower.contains(u"contact resistance"))
        setField(PartField::ContactResistanceMohm, *value, name);
    else
        return false;
    return true;
}

bool DatasheetRowMapper::mapLegendLine(const QString &line)
{
    static const QRegularExpression legend(
        QStringLiteral("^\\(\\s*([IV]{1,4})\\s*/\\s*([0-9])\\s*\\)\\s*\\S*\\s*Overvoltage "
                       "category\\s+([IV]{1,4})"
                       "\\s*/\\s*Pollution degree\\s+([0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = legend.match(DatasheetValue::cleaned(line));
    return m.hasMatch() && m.captured(1) == m.captured(3) && m.captured(2) == m.captured(4);
}

QString DatasheetRowMapper::noteTopic(const QString &noteName)
{
    static const QRegularExpression form(
        QStringLiteral("^note\\s*(?:on|for|about|\\()?\\s*(?:the\\s+)?([^)]*)\\)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString name = DatasheetValue::cleaned(noteName);
    const QRegularExpressionMatch m = form.match(name);
    const QString subject = m.hasMatch() ? m.captured(1).trimmed() : name;
    if (subject.isEmpty())
        return QStringLiteral("Note");
    return capitalized(subject);
}

void DatasheetRowMapper::addNote(const QString &noteName, const QString &text)
{
    QString topic = noteTopic(noteName);
    // The vendor's note on the operating temperature is about the insulating parts.
    if (topic.compare(u"Continuous operating temperature", Qt::CaseInsensitive) == 0
        && text.trimmed().startsWith(u"Insulating parts", Qt::CaseInsensitive))
        topic = QStringLiteral("Insulating parts");
    m_part->notes.append(NoteRecord { topic, verbatim(text) });
}

void DatasheetRowMapper::finish()
{
    if (!m_forceRows.isEmpty() && m_forceQualified)
        m_part->notes.append(
            NoteRecord { QStringLiteral("Mating forces"), m_forceRows.join(u'\n') });
    // A socket or plug "for conductor" without snap-in mounting ends a flying lead.
    const QString kind = m_part->kind();
    if (PartKinds::isConnector(kind) && !PartKinds::isSnapIn(kind) && !m_part->isKnown(PartField::Mounting)
        && m_part->connectorConnection()
                .compare(u"for conductor", Qt::CaseInsensitive)
            == 0)
        setField(PartField::Mounting, QStringLiteral("flying"),
                 QStringLiteral("Connector (connection type)"));
}

} // namespace cc
