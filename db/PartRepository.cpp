#include "PartRepository.h"

#include "Database.h"
#include "DatabaseError.h"
#include "PartFields.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVersionNumber>

#include <algorithm>

namespace cc {

namespace {

template<typename T>
QVariant toVariant(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant toVariant(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString optionalText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QString fieldColumns(const QString &tableAlias)
{
    QStringList columns;
    for (const PartFields::Field &field : PartFields::all())
        columns << tableAlias + QLatin1Char('.') + field.key;
    return columns.join(QStringLiteral(", "));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString operationFor(const QString &verb, const QString &itemNumber)
{
    return QStringLiteral("%1 part %2").arg(verb, itemNumber);
}

} // namespace

PartRepository::PartRepository(Database &database)
    : m_database(database)
{
}

std::optional<qint64> PartRepository::idOf(const QString &itemNumber) const
{
    const QVariant id = m_database.scalar(QStringLiteral("SELECT id FROM part WHERE item_number = ?"),
                                          {itemNumber}, operationFor(QStringLiteral("Looking up"), itemNumber));
    return id.isNull() ? std::nullopt : std::optional<qint64>(id.toLongLong());
}

QString PartRepository::successorOf(const QString &itemNumber) const
{
    return m_database
        .scalar(QStringLiteral("SELECT p.item_number FROM supersession s "
                               "JOIN part p ON p.id = s.successor_id WHERE s.old_item_number = ?"),
                {itemNumber}, operationFor(QStringLiteral("Looking up the successor of"), itemNumber))
        .toString();
}

std::optional<PartRecord> PartRepository::find(const QString &itemNumber) const
{
    const QString operation = operationFor(QStringLiteral("Reading"), itemNumber);
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT p.id, p.origin, s.reference, s.kind, s.title, s.location, "
                       "s.imported_at, %1 FROM part p JOIN source s ON s.id = p.source_id "
                       "WHERE p.item_number = ?")
            .arg(fieldColumns(QStringLiteral("p"))),
        {itemNumber}, operation);
    if (!query.next()) {
        const QString successor = successorOf(itemNumber);
        if (successor.isEmpty() || successor == itemNumber)
            return std::nullopt;
        std::optional<PartRecord> record = find(successor);
        if (record)
            record->supersededItem = itemNumber;
        return record;
    }
    PartRecord record;
    const qint64 id = query.value(0).toLongLong();
    record.origin = query.value(1).toString();
    record.source = SourceRecord{query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toString(), optionalText(query.value(5)),
                                 optionalText(query.value(6))};
    const QList<PartFields::Field> &fields = PartFields::all();
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant value = query.value(7 + i);
        if (!value.isNull()) {
            QString error;
            record.fields.insert(fields.at(i).key, PartFields::normalized(fields.at(i), value, &error));
        }
    }
    loadChildren(id, record);
    return record;
}

void PartRepository::loadChildren(qint64 partId, PartRecord &record) const
{
    const QString itemNumber = record.itemNumber();
    const QString operation = operationFor(QStringLiteral("Reading"), itemNumber);
    QSqlQuery ratings = m_database.run(
        QStringLiteral("SELECT standard, market, overvoltage_category, pollution_degree, voltage_v, "
                       "impulse_voltage_kv, current_a, condition FROM rating WHERE part_id = ? "
                       "ORDER BY position, id"),
        {partId}, operation);
    while (ratings.next()) {
        record.ratings.append(RatingRecord{
            ratings.value(0).toString(), ratings.value(1).toString(), optionalText(ratings.value(2)),
            optionalInt(ratings.value(3)), optionalReal(ratings.value(4)),
            optionalReal(ratings.value(5)), optionalReal(ratings.value(6)),
            optionalText(ratings.value(7))});
    }
    QSqlQuery ranges = m_database.run(
        QStringLiteral("SELECT conductor_class, min_mm2, max_mm2, min_awg, max_awg "
                       "FROM conductor_range WHERE part_id = ? ORDER BY id"),
        {partId}, operation);
    while (ranges.next()) {
        record.conductorRanges.append(ConductorRangeRecord{
            ranges.value(0).toString(), optionalReal(ranges.value(1)),
            optionalReal(ranges.value(2)), optionalInt(ranges.value(3)),
            optionalInt(ranges.value(4))});
    }
    QSqlQuery approvals = m_database.run(
        QStringLiteral("SELECT kind, mark, issuer, standard, certificate FROM approval "
                       "WHERE part_id = ? ORDER BY position, id"),
        {partId}, operation);
    while (approvals.next()) {
        record.approvals.append(ApprovalRecord{
            approvals.value(0).toString(), optionalText(approvals.value(1)),
            approvals.value(2).toString(), optionalText(approvals.value(3)),
            optionalText(approvals.value(4))});
    }
    QSqlQuery classes = m_database.run(
        QStringLiteral("SELECT scheme, version, code FROM classification WHERE part_id = ? "
                       "ORDER BY scheme, version"),
        {partId}, operation);
    while (classes.next()) {
        record.classifications.append(ClassificationRecord{
            classes.value(0).toString(), classes.value(1).toString(), classes.value(2).toString()});
    }
    // Newest scheme version first, compared as numbers ("10.0" after "9.0").
    std::stable_sort(record.classifications.begin(), record.classifications.end(),
                     [](const ClassificationRecord &a, const ClassificationRecord &b) {
                         if (a.scheme != b.scheme)
                             return a.scheme < b.scheme;
                         return QVersionNumber::fromString(a.version)
                             > QVersionNumber::fromString(b.version);
                     });
    // Counterparts hold both ways; accessories only from the part that lists them.
    QSqlQuery relations = m_database.run(
        QStringLiteral(
            "SELECT p.item_number, r.relation, r.accessory_group, r.required, p.description, "
            "p.kind, s.reference, r.position FROM part_relation r "
            "JOIN part p ON p.id = r.related_id JOIN source s ON s.id = r.source_id "
            "WHERE r.part_id = ? "
            "UNION "
            "SELECT p.item_number, r.relation, NULL, NULL, p.description, p.kind, s.reference, "
            "1000000 + r.position FROM part_relation r "
            "JOIN part p ON p.id = r.part_id JOIN source s ON s.id = r.source_id "
            "WHERE r.related_id = ? AND r.relation = 'counterpart' "
            "AND NOT EXISTS (SELECT 1 FROM part_relation o WHERE o.part_id = r.related_id "
            "AND o.related_id = r.part_id AND o.relation = 'counterpart') "
            "ORDER BY 2 DESC, 8, 1"),
        {partId, partId}, operation);
    while (relations.next()) {
        const QVariant required = relations.value(3);
        record.relations.append(RelationRecord{
            relations.value(0).toString(), relations.value(1).toString(),
            optionalText(relations.value(2)),
            required.isNull() ? std::nullopt : std::optional<bool>(required.toBool()),
            relations.value(4).toString(), optionalText(relations.value(5)),
            relations.value(6).toString()});
    }
    QSqlQuery notes = m_database.run(
        QStringLiteral("SELECT topic, text FROM note WHERE part_id = ? ORDER BY position, id"),
        {partId}, operation);
    while (notes.next())
        record.notes.append(NoteRecord{notes.value(0).toString(), notes.value(1).toString()});
}

int PartRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM part"), {},
                             QStringLiteral("Counting the parts"))
        .toInt();
}

QStringList PartRepository::mateCandidateItems(const MateQuery &q, int maxFailures) const
{
    const QVariant family = q.family.isEmpty() ? QVariant() : QVariant(q.family.toLower().remove(QChar(0x00AE)).simplified());
    const QVariant pitch = toVariant(q.pinSpacingMm);
    const QVariant gender = q.gender.isEmpty() ? QVariant() : QVariant(q.gender);
    const QVariant poles = toVariant(q.poles);
    const QVariant coding = q.coding.isEmpty() ? QVariant() : QVariant(q.coding);
    QSqlQuery query = m_database.run(
        QStringLiteral(
            "SELECT p.item_number FROM part p JOIN part_kind k ON k.code = p.kind "
            "WHERE k.is_connector = 1 AND p.item_number <> ? AND ("
            "  (CASE WHEN ? IS NOT NULL AND p.family IS NOT NULL "
            "             AND trim(replace(lower(p.family), '\u00ae', '')) <> ? THEN 1 "
            "        WHEN ? IS NOT NULL AND p.pin_spacing_mm IS NOT NULL "
            "             AND abs(p.pin_spacing_mm - ?) > 0.000001 THEN 1 ELSE 0 END)"
            "  + (CASE WHEN ? IS NOT NULL AND coalesce(p.gender, k.gender) = ? THEN 1 ELSE 0 END)"
            "  + (CASE WHEN ? IS NOT NULL AND p.poles IS NOT NULL AND p.poles <> ? THEN 1 ELSE 0 END)"
            "  + (CASE WHEN ? IS NOT NULL AND p.coding IS NOT NULL AND p.coding <> ? THEN 1 ELSE 0 END)"
            "  <= ? "
            "  OR p.id IN (SELECT r.related_id FROM part_relation r JOIN part o ON o.id = r.part_id "
            "              WHERE o.item_number = ? AND r.relation = 'counterpart') "
            "  OR p.id IN (SELECT r.part_id FROM part_relation r JOIN part o ON o.id = r.related_id "
            "              WHERE o.item_number = ? AND r.relation = 'counterpart')) "
            "ORDER BY p.item_number"),
        {q.itemNumber, family, family, pitch, pitch, gender, gender, poles, poles, coding, coding,
         maxFailures, q.itemNumber, q.itemNumber},
        operationFor(QStringLiteral("Finding the counterparts of"), q.itemNumber));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QStringList PartRepository::itemsOfKindListedOrInFamilies(const QString &kind, const QStringList &listed,
                                                         const QStringList &families) const
{
    QStringList alternatives;
    QVariantList values{kind};
    if (!listed.isEmpty()) {
        alternatives << QStringLiteral("item_number IN (%1)").arg(placeholders(listed.size()));
        for (const QString &item : listed)
            values << item;
    }
    if (!families.isEmpty()) {
        // Compared as MatingRules::sameFamily does: no case, no ®.
        alternatives << QStringLiteral("trim(replace(lower(family), '\u00ae', '')) IN (%1)")
                            .arg(placeholders(families.size()));
        for (const QString &family : families)
            values << family.toLower().remove(QChar(0x00AE)).trimmed();
    }
    if (alternatives.isEmpty())
        return {};
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT item_number FROM part WHERE kind = ? AND (%1) ORDER BY item_number")
            .arg(alternatives.join(QStringLiteral(" OR "))),
        values, QStringLiteral("Listing the accessories of kind %1").arg(kind));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QStringList PartRepository::itemNumbersOfKinds(const QStringList &kinds) const
{
    QStringList placeholders;
    QVariantList values;
    for (const QString &kind : kinds) {
        placeholders << QStringLiteral("?");
        values << kind;
    }
    if (kinds.isEmpty())
        return {};
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT item_number FROM part WHERE kind IN (%1) ORDER BY item_number")
            .arg(placeholders.join(QStringLiteral(", "))),
        values, QStringLiteral("Listing the parts of kinds %1").arg(kinds.join(QStringLiteral(", "))));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QList<PartSummary> PartRepository::summaries(int offset, int limit) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT p.id, p.item_number, p.description, p.family, p.kind, p.poles, "
                       "p.coding, p.colour, (SELECT min(r.current_a) FROM rating r "
                       "WHERE r.part_id = p.id AND r.market = 'IEC') "
                       "FROM part p ORDER BY p.item_number LIMIT ? OFFSET ?"),
        {limit, offset}, QStringLiteral("Listing the parts"));
    QList<PartSummary> result;
    while (query.next()) {
        result.append(PartSummary{query.value(0).toLongLong(), query.value(1).toString(),
                                  query.value(2).toString(), optionalText(query.value(3)),
                                  optionalText(query.value(4)), optionalInt(query.value(5)),
                                  optionalText(query.value(6)), optionalText(query.value(7)),
                                  optionalReal(query.value(8))});
    }
    return result;
}

qint64 PartRepository::saveSource(const SourceRecord &source)
{
    const QString operation = QStringLiteral("Saving the source %1").arg(source.reference);
    m_database.run(QStringLiteral("INSERT INTO source (reference, kind, title, location, imported_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (reference) DO UPDATE SET "
                                  "kind = excluded.kind, title = excluded.title, "
                                  "location = excluded.location, imported_at = excluded.imported_at"),
                   {source.reference, source.kind, source.title, toVariant(source.location),
                    toVariant(source.importedAt)},
                   operation);
    return m_database
        .scalar(QStringLiteral("SELECT id FROM source WHERE reference = ?"), {source.reference},
                operation)
        .toLongLong();
}

qint64 PartRepository::save(const PartRecord &record, const QString &origin, qint64 sourceId)
{
    const QString itemNumber = record.itemNumber();
    const QString operation = operationFor(QStringLiteral("Saving"), itemNumber);
    QStringList columns{QStringLiteral("origin"), QStringLiteral("source_id"),
                        QStringLiteral("updated_at")};
    QVariantList values{origin, sourceId,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    for (const PartFields::Field &field : PartFields::all()) {
        columns << field.key;
        QString error;
        const QVariant value = PartFields::normalized(field, record.fields.value(field.key), &error);
        if (!error.isEmpty())
            throw DatabaseError(DatabaseError::Kind::Catalog, operation, error);
        values << value;
    }
    QStringList updates;
    for (const QString &column : columns) {
        if (column != QLatin1String("item_number"))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    m_database.run(QStringLiteral("INSERT INTO part (%1) VALUES (%2) ON CONFLICT (item_number) "
                                  "DO UPDATE SET %3")
                       .arg(columns.join(QStringLiteral(", ")),
                            placeholders.join(QStringLiteral(", ")),
                            updates.join(QStringLiteral(", "))),
                   values, operation);
    const qint64 id = *idOf(itemNumber);

    for (const char *table : {"rating", "conductor_range", "approval", "classification", "note"}) {
        m_database.run(QStringLiteral("DELETE FROM %1 WHERE part_id = ?").arg(QLatin1String(table)),
                       {id}, operation);
    }
    int position = 0;
    for (const RatingRecord &r : record.ratings) {
        m_database.run(QStringLiteral("INSERT INTO rating (part_id, standard, market, "
                                      "overvoltage_category, pollution_degree, voltage_v, "
                                      "impulse_voltage_kv, current_a, condition, position) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, r.standard, r.market, toVariant(r.overvoltageCategory),
                        toVariant(r.pollutionDegree), toVariant(r.voltageV),
                        toVariant(r.impulseVoltageKv), toVariant(r.currentA),
                        toVariant(r.condition), position++},
                       operation);
    }
    for (const ConductorRangeRecord &r : record.conductorRanges) {
        m_database.run(QStringLiteral("INSERT INTO conductor_range (part_id, conductor_class, "
                                      "min_mm2, max_mm2, min_awg, max_awg) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {id, r.conductorClass, toVariant(r.minMm2), toVariant(r.maxMm2),
                        toVariant(r.minAwg), toVariant(r.maxAwg)},
                       operation);
    }
    position = 0;
    for (const ApprovalRecord &a : record.approvals) {
        m_database.run(QStringLiteral("INSERT INTO approval (part_id, kind, mark, issuer, standard, "
                                      "certificate, position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {id, a.kind, toVariant(a.mark), a.issuer, toVariant(a.standard),
                        toVariant(a.certificate), position++},
                       operation);
    }
    for (const ClassificationRecord &c : record.classifications) {
        m_database.run(QStringLiteral("INSERT INTO classification (part_id, scheme, version, code) "
                                      "VALUES (?, ?, ?, ?)"),
                       {id, c.scheme, c.version, c.code}, operation);
    }
    position = 0;
    for (const NoteRecord &n : record.notes) {
        m_database.run(QStringLiteral("INSERT INTO note (part_id, topic, text, position) "
                                      "VALUES (?, ?, ?, ?)"),
                       {id, n.topic, n.text, position++}, operation);
    }
    return id;
}

void PartRepository::saveRelations(qint64 partId, const QList<RelationRecord> &relations,
                                   qint64 sourceId)
{
    const QString operation = QStringLiteral("Saving the counterparts and accessories of part %1")
                                  .arg(partId);
    m_database.run(QStringLiteral("DELETE FROM part_relation WHERE part_id = ? AND source_id = ?"),
                   {partId, sourceId}, operation);
    int position = 0;
    for (const RelationRecord &relation : relations) {
        const std::optional<qint64> relatedId = idOf(relation.itemNumber);
        if (!relatedId) {
            throw DatabaseError(DatabaseError::Kind::Catalog, operation,
                                QStringLiteral("the related part %1 is not in the catalog")
                                    .arg(relation.itemNumber));
        }
        m_database.run(QStringLiteral("INSERT INTO part_relation (part_id, related_id, relation, "
                                      "accessory_group, required, source_id, position) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (part_id, related_id, relation) DO UPDATE SET "
                                      "accessory_group = excluded.accessory_group, "
                                      "required = excluded.required, source_id = excluded.source_id, "
                                      "position = excluded.position"),
                       {partId, *relatedId, relation.relation, toVariant(relation.group),
                        toVariant(relation.required), sourceId, position++},
                       operation);
    }
}

void PartRepository::saveSupersession(const QString &oldItemNumber, qint64 successorId,
                                      qint64 sourceId)
{
    m_database.run(QStringLiteral("INSERT INTO supersession (old_item_number, successor_id, source_id) "
                                  "VALUES (?, ?, ?) ON CONFLICT (old_item_number) DO UPDATE SET "
                                  "successor_id = excluded.successor_id, "
                                  "source_id = excluded.source_id"),
                   {oldItemNumber, successorId, sourceId},
                   QStringLiteral("Saving that %1 is superseded").arg(oldItemNumber));
}

void PartRepository::removePart(qint64 partId)
{
    m_database.run(QStringLiteral("DELETE FROM part WHERE id = ?"), {partId},
                   QStringLiteral("Removing part %1").arg(partId));
}

} // namespace cc
