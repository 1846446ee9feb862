#include "models/import/feed/FeedMapper.h"

#include "models/import/parser/DatasheetValue.h"
#include "models/import/parser/DescriptionParser.h"
#include "models/part/ConductorClasses.h"
#include "models/part/Genders.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QVersionNumber>
#include <algorithm>
#include <cmath>

namespace cc {

namespace {

// ETIM 6.0, group EG000057 "Pluggable building installation systems" (see
// ../shared/trade-formats.md): the classes whose features are mapped.
const char *const pluggableClasses[] = {
    "EC002560", // plug-in connector
    "EC002863", // accessories
    "EC002566", // device connection
    "EC002567", // compact distributor
    "EC002587", // patch cord
    "EC002588", // flat cable adapter
};
const char *const connectorClass = "EC002560";
const char *const accessoryClass = "EC002863";

bool isPluggableClass(const QString &group)
{
    for (const char *code : pluggableClasses) {
        if (group.compare(QLatin1String(code), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// ETIM values (EV) of the selection features mapped to text fields, in
// the words the catalog uses. Codes and meanings from ETIM 6.0.
struct EtimValue
{
    const char *code;
    const char *text;
};

const EtimValue colours[] = {
    {"EV000080", "blue"},  {"EV000083", "brown"},  {"EV000206", "black"}, {"EV000202", "white"},
    {"EV000233", "red"},   {"EV000235", "green"},  {"EV000270", "gray"},  {"EV000234", "yellow"},
    {"EV000236", "orange"}, {"EV000279", "beige"},
};
const EtimValue protections[] = {
    {"EV006405", "IP20"}, {"EV006415", "IP40"}, {"EV006419", "IP54"}, {"EV006423", "IP67"},
};
const EtimValue housingMaterials[] = {{"EV000402", "Polyamide"}};
const EtimValue contactMaterials[] = {{"EV006575", "CuSn"}, {"EV006576", "CuZn"}};
const EtimValue surfaces[] = {{"EV001481", "tinned"}, {"EV003715", "silver-plated"}};

template<std::size_t N>
QString lookUp(const EtimValue (&table)[N], const QString &code)
{
    for (const EtimValue &entry : table) {
        if (code.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(entry.text);
    }
    return {};
}

// Units a numeric feature may carry in FUNIT (the unit's symbol or its
// UN/CEFACT code); an empty FUNIT means the feature's own unit.
struct Unit
{
    const char *symbols; // space-separated, compared without case
    double factor;       // to the field's unit
};

const Unit volt{"V VLT", 1};
const Unit ampere{"A AMP", 1};
const Unit kilovolt{"kV KVT", 1};
const Unit millimetre{"mm MMT", 1};
const Unit squareMillimetre{"mm² mm2 MMK", 1};
const Unit none{"", 1};

bool unitMatches(const Unit &unit, const QString &given)
{
    if (given.isEmpty())
        return true;
    const QStringList symbols = QString::fromUtf8(unit.symbols).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &symbol : symbols) {
        if (symbol.compare(given.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A converted value without the noise of binary fractions (0.05 kWh is
// 0.18 MJ, not 0.18000000000000002).
double tidy(double value)
{
    return QString::number(value, 'g', 12).toDouble();
}

bool isReasonCode(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    return t == QLatin1String("NA") || t == QLatin1String("MV") || t == QLatin1String("UN");
}

// The values that say something: NA, MV, UN, '-' and empty mean unknown.
QStringList statedValues(const FeedFeature &feature)
{
    if (isReasonCode(feature.details))
        return {};
    QStringList values;
    for (const QString &value : feature.values) {
        const QString v = value.trimmed();
        if (v.isEmpty() || v == QLatin1String("-") || isReasonCode(v))
            continue;
        values << v;
    }
    return values;
}

QString featureLabel(const QString &code)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("EF001391"), QStringLiteral("number of poles")},
        {QStringLiteral("EF000228"), QStringLiteral("rated voltage")},
        {QStringLiteral("EF000227"), QStringLiteral("rated current")},
        {QStringLiteral("EF002993"), QStringLiteral("rated surge voltage")},
        {QStringLiteral("EF002570"), QStringLiteral("pollution degree")},
        {QStringLiteral("EF002356"), QStringLiteral("cable diameter")},
        {QStringLiteral("EF009690"), QStringLiteral("cross section fine-strand")},
        {QStringLiteral("EF009691"), QStringLiteral("cross section solid-core")},
        {QStringLiteral("EF001438"), QStringLiteral("length")},
        {QStringLiteral("EF000040"), QStringLiteral("height")},
        {QStringLiteral("EF000008"), QStringLiteral("width")},
        {QStringLiteral("EF006773"), QStringLiteral("fire load")},
        {QStringLiteral("EF000010"), QStringLiteral("model")},
        {QStringLiteral("EF006772"), QStringLiteral("colour")},
        {QStringLiteral("EF005474"), QStringLiteral("degree of protection")},
        {QStringLiteral("EF001596"), QStringLiteral("housing material")},
        {QStringLiteral("EF004019"), QStringLiteral("contact material")},
        {QStringLiteral("EF002558"), QStringLiteral("surface of the contacts")},
        {QStringLiteral("EF000215"), QStringLiteral("type of accessory")},
    };
    return labels.value(code.toUpper(), code);
}

// A classification system name as scheme and version: 'ETIM-8.0',
// 'ECLASS-10.0', 'eCl@ss 5.1'.
bool classificationOf(const QString &system, QString *scheme, QString *version)
{
    static const QRegularExpression etim(QStringLiteral("^ETIM[-_ ]*([0-9]+(?:\\.[0-9]+)*)?"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression eclass(QStringLiteral("^E?CL(?:@|A)SS[-_ ]*([0-9]+(?:\\.[0-9]+)*)?"),
                                           QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = etim.match(system.trimmed());
    if (m.hasMatch()) {
        *scheme = QStringLiteral("ETIM");
        *version = m.captured(1);
        return true;
    }
    m = eclass.match(system.trimmed());
    if (m.hasMatch()) {
        *scheme = QStringLiteral("eCl@ss");
        *version = m.captured(1);
        return true;
    }
    return false;
}

} // namespace

// What map() builds up for one product.
struct FeedMapper::Context
{
    MappedProduct result;
    PartRecord &record;
    QString etimClass;   // the pluggable ETIM class, when the product has one
    QString etimGender;  // from the model feature
    QString etimKind;    // from the accessory type
    RatingRecord rating; // the IEC row the features give
    bool hasRating = false;

    Context()
        : record(result.record)
    {
    }
    void issue(int line, const QString &text) { result.issues.append({line, text}); }
    void setField(PartField field, const QVariant &value)
    {
        QString error;
        const QVariant typed = PartFields::normalized(PartFields::field(field), value, &error);
        if (error.isEmpty())
            record.set(field, typed);
    }
};

FeedMapper::FeedMapper(const FeedHeader &header, FeedMapOptions options)
    : m_header(header)
    , m_options(std::move(options))
    , m_language(languageCode(m_options.language))
    , m_defaultLanguage(languageCode(header.defaultLanguage))
{
}

QString FeedMapper::languageCode(const QString &code)
{
    const QString trimmed = code.trimmed().toLower();
    if (trimmed.isEmpty())
        return {};
    const QLocale::Language language = QLocale::codeToLanguage(trimmed);
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return trimmed;
    const QString iso = QLocale::languageToCode(language, QLocale::ISO639Part2T);
    return iso.isEmpty() ? trimmed : iso;
}

QString FeedMapper::plainText(const QString &text)
{
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return text.simplified();
    static const QRegularExpression breaks(QStringLiteral("<\\s*(?:br|/p|/li|/div|/tr)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^<>]{0,2000}>"));
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,10});"));
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("sup2"), QStringLiteral("²")},   {QStringLiteral("sup3"), QStringLiteral("³")},
        {QStringLiteral("deg"), QStringLiteral("°")},    {QStringLiteral("micro"), QStringLiteral("µ")},
        {QStringLiteral("plusmn"), QStringLiteral("±")}, {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("ndash"), QStringLiteral("–")},  {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("auml"), QStringLiteral("ä")},   {QStringLiteral("ouml"), QStringLiteral("ö")},
        {QStringLiteral("uuml"), QStringLiteral("ü")},   {QStringLiteral("Auml"), QStringLiteral("Ä")},
        {QStringLiteral("Ouml"), QStringLiteral("Ö")},   {QStringLiteral("Uuml"), QStringLiteral("Ü")},
        {QStringLiteral("szlig"), QStringLiteral("ß")},  {QStringLiteral("Omega"), QStringLiteral("Ω")},
        {QStringLiteral("euro"), QStringLiteral("€")},   {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("trade"), QStringLiteral("™")},  {QStringLiteral("copy"), QStringLiteral("©")},
    };
    QString result = text;
    result.replace(breaks, QStringLiteral("\n"));
    result.replace(tags, QStringLiteral(" "));
    // Twice: '&amp;sup2;' becomes '&sup2;', then '²'.
    for (int round = 0; round < 2 && result.contains(QLatin1Char('&')); ++round) {
        QString out;
        qsizetype last = 0;
        auto matches = entity.globalMatch(result);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            const QString name = m.captured(1);
            QString replacement;
            if (name.startsWith(QLatin1Char('#'))) {
                bool ok = false;
                const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                    ? name.mid(2).toUInt(&ok, 16)
                    : name.mid(1).toUInt(&ok, 10);
                if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
                    replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            } else {
                replacement = named.value(name);
            }
            if (replacement.isNull())
                continue;
            out += QStringView(result).mid(last, m.capturedStart() - last);
            out += replacement;
            last = m.capturedEnd();
        }
        out += QStringView(result).mid(last);
        result = out;
    }
    QStringList lines = result.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified();
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

bool FeedMapper::isValidGtin(const QString &gtin)
{
    static const QRegularExpression digits(QStringLiteral("^(?:[0-9]{8}|[0-9]{12,14})$"));
    if (!digits.match(gtin).hasMatch())
        return false;
    int sum = 0;
    const qsizetype last = gtin.size() - 1;
    for (qsizetype i = last - 1, weight = 3; i >= 0; --i, weight = 4 - weight)
        sum += (gtin.at(i).unicode() - u'0') * static_cast<int>(weight);
    return (10 - sum % 10) % 10 == gtin.at(last).unicode() - u'0';
}

std::optional<RelationRecord> FeedMapper::relationFor(const ReferenceRecord &reference)
{
    RelationRecord relation;
    relation.itemNumber = reference.itemNumber;
    const QString &type = reference.type;
    if (type == QLatin1String("accessories")) {
        relation.relation = QStringLiteral("accessory");
        relation.required = false;
    } else if (type == QLatin1String("mandatory")) {
        relation.relation = QStringLiteral("accessory");
        relation.required = true;
    } else if (type == QLatin1String("select")) {
        // One of the product's `select` references is needed.
        relation.relation = QStringLiteral("accessory");
        relation.required = true;
        relation.group = QStringLiteral("Select one");
    } else if (type == QLatin1String("consists_of")) {
        relation.relation = QStringLiteral("kit_content");
        relation.quantity = reference.quantity;
    } else if (type == QLatin1String("sparepart")) {
        relation.relation = QStringLiteral("spare_part");
    } else if (type == QLatin1String("similar")) {
        relation.relation = QStringLiteral("similar");
    } else {
        return std::nullopt;
    }
    return relation;
}

bool FeedMapper::isSuccessor(const ReferenceRecord &reference)
{
    return reference.type == QLatin1String("followup");
}

bool FeedMapper::isPredecessor(const ReferenceRecord &reference)
{
    return reference.type == QLatin1String("predecessor");
}

bool FeedMapper::needsItem(const ReferenceRecord &reference)
{
    return relationFor(reference).has_value() || isSuccessor(reference);
}

QString FeedMapper::resolved(const QString &location) const
{
    const QUrl url(location);
    if (url.isValid() && !url.isRelative())
        return location;
    QString root = m_header.mimeRoot.trimmed();
    if (root.isEmpty())
        return location;
    if (!root.endsWith(QLatin1Char('/')))
        root += QLatin1Char('/');
    const QUrl base(root);
    if (base.isValid() && !base.isRelative())
        return base.resolved(QUrl(location)).toString();
    return root + location;
}

MappedProduct FeedMapper::map(const FeedProduct &product) const
{
    Context context;
    context.result.line = product.line;
    PartRecord &record = context.record;
    const QString item = m_options.manufacturerPid ? product.manufacturerPid : product.supplierPid;
    if (item.trimmed().isEmpty()) {
        context.result.skipReason = m_options.manufacturerPid
            ? QStringLiteral("no MANUFACTURER_PID (the item number asked for)")
            : QStringLiteral("no SUPPLIER_PID (item number)");
        return context.result;
    }
    record.set(PartField::ItemNumber, item.trimmed());
    if (product.mode == QLatin1String("delete")) {
        context.result.remove = true;
        return context.result;
    }
    mapDescriptions(product, context);
    if (record.description().isEmpty()) {
        context.result.skipReason = QStringLiteral("no DESCRIPTION_SHORT");
        return context.result;
    }
    mapTradeData(product, context);
    mapFeatures(product, context);
    mapDocuments(product, context);
    mapReferences(product, context);

    // What ETIM does not hold comes from the short description, read as
    // the datasheet import reads it (its English one when there is one).
    QString english;
    for (const DescriptionRecord &d : std::as_const(record.descriptions)) {
        if (d.language == QLatin1String("eng"))
            english = d.shortText;
    }
    const DescriptionFields described = DescriptionParser::parse(english.isEmpty() ? record.description() : english);
    PartFieldValues fromText = described.fields;
    const QString textKind = fromText.kind();
    QString kind;
    if (!context.etimGender.isEmpty()) {
        // The model feature decides the gender; the description may say
        // more (a snap-in socket).
        kind = PartKinds::genderOf(textKind) == context.etimGender ? textKind
                                                                   : PartKinds::connectorKindOf(context.etimGender);
        if (!textKind.isEmpty() && kind != textKind) {
            context.issue(product.line, QStringLiteral("the description says %1, the ETIM model feature %2; the "
                                                       "feature is kept")
                                            .arg(textKind, context.etimGender));
            fromText.clear(PartField::Mounting);
        }
        record.set(PartField::Gender, context.etimGender);
    } else if (!context.etimKind.isEmpty()) {
        kind = context.etimKind;
        if (!textKind.isEmpty() && textKind != kind) {
            context.issue(product.line, QStringLiteral("the description says %1, the ETIM accessory type %2; the "
                                                       "feature is kept")
                                            .arg(textKind, kind));
        }
    } else {
        kind = textKind;
    }
    fromText.clear(PartField::Kind);
    fromText.clear(PartField::Gender);
    if (!kind.isEmpty())
        record.set(PartField::Kind, kind);
    if (record.gender().isEmpty() && !PartKinds::genderOf(kind).isEmpty())
        record.set(PartField::Gender, PartKinds::genderOf(kind));
    for (const PartField field : fromText.knownFields()) {
        if (!record.isKnown(field)) {
            record.set(field, fromText.value(field));
        } else if (record.value(field).toString() != fromText.value(field).toString()) {
            context.issue(product.line, QStringLiteral("the description says %1 %2, the ETIM features %3; the "
                                                       "feature is kept")
                                            .arg(PartFields::key(field), fromText.value(field).toString(),
                                                 record.value(field).toString()));
        }
    }
    // Housing material: the insulation of a connector, the material of an
    // accessory.
    if (!record.insulationMaterial().isEmpty() && !PartKinds::isConnector(kind) && !kind.isEmpty()
        && record.material().isEmpty()) {
        record.set(PartField::Material, record.insulationMaterial());
        record.clear(PartField::InsulationMaterial);
    }
    if (context.hasRating)
        record.ratings.append(context.rating);
    keepOnlyValidValues(context);
    if (record.family().isEmpty()) {
        const QString family = product.typeDescription.isEmpty() ? m_options.family : product.typeDescription;
        if (!family.trimmed().isEmpty())
            record.set(PartField::Family, plainText(family));
    }
    return context.result;
}

void FeedMapper::keepOnlyValidValues(Context &context)
{
    // What the catalog's columns accept (db/migrations: CHECK): a value
    // beyond it is left out and reported, so that one odd value does not
    // stop the whole file.
    PartRecord &record = context.record;
    const int line = context.result.line;
    for (const PartField field : {PartField::Poles, PartField::Potentials, PartField::ConnectionPoints,
                                  PartField::MatingCycles, PartField::CableCount, PartField::PackagingUnit,
                                  PartField::CrossSectionMm2, PartField::StripLengthMm, PartField::PinSpacingMm,
                                  PartField::WidthMm, PartField::HeightMm, PartField::DepthMm, PartField::LengthMm,
                                  PartField::WeightG}) {
        const std::optional<double> value = record.number(field);
        if (value && *value <= 0) {
            context.issue(line, QStringLiteral("%1 %2 is not above zero; not stored")
                                    .arg(PartFields::key(field))
                                    .arg(*value));
            record.clear(field);
        }
    }
    const std::optional<double> fireLoad = record.fireLoadMj();
    if (fireLoad && *fireLoad < 0) {
        context.issue(line, QStringLiteral("fire load %1 MJ is below zero; not stored").arg(*fireLoad));
        record.clear(PartField::FireLoadMj);
    }
    const std::pair<PartField, PartField> ranges[] = {
        {PartField::CableOdMinMm, PartField::CableOdMaxMm},
        {PartField::PanelThicknessMinMm, PartField::PanelThicknessMaxMm},
        {PartField::MatingForceMinN, PartField::MatingForceMaxN},
    };
    for (const auto &[low, high] : ranges) {
        const std::optional<double> min = record.number(low);
        const std::optional<double> max = record.number(high);
        if (min && max && *min > *max) {
            context.issue(line, QStringLiteral("%1 %2 is above %3 %4; neither is stored")
                                    .arg(PartFields::key(low))
                                    .arg(*min)
                                    .arg(PartFields::key(high))
                                    .arg(*max));
            record.clear(low);
            record.clear(high);
        }
    }
}

void FeedMapper::mapDescriptions(const FeedProduct &product, Context &context) const
{
    PartRecord &record = context.record;
    QList<DescriptionRecord> descriptions;
    const auto entry = [&](const QString &language) -> DescriptionRecord & {
        const QString code = language.isEmpty() ? m_defaultLanguage : languageCode(language);
        for (DescriptionRecord &d : descriptions) {
            if (d.language == code)
                return d;
        }
        descriptions.append(DescriptionRecord{code, QString(), QString()});
        return descriptions.last();
    };
    for (const FeedText &text : product.shortDescriptions) {
        DescriptionRecord &d = entry(text.language);
        if (d.shortText.isEmpty())
            d.shortText = plainText(text.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    for (const FeedText &text : product.longDescriptions) {
        DescriptionRecord &d = entry(text.language);
        if (d.longText.isEmpty())
            d.longText = plainText(text.text);
    }
    const DescriptionRecord *chosen = nullptr;
    for (const QString &wanted : {m_language, m_defaultLanguage}) {
        for (const DescriptionRecord &d : std::as_const(descriptions)) {
            if (!chosen && !wanted.isEmpty() && d.language == wanted && !d.shortText.isEmpty())
                chosen = &d;
        }
    }
    for (const DescriptionRecord &d : std::as_const(descriptions)) {
        if (!chosen && !d.shortText.isEmpty())
            chosen = &d;
    }
    if (chosen)
        record.set(PartField::Description, chosen->shortText);
    record.descriptions = descriptions;
}

void FeedMapper::mapTradeData(const FeedProduct &product, Context &context) const
{
    PartRecord &record = context.record;
    const auto text = [](const QString &value) { return value.trimmed().isEmpty() ? QVariant() : QVariant(value.trimmed()); };
    context.setField(PartField::Manufacturer, text(plainText(product.manufacturerName)));
    context.setField(PartField::ManufacturerItemNumber, text(product.manufacturerPid));
    context.setField(PartField::SupplierItemNumber, text(product.supplierPid));
    for (const auto &[type, value] : product.internationalPids) {
        if (!type.startsWith(QLatin1String("gtin")) && !type.startsWith(QLatin1String("ean"))
            && !type.startsWith(QLatin1String("upc")))
            continue;
        const QString gtin = QString(value).remove(QLatin1Char(' '));
        if (gtin.isEmpty() || record.isKnown(PartField::Gtin))
            continue;
        if (isValidGtin(gtin))
            record.set(PartField::Gtin, gtin);
        else
            context.issue(product.line, QStringLiteral("GTIN %1 has a wrong check digit or is no GTIN; not stored")
                                            .arg(gtin));
    }
    if (!product.customsNumber.isEmpty())
        context.setField(PartField::CustomsTariff, QString(product.customsNumber).remove(QLatin1Char(' ')));
    if (!product.countryOfOrigin.isEmpty()) {
        static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{2}$"));
        if (iso.match(product.countryOfOrigin).hasMatch())
            record.set(PartField::CountryOfOrigin, product.countryOfOrigin.toUpper());
        else
            context.issue(product.line, QStringLiteral("country of origin \"%1\" is not an ISO 3166-1 code; not stored")
                                            .arg(product.countryOfOrigin));
    }
    const std::optional<double> perOrderUnit = DatasheetValue::number(product.unitsPerOrderUnit);
    if (!product.unitsPerOrderUnit.isEmpty() && (!perOrderUnit || *perOrderUnit <= 0)) {
        context.issue(product.line, QStringLiteral("NO_CU_PER_OU \"%1\" is not a positive number; not stored")
                                        .arg(product.unitsPerOrderUnit));
    }
    // The smallest packing unit of the ETIM extension, else the order unit.
    std::optional<int> packaging;
    for (const FeedPackingUnit &unit : product.packingUnits) {
        const std::optional<double> quantity = DatasheetValue::number(unit.quantityMin);
        if (!quantity || *quantity < 1 || *quantity != std::floor(*quantity) || *quantity > 1e9) {
            context.issue(product.line, QStringLiteral("packing unit quantity \"%1\" is not a whole number; not stored")
                                            .arg(unit.quantityMin));
            continue;
        }
        if (!packaging || *quantity < *packaging)
            packaging = static_cast<int>(*quantity);
    }
    if (!packaging && perOrderUnit && *perOrderUnit >= 1 && *perOrderUnit == std::floor(*perOrderUnit)
        && *perOrderUnit <= 1e9)
        packaging = static_cast<int>(*perOrderUnit);
    if (packaging)
        record.set(PartField::PackagingUnit, *packaging);
    if (!product.netWeight.isEmpty()) {
        const std::optional<double> kg = DatasheetValue::number(product.netWeight);
        if (!kg || *kg <= 0) {
            context.issue(product.line, QStringLiteral("net weight \"%1\" is not a positive number; not stored")
                                            .arg(product.netWeight));
        } else {
            // Kilograms per order unit, grams per piece.
            const double pieces = perOrderUnit && *perOrderUnit > 0 ? *perOrderUnit : 1.0;
            record.set(PartField::WeightG, tidy(*kg * 1000.0 / pieces));
        }
    }
}

void FeedMapper::mapFeatures(const FeedProduct &product, Context &context) const
{
    PartRecord &record = context.record;
    // The features of the pluggable ETIM class, of the newest ETIM version
    // the file gives them in.
    QList<const FeedFeature *> mapped;
    std::optional<QVersionNumber> newest;
    for (const auto &[system, group] : product.classes) {
        QString scheme;
        QString version;
        if (group.trimmed().isEmpty() || !classificationOf(system, &scheme, &version))
            continue;
        bool known = false;
        for (const ClassificationRecord &c : std::as_const(record.classifications))
            known = known || (c.scheme == scheme && c.version == version);
        if (!known)
            record.classifications.append(ClassificationRecord{scheme, version, group.trimmed()});
        if (scheme == QLatin1String("ETIM") && isPluggableClass(group)) {
            const QVersionNumber v = QVersionNumber::fromString(version);
            if (!newest || v > *newest)
                newest = v;
        }
    }
    for (const FeedFeature &feature : product.features) {
        record.features.append(FeatureRecord{feature.system, feature.group, feature.name, feature.values,
                                             feature.unit, feature.details});
    }
    for (const FeedFeature &feature : product.features) {
        QString scheme;
        QString version;
        if (!newest || !classificationOf(feature.system, &scheme, &version) || scheme != QLatin1String("ETIM")
            || !isPluggableClass(feature.group) || QVersionNumber::fromString(version) != *newest)
            continue;
        context.etimClass = feature.group.trimmed().toUpper();
        mapped << &feature;
    }
    const auto number = [&](const FeedFeature &f, const QString &value, const Unit &unit) -> std::optional<double> {
        if (!unitMatches(unit, f.unit)) {
            context.issue(f.line, QStringLiteral("%1 (%2) is given in \"%3\", which is not understood; not stored")
                                      .arg(featureLabel(f.name), f.name, f.unit));
            return std::nullopt;
        }
        const std::optional<double> n = DatasheetValue::number(value);
        if (!n) {
            context.issue(f.line, QStringLiteral("%1 (%2) \"%3\" is not a number; not stored")
                                      .arg(featureLabel(f.name), f.name, value));
            return std::nullopt;
        }
        return tidy(*n * unit.factor);
    };
    const auto positive = [&](const FeedFeature &f, std::optional<double> n) -> std::optional<double> {
        if (n && *n <= 0) {
            context.issue(f.line, QStringLiteral("%1 (%2) %3 is not above zero; not stored")
                                      .arg(featureLabel(f.name), f.name)
                                      .arg(*n));
            return std::nullopt;
        }
        return n;
    };
    const auto range = [&](const FeedFeature &f, const QStringList &values, const Unit &unit,
                           std::optional<double> *low, std::optional<double> *high) {
        *low = positive(f, number(f, values.value(0), unit));
        *high = values.size() > 1 ? positive(f, number(f, values.value(1), unit)) : *low;
        if (*low && *high && **low > **high) {
            context.issue(f.line, QStringLiteral("%1 (%2) %3 ... %4: the lower value is above the upper one; not stored")
                                      .arg(featureLabel(f.name), f.name, values.value(0), values.value(1)));
            low->reset();
            high->reset();
        }
    };
    const auto selection = [&](const FeedFeature &f, const QString &value, const QString &text) {
        if (text.isEmpty()) {
            context.issue(f.line, QStringLiteral("%1 (%2) value %3 is not one the program knows; kept with the "
                                                 "features only")
                                      .arg(featureLabel(f.name), f.name, value));
        }
        return text;
    };
    for (const FeedFeature *feature : std::as_const(mapped)) {
        const FeedFeature &f = *feature;
        const QStringList values = statedValues(f);
        if (values.isEmpty())
            continue;
        const QString code = f.name.trimmed().toUpper();
        const QString &value = values.constFirst();
        if (code == QLatin1String("EF001391")) {
            const std::optional<double> n = positive(f, number(f, value, none));
            if (n && *n == std::floor(*n) && *n < 10000)
                record.set(PartField::Poles, static_cast<int>(*n));
            else if (n)
                context.issue(f.line, QStringLiteral("number of poles (EF001391) \"%1\" is not a whole number; not "
                                                     "stored")
                                          .arg(value));
        } else if (code == QLatin1String("EF000228")) {
            if (const auto n = positive(f, number(f, value, volt))) {
                context.rating.voltageV = n;
                context.hasRating = true;
            }
        } else if (code == QLatin1String("EF000227")) {
            if (const auto n = positive(f, number(f, value, ampere))) {
                context.rating.currentA = n;
                context.hasRating = true;
            }
        } else if (code == QLatin1String("EF002993")) {
            if (const auto n = positive(f, number(f, value, kilovolt))) {
                context.rating.impulseVoltageKv = n;
                context.hasRating = true;
            }
        } else if (code == QLatin1String("EF002570")) {
            const auto n = positive(f, number(f, value, none));
            if (n && *n == std::floor(*n) && *n <= 4) {
                context.rating.pollutionDegree = static_cast<int>(*n);
                context.hasRating = true;
            } else if (n) {
                context.issue(f.line, QStringLiteral("pollution degree (EF002570) \"%1\" is not 1 to 4; not stored")
                                          .arg(value));
            }
        } else if (const QString conductorClass = ConductorClasses::table().codeForEtim(code);
                   !conductorClass.isEmpty()) {
            std::optional<double> low;
            std::optional<double> high;
            range(f, values, squareMillimetre, &low, &high);
            if (low || high) {
                record.conductorRanges.append(ConductorRangeRecord{conductorClass, low, high, std::nullopt,
                                                                   std::nullopt});
            }
        } else if (code == QLatin1String("EF002356")) {
            std::optional<double> low;
            std::optional<double> high;
            range(f, values, millimetre, &low, &high);
            if (low)
                record.set(PartField::CableOdMinMm, *low);
            if (high)
                record.set(PartField::CableOdMaxMm, *high);
        } else if (code == QLatin1String("EF001438")) {
            if (const auto n = positive(f, number(f, value, millimetre)))
                record.set(PartField::LengthMm, *n);
        } else if (code == QLatin1String("EF000040")) {
            if (const auto n = positive(f, number(f, value, millimetre)))
                record.set(PartField::HeightMm, *n);
        } else if (code == QLatin1String("EF000008")) {
            if (const auto n = positive(f, number(f, value, millimetre)))
                record.set(PartField::WidthMm, *n);
        } else if (code == QLatin1String("EF006773")) {
            // ETIM states the fire load in kWh; the catalog keeps MJ.
            const bool megajoule = f.unit.trimmed().compare(QLatin1String("MJ"), Qt::CaseInsensitive) == 0
                || f.unit.trimmed().compare(QLatin1String("3B"), Qt::CaseInsensitive) == 0;
            const Unit kwh{"kWh KWH", 3.6};
            const Unit mj{"MJ 3B", 1};
            const std::optional<double> n = number(f, value, megajoule ? mj : kwh);
            if (n && *n < 0)
                context.issue(f.line, QStringLiteral("fire load (EF006773) %1 is below zero; not stored").arg(value));
            else if (n)
                record.set(PartField::FireLoadMj, *n);
        } else if (code == QLatin1String("EF000010")) {
            const QString gender = selection(f, value, Genders::table().codeForEtim(value));
            if (!gender.isEmpty())
                context.etimGender = gender;
        } else if (code == QLatin1String("EF006772")) {
            const QString colour = selection(f, value, lookUp(colours, value));
            if (!colour.isEmpty())
                record.set(PartField::Colour, colour);
        } else if (code == QLatin1String("EF005474")) {
            const QString protection = selection(f, value, lookUp(protections, value));
            if (!protection.isEmpty())
                record.set(PartField::ProtectionType, protection);
        } else if (code == QLatin1String("EF001596")) {
            const QString material = selection(f, value, lookUp(housingMaterials, value));
            if (!material.isEmpty())
                record.set(PartField::InsulationMaterial, material);
        } else if (code == QLatin1String("EF004019")) {
            const QString material = selection(f, value, lookUp(contactMaterials, value));
            if (!material.isEmpty())
                record.set(PartField::ContactMaterial, material);
        } else if (code == QLatin1String("EF002558")) {
            const QString surface = selection(f, value, lookUp(surfaces, value));
            if (!surface.isEmpty())
                record.set(PartField::ContactPlating, surface);
        } else if (code == QLatin1String("EF000215")) {
            const QString kind = selection(f, value, PartKinds::table().codeForEtim(value));
            if (!kind.isEmpty())
                context.etimKind = kind;
        }
    }
    if (context.etimClass != QLatin1String(connectorClass))
        context.etimGender.clear();
    if (context.etimClass != QLatin1String(accessoryClass))
        context.etimKind.clear();
    if (context.hasRating) {
        context.rating.standard = QStringLiteral("IEC");
        context.rating.market = QStringLiteral("IEC");
    }
}

void FeedMapper::mapDocuments(const FeedProduct &product, Context &context) const
{
    for (const FeedMime &mime : product.mimes) {
        QString purpose;
        const QString code = mime.code.trimmed().toUpper();
        if (mime.purpose.trimmed().compare(QLatin1String("data_sheet"), Qt::CaseInsensitive) == 0
            || code == QLatin1String("MD22"))
            purpose = QStringLiteral("data_sheet");
        else if (code == QLatin1String("MD12"))
            purpose = QStringLiteral("drawing");
        else
            continue; // pictures and the like are not kept
        QString source = mime.source.trimmed();
        if (source.isEmpty())
            source = mime.fileName.trimmed();
        if (source.isEmpty())
            continue;
        const QString location = resolved(source);
        bool known = false;
        for (const DocumentRecord &d : std::as_const(context.record.documents))
            known = known || d.location == location;
        if (known)
            continue;
        QString title = plainText(mime.description);
        if (title.isEmpty())
            title = mime.fileName.trimmed();
        context.record.documents.append(DocumentRecord{purpose, location, title, mime.type.trimmed()});
    }
}

void FeedMapper::mapReferences(const FeedProduct &product, Context &context) const
{
    PartRecord &record = context.record;
    const QString self = record.itemNumber();
    for (const FeedReference &reference : product.references) {
        const QString item = reference.itemNumber.trimmed();
        if (item.isEmpty()) {
            context.issue(reference.line, QStringLiteral("a %1 reference names no item; left out")
                                              .arg(reference.type.isEmpty() ? QStringLiteral("(untyped)")
                                                                            : reference.type));
            continue;
        }
        if (item == self) {
            context.issue(reference.line, QStringLiteral("a %1 reference names the product itself; left out")
                                              .arg(reference.type));
            continue;
        }
        ReferenceRecord r{reference.type, item, std::nullopt};
        if (!reference.quantity.isEmpty()) {
            const std::optional<double> quantity = DatasheetValue::number(reference.quantity);
            if (quantity && *quantity > 0)
                r.quantity = quantity;
            else
                context.issue(reference.line, QStringLiteral("quantity \"%1\" of the reference to %2 is not a positive "
                                                             "number; not stored")
                                                  .arg(reference.quantity, item));
        }
        if (!record.references.contains(r))
            record.references.append(r);
    }
    for (const QString &predecessor : product.predecessors) {
        const ReferenceRecord r{QStringLiteral("predecessor"), predecessor.trimmed(), std::nullopt};
        if (!r.itemNumber.isEmpty() && r.itemNumber != self && !record.references.contains(r))
            record.references.append(r);
    }
}

} // namespace cc
