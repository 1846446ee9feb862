#include "db/CatalogJson.h"

#include "db/DatabaseError.h"
#include "models/part/ApprovalKinds.h"
#include "models/part/ConductorClasses.h"
#include "models/part/Genders.h"
#include "models/part/Mountings.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace cc {

namespace {

[[noreturn]] void fail(const QString &context, const QString &detail)
{
    throw DatabaseError(DatabaseError::Kind::Catalog,
                        QStringLiteral("Reading the catalog file %1").arg(context), detail);
}

void checkKeys(const QJsonObject &object, const QSet<QString> &allowed, const QString &context)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            fail(context, QStringLiteral("unknown key \"%1\"").arg(it.key()));
    }
}

QString requiredText(const QJsonObject &object, const QString &key, const QString &context)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty())
        fail(context, QStringLiteral("\"%1\" must be a non-empty text").arg(key));
    return value.toString();
}

QString optionalText(const QJsonObject &object, const QString &key, const QString &context)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        fail(context, QStringLiteral("\"%1\" must be a text").arg(key));
    return value.toString();
}

std::optional<double> optionalNumber(const QJsonObject &object, const QString &key,
                                     const QString &context)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        fail(context, QStringLiteral("\"%1\" must be a number").arg(key));
    return value.toDouble();
}

std::optional<int> optionalInteger(const QJsonObject &object, const QString &key,
                                   const QString &context)
{
    const std::optional<double> number = optionalNumber(object, key, context);
    if (!number)
        return std::nullopt;
    const int integer = static_cast<int>(*number);
    if (static_cast<double>(integer) != *number)
        fail(context, QStringLiteral("\"%1\" must be a whole number").arg(key));
    return integer;
}

QString oneOf(const QString &value, const QStringList &allowed, const QString &key,
              const QString &context)
{
    if (!value.isNull() && !allowed.contains(value)) {
        fail(context, QStringLiteral("\"%1\" is \"%2\"; expected one of %3")
                          .arg(key, value, allowed.join(QStringLiteral(", "))));
    }
    return value;
}

QJsonArray arrayOf(const QJsonObject &object, const QString &key, const QString &context)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(context, QStringLiteral("\"%1\" must be a list").arg(key));
    return value.toArray();
}

QJsonObject objectAt(const QJsonArray &array, qsizetype index, const QString &context)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        fail(context, QStringLiteral("entry %1 must be an object").arg(index + 1));
    return value.toObject();
}

RatingRecord ratingFromJson(const QJsonObject &o, const QString &context)
{
    checkKeys(o, {QStringLiteral("standard"), QStringLiteral("market"),
                  QStringLiteral("overvoltage_category"), QStringLiteral("pollution_degree"),
                  QStringLiteral("voltage_v"), QStringLiteral("impulse_voltage_kv"),
                  QStringLiteral("current_a"), QStringLiteral("condition")},
              context);
    return RatingRecord{requiredText(o, QStringLiteral("standard"), context),
                        oneOf(requiredText(o, QStringLiteral("market"), context),
                              {QStringLiteral("IEC"), QStringLiteral("UL")},
                              QStringLiteral("market"), context),
                        optionalText(o, QStringLiteral("overvoltage_category"), context),
                        optionalInteger(o, QStringLiteral("pollution_degree"), context),
                        optionalNumber(o, QStringLiteral("voltage_v"), context),
                        optionalNumber(o, QStringLiteral("impulse_voltage_kv"), context),
                        optionalNumber(o, QStringLiteral("current_a"), context),
                        optionalText(o, QStringLiteral("condition"), context)};
}

ConductorRangeRecord rangeFromJson(const QJsonObject &o, const QString &context)
{
    checkKeys(o, {QStringLiteral("class"), QStringLiteral("min_mm2"), QStringLiteral("max_mm2"),
                  QStringLiteral("min_awg"), QStringLiteral("max_awg")},
              context);
    return ConductorRangeRecord{oneOf(requiredText(o, QStringLiteral("class"), context),
                                      ConductorClasses::table().codes(), QStringLiteral("class"),
                                      context),
                                optionalNumber(o, QStringLiteral("min_mm2"), context),
                                optionalNumber(o, QStringLiteral("max_mm2"), context),
                                optionalInteger(o, QStringLiteral("min_awg"), context),
                                optionalInteger(o, QStringLiteral("max_awg"), context)};
}

ApprovalRecord approvalFromJson(const QJsonObject &o, const QString &context)
{
    checkKeys(o, {QStringLiteral("kind"), QStringLiteral("mark"), QStringLiteral("issuer"),
                  QStringLiteral("standard"), QStringLiteral("certificate")},
              context);
    return ApprovalRecord{oneOf(requiredText(o, QStringLiteral("kind"), context),
                                ApprovalKinds::table().codes(), QStringLiteral("kind"), context),
                          optionalText(o, QStringLiteral("mark"), context),
                          requiredText(o, QStringLiteral("issuer"), context),
                          optionalText(o, QStringLiteral("standard"), context),
                          optionalText(o, QStringLiteral("certificate"), context)};
}

ClassificationRecord classificationFromJson(const QJsonObject &o, const QString &context)
{
    checkKeys(o, {QStringLiteral("scheme"), QStringLiteral("version"), QStringLiteral("code")},
              context);
    return ClassificationRecord{oneOf(requiredText(o, QStringLiteral("scheme"), context),
                                      {QStringLiteral("eCl@ss"), QStringLiteral("ETIM")},
                                      QStringLiteral("scheme"), context),
                                requiredText(o, QStringLiteral("version"), context),
                                requiredText(o, QStringLiteral("code"), context)};
}

RelationRecord accessoryFromJson(const QJsonObject &o, const QString &context)
{
    checkKeys(o, {QStringLiteral("item_number"), QStringLiteral("group"),
                  QStringLiteral("required")},
              context);
    RelationRecord relation;
    relation.itemNumber = requiredText(o, QStringLiteral("item_number"), context);
    relation.relation = QStringLiteral("accessory");
    relation.group = optionalText(o, QStringLiteral("group"), context);
    const QJsonValue required = o.value(QStringLiteral("required"));
    if (required.isBool())
        relation.required = required.toBool();
    else if (!required.isUndefined() && !required.isNull())
        fail(context, QStringLiteral("\"required\" must be true or false"));
    return relation;
}

AccessoryRule ruleFromJson(const QJsonObject &o, const QString &context)
{
    checkKeys(o, {QStringLiteral("accessory_kind"), QStringLiteral("applies_to"),
                  QStringLiteral("quantity"), QStringLiteral("per"), QStringLiteral("requirement"),
                  QStringLiteral("note")},
              context);
    AccessoryRule rule;
    rule.accessoryKind = oneOf(requiredText(o, QStringLiteral("accessory_kind"), context),
                               PartKinds::codes(), QStringLiteral("accessory_kind"), context);
    rule.appliesTo = oneOf(requiredText(o, QStringLiteral("applies_to"), context),
                           AccessoryRule::appliesToValues(), QStringLiteral("applies_to"),
                           context);
    rule.quantity = optionalNumber(o, QStringLiteral("quantity"), context);
    rule.per = oneOf(optionalText(o, QStringLiteral("per"), context),
                     AccessoryRule::perValues(), QStringLiteral("per"), context);
    rule.requirement = oneOf(optionalText(o, QStringLiteral("requirement"), context),
                             AccessoryRule::requirementValues(),
                             QStringLiteral("requirement"), context);
    rule.note = optionalText(o, QStringLiteral("note"), context);
    if (rule.quantity && *rule.quantity <= 0)
        fail(context, QStringLiteral("\"quantity\" must be greater than zero"));
    // A number without its unit would be read as anything: no quantity
    // without "per".
    if (rule.quantity && rule.per.isNull())
        fail(context, QStringLiteral("\"quantity\" needs \"per\""));
    return rule;
}

template<typename Record, typename Reader>
QList<Record> listOf(const QJsonObject &object, const QString &key, const QString &context,
                     Reader reader)
{
    const QJsonArray array = arrayOf(object, key, context);
    QList<Record> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1, %2 %3").arg(context, key).arg(i + 1);
        result.append(reader(objectAt(array, i, where), where));
    }
    return result;
}

} // namespace

PartRecord CatalogJson::partFromJson(const QJsonObject &object, const QString &context)
{
    static const QSet<QString> listKeys{
        QStringLiteral("ratings"), QStringLiteral("conductor_ranges"), QStringLiteral("approvals"),
        QStringLiteral("classifications"), QStringLiteral("notes"), QStringLiteral("counterparts"),
        QStringLiteral("accessories")};
    PartRecord record;
    const QString where = QStringLiteral("%1 (%2)").arg(
        context, object.value(QStringLiteral("item_number")).toString());
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (listKeys.contains(it.key()))
            continue;
        const PartFields::Field *field = PartFields::find(it.key());
        if (!field)
            fail(where, QStringLiteral("unknown key \"%1\"").arg(it.key()));
        if (it.value().isNull())
            continue;
        QString error;
        const QVariant value = PartFields::normalized(*field, it.value().toVariant(), &error);
        if (!error.isEmpty())
            fail(where, error);
        record.set(field->id, value);
    }
    requiredText(object, QStringLiteral("item_number"), where);
    requiredText(object, QStringLiteral("description"), where);
    oneOf(record.kind(), PartKinds::codes(), QStringLiteral("kind"), where);
    oneOf(record.gender(), Genders::table().codes(), QStringLiteral("gender"),
          where);
    oneOf(record.mounting(), Mountings::table().codes(),
          QStringLiteral("mounting"), where);

    record.ratings = listOf<RatingRecord>(object, QStringLiteral("ratings"), where, ratingFromJson);
    record.conductorRanges = listOf<ConductorRangeRecord>(
        object, QStringLiteral("conductor_ranges"), where, rangeFromJson);
    record.approvals = listOf<ApprovalRecord>(object, QStringLiteral("approvals"), where,
                                              approvalFromJson);
    record.classifications = listOf<ClassificationRecord>(
        object, QStringLiteral("classifications"), where, classificationFromJson);
    record.notes = listOf<NoteRecord>(object, QStringLiteral("notes"), where,
                                      [](const QJsonObject &o, const QString &c) {
                                          checkKeys(o, {QStringLiteral("topic"), QStringLiteral("text")}, c);
                                          return NoteRecord{requiredText(o, QStringLiteral("topic"), c),
                                                            requiredText(o, QStringLiteral("text"), c)};
                                      });
    const QJsonArray counterparts = arrayOf(object, QStringLiteral("counterparts"), where);
    for (const QJsonValue &value : counterparts) {
        if (!value.isString())
            fail(where, QStringLiteral("\"counterparts\" must list item numbers"));
        RelationRecord relation;
        relation.itemNumber = value.toString();
        relation.relation = QStringLiteral("counterpart");
        record.relations.append(relation);
    }
    record.relations += listOf<RelationRecord>(object, QStringLiteral("accessories"), where,
                                               accessoryFromJson);
    return record;
}

CatalogDocument CatalogJson::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(fileName, QStringLiteral("%1 at character %2").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        fail(fileName, QStringLiteral("the file must hold one JSON object"));
    const QJsonObject root = document.object();
    checkKeys(root, {QStringLiteral("format_version"), QStringLiteral("source"),
                     QStringLiteral("comment"), QStringLiteral("parts"),
                     QStringLiteral("supersessions"), QStringLiteral("coding_recommendations"),
                     QStringLiteral("assembly_rules")},
              fileName);
    if (root.value(QStringLiteral("format_version")).toInt() != formatVersion) {
        fail(fileName, QStringLiteral("format_version must be %1").arg(formatVersion));
    }
    CatalogDocument result;
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    const QString sourceContext = fileName + QStringLiteral(", source");
    checkKeys(source, {QStringLiteral("reference"), QStringLiteral("kind"), QStringLiteral("title"),
                       QStringLiteral("location")},
              sourceContext);
    result.source = SourceRecord{requiredText(source, QStringLiteral("reference"), sourceContext),
                                 requiredText(source, QStringLiteral("kind"), sourceContext),
                                 requiredText(source, QStringLiteral("title"), sourceContext),
                                 optionalText(source, QStringLiteral("location"), sourceContext),
                                 QString()};
    result.parts = listOf<PartRecord>(root, QStringLiteral("parts"), fileName, partFromJson);
    result.supersessions = listOf<SupersessionRecord>(
        root, QStringLiteral("supersessions"), fileName, [](const QJsonObject &o, const QString &c) {
            checkKeys(o, {QStringLiteral("old"), QStringLiteral("successor")}, c);
            return SupersessionRecord{requiredText(o, QStringLiteral("old"), c),
                                      requiredText(o, QStringLiteral("successor"), c)};
        });
    result.codingRecommendations = listOf<CodingRecommendationRecord>(
        root, QStringLiteral("coding_recommendations"), fileName,
        [](const QJsonObject &o, const QString &c) {
            checkKeys(o, {QStringLiteral("application"), QStringLiteral("coding"),
                          QStringLiteral("colour")},
                      c);
            return CodingRecommendationRecord{requiredText(o, QStringLiteral("application"), c),
                                              optionalText(o, QStringLiteral("coding"), c),
                                              requiredText(o, QStringLiteral("colour"), c)};
        });
    result.assemblyRules = listOf<AccessoryRule>(root, QStringLiteral("assembly_rules"),
                                                      fileName, ruleFromJson);
    return result;
}

} // namespace cc
