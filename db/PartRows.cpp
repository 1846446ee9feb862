#include "db/PartRows.h"

#include "models/part/PartFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVersionNumber>
#include <algorithm>

namespace cc {

std::optional<double> PartRows::optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> PartRows::optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString PartRows::optionalText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QString PartRows::fieldColumns(const QString &tableAlias)
{
    QStringList columns;
    for (const PartFields::Field &field : PartFields::all())
        columns << tableAlias + QLatin1Char('.') + field.key;
    return columns.join(QStringLiteral(", "));
}

QString PartRows::partSelect()
{
    return QStringLiteral("SELECT p.id, p.origin, s.reference, s.kind, s.title, s.location, "
                          "s.imported_at, %1, (SELECT n.item_number FROM supersession x "
                          "JOIN part n ON n.id = x.successor_id WHERE x.old_item_number = p.item_number) "
                          "FROM part p JOIN source s ON s.id = p.source_id WHERE %2")
        .arg(fieldColumns(QStringLiteral("p")), QStringLiteral("%1"));
}

PartRecord PartRows::partFrom(const QSqlQuery &query)
{
    PartRecord record;
    record.origin = query.value(1).toString();
    record.source = SourceRecord{query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toString(), optionalText(query.value(5)),
                                 optionalText(query.value(6))};
    const QList<PartFields::Field> &fields = PartFields::all();
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant value = query.value(7 + i);
        if (!value.isNull()) {
            QString error;
            record.set(fields.at(i).id, PartFields::normalized(fields.at(i), value, &error));
        }
    }
    record.successorItem = optionalText(query.value(7 + static_cast<int>(fields.size())));
    return record;
}

QString PartRows::ratingSelect()
{
    return QStringLiteral("SELECT %2standard, market, overvoltage_category, pollution_degree, voltage_v, "
                          "impulse_voltage_kv, current_a, condition FROM rating WHERE %1 "
                          "ORDER BY %2position, id");
}

RatingRecord PartRows::ratingFrom(const QSqlQuery &q, int c)
{
    return RatingRecord{q.value(c).toString(),         q.value(c + 1).toString(),
                        optionalText(q.value(c + 2)),  optionalInt(q.value(c + 3)),
                        optionalReal(q.value(c + 4)),  optionalReal(q.value(c + 5)),
                        optionalReal(q.value(c + 6)),  optionalText(q.value(c + 7))};
}

QString PartRows::rangeSelect()
{
    return QStringLiteral("SELECT %2conductor_class, min_mm2, max_mm2, min_awg, max_awg "
                          "FROM conductor_range WHERE %1 ORDER BY %2id");
}

ConductorRangeRecord PartRows::rangeFrom(const QSqlQuery &q, int c)
{
    return ConductorRangeRecord{q.value(c).toString(), optionalReal(q.value(c + 1)),
                                optionalReal(q.value(c + 2)), optionalInt(q.value(c + 3)),
                                optionalInt(q.value(c + 4))};
}

QString PartRows::approvalSelect()
{
    return QStringLiteral("SELECT %2kind, mark, issuer, standard, certificate FROM approval "
                          "WHERE %1 ORDER BY %2position, id");
}

ApprovalRecord PartRows::approvalFrom(const QSqlQuery &q, int c)
{
    return ApprovalRecord{q.value(c).toString(), optionalText(q.value(c + 1)),
                          q.value(c + 2).toString(), optionalText(q.value(c + 3)),
                          optionalText(q.value(c + 4))};
}

QString PartRows::classificationSelect()
{
    return QStringLiteral("SELECT %2scheme, version, code FROM classification WHERE %1 "
                          "ORDER BY %2scheme, version");
}

ClassificationRecord PartRows::classificationFrom(const QSqlQuery &q, int c)
{
    return ClassificationRecord{q.value(c).toString(), q.value(c + 1).toString(),
                                q.value(c + 2).toString()};
}

void PartRows::sortClassifications(QList<ClassificationRecord> &classifications)
{
    std::stable_sort(classifications.begin(), classifications.end(),
                     [](const ClassificationRecord &a, const ClassificationRecord &b) {
                         if (a.scheme != b.scheme)
                             return a.scheme < b.scheme;
                         return QVersionNumber::fromString(a.version)
                             > QVersionNumber::fromString(b.version);
                     });
}

QString PartRows::relationSelect(bool owner)
{
    return QStringLiteral(
               "SELECT %3p.item_number, r.relation, r.accessory_group, r.required, p.description, "
               "p.kind, s.reference, r.position, r.quantity FROM part_relation r "
               "JOIN part p ON p.id = r.related_id JOIN source s ON s.id = r.source_id "
               "WHERE %1 "
               "UNION "
               "SELECT %4p.item_number, r.relation, NULL, NULL, p.description, p.kind, s.reference, "
               "1000000 + r.position, NULL FROM part_relation r "
               "JOIN part p ON p.id = r.part_id JOIN source s ON s.id = r.source_id "
               "WHERE %2 AND r.relation = 'counterpart' "
               "AND NOT EXISTS (SELECT 1 FROM part_relation o WHERE o.part_id = r.related_id "
               "AND o.related_id = r.part_id AND o.relation = 'counterpart') "
               "ORDER BY %5")
        .arg(QStringLiteral("%1"), QStringLiteral("%2"),
             owner ? QStringLiteral("r.part_id, ") : QString(),
             owner ? QStringLiteral("r.related_id, ") : QString(),
             owner ? QStringLiteral("1, 3 DESC, 9, 2") : QStringLiteral("2 DESC, 8, 1"));
}

RelationRecord PartRows::relationFrom(const QSqlQuery &q, int c)
{
    const QVariant required = q.value(c + 3);
    return RelationRecord{q.value(c).toString(), q.value(c + 1).toString(), optionalText(q.value(c + 2)),
                          required.isNull() ? std::nullopt : std::optional<bool>(required.toBool()),
                          q.value(c + 4).toString(), optionalText(q.value(c + 5)),
                          q.value(c + 6).toString(), optionalReal(q.value(c + 8))};
}

QString PartRows::noteSelect()
{
    return QStringLiteral("SELECT %2topic, text FROM note WHERE %1 ORDER BY %2position, id");
}

NoteRecord PartRows::noteFrom(const QSqlQuery &q, int c)
{
    return NoteRecord{q.value(c).toString(), q.value(c + 1).toString()};
}

QString PartRows::derivedSelect()
{
    return QStringLiteral("SELECT %2d.field, d.basis, d.listing_item, s.reference "
                          "FROM part_derived_value d JOIN source s ON s.id = d.source_id "
                          "WHERE %1 ORDER BY %2d.field");
}

void PartRows::derivedFrom(const QSqlQuery &q, int c, PartRecord &record)
{
    const PartFields::Field *field = PartFields::find(q.value(c).toString());
    if (!field || !record.isKnown(field->id))
        return;
    record.setDerived(field->id, record.value(field->id),
                      Provenance{q.value(c + 1).toString(), optionalText(q.value(c + 2)),
                                 q.value(c + 3).toString()});
}

QString PartRows::featureSelect()
{
    return QStringLiteral("SELECT %2system, group_code, name, feature_values, unit, details "
                          "FROM part_feature WHERE %1 ORDER BY %2position, id");
}

FeatureRecord PartRows::featureFrom(const QSqlQuery &q, int c)
{
    return FeatureRecord{optionalText(q.value(c)), optionalText(q.value(c + 1)),
                         q.value(c + 2).toString(), valuesFrom(q.value(c + 3).toString()),
                         optionalText(q.value(c + 4)), optionalText(q.value(c + 5))};
}

QString PartRows::documentSelect()
{
    return QStringLiteral("SELECT %2purpose, location, title, mime_type FROM part_document "
                          "WHERE %1 ORDER BY %2position, id");
}

DocumentRecord PartRows::documentFrom(const QSqlQuery &q, int c)
{
    return DocumentRecord{q.value(c).toString(), q.value(c + 1).toString(),
                          optionalText(q.value(c + 2)), optionalText(q.value(c + 3))};
}

QString PartRows::descriptionSelect()
{
    return QStringLiteral("SELECT %2language, short_text, long_text FROM part_description "
                          "WHERE %1 ORDER BY %2id");
}

DescriptionRecord PartRows::descriptionFrom(const QSqlQuery &q, int c)
{
    return DescriptionRecord{q.value(c).toString(), optionalText(q.value(c + 1)),
                             optionalText(q.value(c + 2))};
}

QString PartRows::referenceSelect()
{
    return QStringLiteral("SELECT %2reference_type, item_number, quantity FROM part_reference "
                          "WHERE %1 ORDER BY %2position, id");
}

ReferenceRecord PartRows::referenceFrom(const QSqlQuery &q, int c)
{
    return ReferenceRecord{q.value(c).toString(), q.value(c + 1).toString(),
                           optionalReal(q.value(c + 2))};
}

QString PartRows::valuesText(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList PartRows::valuesFrom(const QString &text)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        values << value.toString();
    return values;
}

} // namespace cc
