#include "db/PartRepository.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/MatingKeyColumns.h"
#include "db/PartRows.h"
#include "models/part/PartFields.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <functional>
#include <utility>

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


// Item numbers are bound in chunks: the driver's cost of binding grows
// with the square of the placeholders of one statement.
constexpr qsizetype itemChunk = 100;
// Ids are integers read from the database itself, so they are written into
// the statement as numbers, in larger chunks.
constexpr qsizetype idChunk = 500;

void forEachChunk(const QStringList &items, const std::function<void(const QVariantList &)> &work)
{
    for (qsizetype start = 0; start < items.size(); start += itemChunk) {
        QVariantList chunk;
        const qsizetype end = std::min(items.size(), start + itemChunk);
        chunk.reserve(end - start);
        for (qsizetype i = start; i < end; ++i)
            chunk << QVariant(items.at(i));
        work(chunk);
    }
}

// `ids` as a list of numbers for `IN (...)`, chunk by chunk.
void forEachIdChunk(const QList<qint64> &ids, const std::function<void(const QString &, qsizetype)> &work)
{
    for (qsizetype start = 0; start < ids.size(); start += idChunk) {
        const qsizetype end = std::min(ids.size(), start + idChunk);
        QString list;
        list.reserve((end - start) * 8);
        for (qsizetype i = start; i < end; ++i) {
            if (i > start)
                list += QLatin1Char(',');
            list += QString::number(ids.at(i));
        }
        work(list, end - start);
    }
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
        PartRows::partSelect().arg(QStringLiteral("p.item_number = ?")), {itemNumber}, operation);
    if (!query.next()) {
        const QString successor = successorOf(itemNumber);
        if (successor.isEmpty() || successor == itemNumber)
            return std::nullopt;
        std::optional<PartRecord> record = find(successor);
        if (record)
            record->supersededItem = itemNumber;
        return record;
    }
    PartRecord record = PartRows::partFrom(query);
    loadChildren(query.value(0).toLongLong(), record);
    return record;
}

QList<PartRecord> PartRepository::findMany(const QStringList &itemNumbers) const
{
    QStringList wanted;
    QSet<QString> seen;
    for (const QString &item : itemNumbers) {
        if (!seen.contains(item)) {
            seen.insert(item);
            wanted << item;
        }
    }
    Batch batch;
    readParts(wanted, batch);

    // Numbers not found may be superseded: they lead to their successors.
    QStringList missing;
    for (const QString &item : std::as_const(wanted)) {
        if (!batch.byItem.contains(item))
            missing << item;
    }
    QHash<QString, QString> successors;
    QStringList successorsToRead;
    forEachChunk(missing, [&](const QVariantList &chunk) {
        QSqlQuery query = m_database.run(
            QStringLiteral("SELECT s.old_item_number, p.item_number FROM supersession s "
                           "JOIN part p ON p.id = s.successor_id WHERE s.old_item_number IN (%1)")
                .arg(placeholders(chunk.size())),
            chunk, QStringLiteral("Looking up the successors of %1 parts").arg(chunk.size()));
        while (query.next()) {
            const QString successor = query.value(1).toString();
            successors.insert(query.value(0).toString(), successor);
            if (!batch.byItem.contains(successor) && !successorsToRead.contains(successor))
                successorsToRead << successor;
        }
    });
    readParts(successorsToRead, batch);
    loadChildren(batch);

    QList<PartRecord> result;
    result.reserve(itemNumbers.size());
    for (const QString &item : itemNumbers) {
        if (const auto found = batch.byItem.constFind(item); found != batch.byItem.cend()) {
            result.append(batch.records.at(*found));
            continue;
        }
        const QString successor = successors.value(item);
        const auto found = batch.byItem.constFind(successor);
        if (successor.isEmpty() || successor == item || found == batch.byItem.cend())
            continue;
        result.append(batch.records.at(*found));
        result.last().supersededItem = item;
    }
    return result;
}

void PartRepository::readParts(const QStringList &itemNumbers, Batch &batch) const
{
    forEachChunk(itemNumbers, [&](const QVariantList &chunk) {
        QSqlQuery query = m_database.run(
            PartRows::partSelect().arg(QStringLiteral("p.item_number IN (%1)").arg(placeholders(chunk.size()))),
            chunk, QStringLiteral("Reading %1 parts").arg(chunk.size()));
        while (query.next()) {
            PartRecord record = PartRows::partFrom(query);
            const qint64 id = query.value(0).toLongLong();
            batch.byItem.insert(record.itemNumber(), batch.records.size());
            batch.byId.insert(id, batch.records.size());
            batch.ids << id;
            batch.records.append(std::move(record));
        }
    });
}

void PartRepository::loadChildren(Batch &batch) const
{
    const auto owner = [&](const QSqlQuery &query) -> PartRecord & {
        return batch.records[batch.byId.value(query.value(0).toLongLong())];
    };
    forEachIdChunk(batch.ids, [&](const QString &in, qsizetype count) {
        const QString operation = QStringLiteral("Reading the details of %1 parts").arg(count);
        QSqlQuery ratings = m_database.run(PartRows::ratingSelect().arg(QStringLiteral("part_id IN (%1)").arg(in),
                                                              QStringLiteral("part_id, ")),
                                           {}, operation);
        while (ratings.next())
            owner(ratings).ratings.append(PartRows::ratingFrom(ratings, 1));
        QSqlQuery ranges = m_database.run(PartRows::rangeSelect().arg(QStringLiteral("part_id IN (%1)").arg(in),
                                                            QStringLiteral("part_id, ")),
                                          {}, operation);
        while (ranges.next())
            owner(ranges).conductorRanges.append(PartRows::rangeFrom(ranges, 1));
        QSqlQuery approvals = m_database.run(
            PartRows::approvalSelect().arg(QStringLiteral("part_id IN (%1)").arg(in), QStringLiteral("part_id, ")),
            {}, operation);
        while (approvals.next())
            owner(approvals).approvals.append(PartRows::approvalFrom(approvals, 1));
        QSqlQuery classes = m_database.run(
            PartRows::classificationSelect().arg(QStringLiteral("part_id IN (%1)").arg(in), QStringLiteral("part_id, ")),
            {}, operation);
        while (classes.next())
            owner(classes).classifications.append(PartRows::classificationFrom(classes, 1));
        QSqlQuery relations = m_database.run(
            PartRows::relationSelect().arg(QStringLiteral("r.part_id IN (%1)").arg(in),
                                 QStringLiteral("r.related_id IN (%1)").arg(in)),
            {}, operation);
        while (relations.next())
            owner(relations).relations.append(PartRows::relationFrom(relations, 1));
        QSqlQuery notes = m_database.run(PartRows::noteSelect().arg(QStringLiteral("part_id IN (%1)").arg(in),
                                                          QStringLiteral("part_id, ")),
                                         {}, operation);
        while (notes.next())
            owner(notes).notes.append(PartRows::noteFrom(notes, 1));
        const QString inChunk = QStringLiteral("part_id IN (%1)").arg(in);
        const QString ownerColumn = QStringLiteral("part_id, ");
        QSqlQuery features = m_database.run(PartRows::featureSelect().arg(inChunk, ownerColumn), {}, operation);
        while (features.next())
            owner(features).features.append(PartRows::featureFrom(features, 1));
        QSqlQuery documents = m_database.run(PartRows::documentSelect().arg(inChunk, ownerColumn), {}, operation);
        while (documents.next())
            owner(documents).documents.append(PartRows::documentFrom(documents, 1));
        QSqlQuery descriptions
            = m_database.run(PartRows::descriptionSelect().arg(inChunk, ownerColumn), {}, operation);
        while (descriptions.next())
            owner(descriptions).descriptions.append(PartRows::descriptionFrom(descriptions, 1));
        QSqlQuery references
            = m_database.run(PartRows::referenceSelect().arg(inChunk, ownerColumn), {}, operation);
        while (references.next())
            owner(references).references.append(PartRows::referenceFrom(references, 1));
        QSqlQuery derived = m_database.run(PartRows::derivedSelect().arg(inChunk, ownerColumn), {}, operation);
        while (derived.next())
            PartRows::derivedFrom(derived, 1, owner(derived));
    });
    for (PartRecord &record : batch.records)
        PartRows::sortClassifications(record.classifications);
}

void PartRepository::loadChildren(qint64 partId, PartRecord &record) const
{
    const QString itemNumber = record.itemNumber();
    const QString operation = operationFor(QStringLiteral("Reading"), itemNumber);
    const QString one = QStringLiteral("part_id = ?");
    QSqlQuery ratings = m_database.run(PartRows::ratingSelect().arg(one, QString()), {partId}, operation);
    while (ratings.next())
        record.ratings.append(PartRows::ratingFrom(ratings, 0));
    QSqlQuery ranges = m_database.run(PartRows::rangeSelect().arg(one, QString()), {partId}, operation);
    while (ranges.next())
        record.conductorRanges.append(PartRows::rangeFrom(ranges, 0));
    QSqlQuery approvals = m_database.run(PartRows::approvalSelect().arg(one, QString()), {partId}, operation);
    while (approvals.next())
        record.approvals.append(PartRows::approvalFrom(approvals, 0));
    QSqlQuery classes = m_database.run(PartRows::classificationSelect().arg(one, QString()), {partId}, operation);
    while (classes.next())
        record.classifications.append(PartRows::classificationFrom(classes, 0));
    PartRows::sortClassifications(record.classifications);
    QSqlQuery relations = m_database.run(
        PartRows::relationSelect(false).arg(QStringLiteral("r.part_id = ?"), QStringLiteral("r.related_id = ?")),
        {partId, partId}, operation);
    while (relations.next())
        record.relations.append(PartRows::relationFrom(relations, 0));
    QSqlQuery notes = m_database.run(PartRows::noteSelect().arg(one, QString()), {partId}, operation);
    while (notes.next())
        record.notes.append(PartRows::noteFrom(notes, 0));
    QSqlQuery derived = m_database.run(PartRows::derivedSelect().arg(one, QString()), {partId}, operation);
    while (derived.next())
        PartRows::derivedFrom(derived, 0, record);
    QSqlQuery features = m_database.run(PartRows::featureSelect().arg(one, QString()), {partId}, operation);
    while (features.next())
        record.features.append(PartRows::featureFrom(features, 0));
    QSqlQuery documents = m_database.run(PartRows::documentSelect().arg(one, QString()), {partId}, operation);
    while (documents.next())
        record.documents.append(PartRows::documentFrom(documents, 0));
    QSqlQuery descriptions
        = m_database.run(PartRows::descriptionSelect().arg(one, QString()), {partId}, operation);
    while (descriptions.next())
        record.descriptions.append(PartRows::descriptionFrom(descriptions, 0));
    QSqlQuery references
        = m_database.run(PartRows::referenceSelect().arg(one, QString()), {partId}, operation);
    while (references.next())
        record.references.append(PartRows::referenceFrom(references, 0));
}

int PartRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM part"), {},
                             QStringLiteral("Counting the parts"))
        .toInt();
}

QStringList PartRepository::mateCandidateItems(const MateQuery &q, int maxFailures) const
{
    // Families and codings are compared by their mating keys, computed as
    // the stored ones were (MatingKeyColumns): as MatingRules compares them.
    const QVariant family = MatingKeyColumns::familyValue(q.family);
    const QVariant pitch = toVariant(q.pinSpacingMm);
    const QVariant gender = q.gender.isEmpty() ? QVariant() : QVariant(q.gender);
    const QVariant poles = toVariant(q.poles);
    const QVariant coding = MatingKeyColumns::codingValue(q.coding);
    // The failed conditions among family or pin spacing and gender; poles
    // and coding follow. (Parameters tested for NULL carry a type, which
    // PostgreSQL cannot infer from "? IS NOT NULL".)
    const QString systemAndGender = QStringLiteral(
        "(CASE WHEN CAST(? AS text) IS NOT NULL AND p.family_key IS NOT NULL "
        "      AND p.family_key <> ? THEN 1 "
        "  WHEN CAST(? AS double precision) IS NOT NULL AND p.pin_spacing_mm IS NOT NULL "
        "      AND abs(p.pin_spacing_mm - ?) > 0.000001 THEN 1 ELSE 0 END)"
        " + (CASE WHEN CAST(? AS text) IS NOT NULL AND coalesce(p.gender, k.gender) = ? THEN 1 ELSE 0 END)");
    const QString listed = QStringLiteral(
        "p.id IN (SELECT r.related_id FROM part_relation r JOIN part o ON o.id = r.part_id "
        "         WHERE o.item_number = ? AND r.relation = 'counterpart') "
        "OR p.id IN (SELECT r.part_id FROM part_relation r JOIN part o ON o.id = r.related_id "
        "            WHERE o.item_number = ? AND r.relation = 'counterpart')");
    const QString operation = operationFor(QStringLiteral("Finding the counterparts of"), q.itemNumber);
    QSqlQuery query;
    if (maxFailures <= 0 && !poles.isNull() && !coding.isNull()) {
        // Nothing may fail: a candidate has the part's coding, pole number
        // and (when known) family, or leaves them unknown. A few lookups in
        // part_mating_key_idx instead of reading every connector.
        QStringList lookups;
        QVariantList values{q.itemNumber};
        using Term = std::pair<QString, QVariant>;
        const QList<Term> codingTerms{{QStringLiteral("c.coding_key = ?"), coding},
                                      {QStringLiteral("c.coding_key IS NULL"), {}}};
        const QList<Term> polesTerms{{QStringLiteral("c.poles = ?"), poles},
                                     {QStringLiteral("c.poles IS NULL"), {}}};
        const QList<Term> familyTerms = family.isNull()
            ? QList<Term>{{QString(), {}}}
            : QList<Term>{{QStringLiteral("c.family_key = ?"), family},
                          {QStringLiteral("c.family_key IS NULL"), {}}};
        for (const auto &[codingTerm, codingValue] : codingTerms) {
            for (const auto &[polesTerm, polesValue] : polesTerms) {
                for (const auto &[familyTerm, familyValue] : familyTerms) {
                    lookups << QStringLiteral("SELECT c.id FROM part c WHERE %1 AND %2%3 AND c.kind IN "
                                              "(SELECT code FROM part_kind WHERE is_connector = 1)")
                                   .arg(codingTerm, polesTerm,
                                        familyTerm.isEmpty() ? QString() : QStringLiteral(" AND ") + familyTerm);
                    for (const QVariant &value : {codingValue, polesValue, familyValue}) {
                        if (!value.isNull())
                            values << value;
                    }
                }
            }
        }
        values << family << family << pitch << pitch << gender << gender << q.itemNumber << q.itemNumber;
        query = m_database.run(
            QStringLiteral("SELECT p.item_number FROM part p JOIN part_kind k ON k.code = p.kind "
                           "WHERE k.is_connector = 1 AND p.item_number <> ? AND ("
                           "  (p.id IN (%1) AND %2 = 0) OR %3) "
                           "ORDER BY p.item_number")
                .arg(lookups.join(QStringLiteral(" UNION ALL ")), systemAndGender, listed),
            values, operation);
    } else {
        query = m_database.run(
            QStringLiteral(
                "SELECT p.item_number FROM part p JOIN part_kind k ON k.code = p.kind "
                "WHERE k.is_connector = 1 AND p.item_number <> ? AND ("
                "  %1"
                "  + (CASE WHEN CAST(? AS integer) IS NOT NULL AND p.poles IS NOT NULL AND p.poles <> ? THEN 1 ELSE 0 END)"
                "  + (CASE WHEN CAST(? AS text) IS NOT NULL AND p.coding_key IS NOT NULL AND p.coding_key <> ? THEN 1 ELSE 0 END)"
                "  <= ? OR %2) "
                "ORDER BY p.item_number")
                .arg(systemAndGender, listed),
            {q.itemNumber, family, family, pitch, pitch, gender, gender, poles, poles, coding, coding,
             maxFailures, q.itemNumber, q.itemNumber},
            operation);
    }
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
    // Compared by their mating keys, as MatingRules::sameFamily compares.
    QVariantList keys;
    for (const QString &family : families) {
        const QVariant key = MatingKeyColumns::familyValue(family);
        if (!key.isNull() && !keys.contains(key))
            keys << key;
    }
    if (!keys.isEmpty()) {
        alternatives << QStringLiteral("family_key IN (%1)").arg(placeholders(keys.size()));
        values << keys;
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
                                  query.value(2).toString(), PartRows::optionalText(query.value(3)),
                                  PartRows::optionalText(query.value(4)), PartRows::optionalInt(query.value(5)),
                                  PartRows::optionalText(query.value(6)), PartRows::optionalText(query.value(7)),
                                  PartRows::optionalReal(query.value(8))});
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

qint64 PartRepository::save(const PartRecord &record, const QString &origin, qint64 sourceId, bool isNew)
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
        const QVariant value = PartFields::normalized(field, record.value(field.id), &error);
        if (!error.isEmpty())
            throw DatabaseError(DatabaseError::Kind::Catalog, operation, error);
        values << value;
    }
    columns << MatingKeyColumns::names();
    values << MatingKeyColumns::values(record.family(), record.coding());
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

    for (const char *table : {"rating", "conductor_range", "approval", "classification", "note",
                              "part_derived_value", "part_feature", "part_document",
                              "part_description", "part_reference"}) {
        if (isNew)
            break;
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
    // The values in the part's columns that are derived, with where they
    // come from; every other value is stated.
    for (const PartField field : record.derivedFields()) {
        const Provenance provenance = *record.provenance(field);
        const QVariant derivedSource = m_database.scalar(
            QStringLiteral("SELECT id FROM source WHERE reference = ?"), {provenance.sourceReference},
            operation);
        if (derivedSource.isNull()) {
            throw DatabaseError(DatabaseError::Kind::Catalog, operation,
                                QStringLiteral("the source %1 of its derived %2 is not in the catalog")
                                    .arg(provenance.sourceReference, PartFields::key(field)));
        }
        m_database.run(QStringLiteral("INSERT INTO part_derived_value (part_id, field, basis, "
                                      "listing_item, source_id) VALUES (?, ?, ?, ?, ?)"),
                       {id, PartFields::key(field), provenance.basis, toVariant(provenance.listingItem),
                        derivedSource},
                       operation);
    }
    // What a catalog feed states as it states it: a feed product has a few
    // dozen features, written a few rows per statement.
    QList<QVariantList> rows;
    position = 0;
    for (const FeatureRecord &f : record.features) {
        rows.append({id, position++, toVariant(f.system), toVariant(f.group), f.name,
                     PartRows::valuesText(f.values), toVariant(f.unit), toVariant(f.details)});
    }
    insertRows(QStringLiteral("part_feature"),
               {QStringLiteral("part_id"), QStringLiteral("position"), QStringLiteral("system"),
                QStringLiteral("group_code"), QStringLiteral("name"), QStringLiteral("feature_values"),
                QStringLiteral("unit"), QStringLiteral("details")},
               rows, operation);
    rows.clear();
    position = 0;
    for (const DocumentRecord &d : record.documents)
        rows.append({id, position++, d.purpose, d.location, toVariant(d.title), toVariant(d.mimeType)});
    insertRows(QStringLiteral("part_document"),
               {QStringLiteral("part_id"), QStringLiteral("position"), QStringLiteral("purpose"),
                QStringLiteral("location"), QStringLiteral("title"), QStringLiteral("mime_type")},
               rows, operation);
    rows.clear();
    for (const DescriptionRecord &d : record.descriptions)
        rows.append({id, d.language, toVariant(d.shortText), toVariant(d.longText)});
    insertRows(QStringLiteral("part_description"),
               {QStringLiteral("part_id"), QStringLiteral("language"), QStringLiteral("short_text"),
                QStringLiteral("long_text")},
               rows, operation);
    rows.clear();
    position = 0;
    for (const ReferenceRecord &r : record.references)
        rows.append({id, position++, r.type, r.itemNumber, toVariant(r.quantity)});
    insertRows(QStringLiteral("part_reference"),
               {QStringLiteral("part_id"), QStringLiteral("position"), QStringLiteral("reference_type"),
                QStringLiteral("item_number"), QStringLiteral("quantity")},
               rows, operation);
    return id;
}

void PartRepository::insertRows(const QString &table, const QStringList &columns,
                                const QList<QVariantList> &rows, const QString &operation)
{
    // At most this many rows per statement, so that few statements are
    // prepared and kept per table.
    constexpr qsizetype rowsPerStatement = 16;
    const QString tuple = QLatin1Char('(') + placeholders(columns.size()) + QLatin1Char(')');
    for (qsizetype start = 0; start < rows.size(); start += rowsPerStatement) {
        const qsizetype end = std::min(rows.size(), start + rowsPerStatement);
        QStringList tuples;
        QVariantList values;
        for (qsizetype i = start; i < end; ++i) {
            tuples << tuple;
            values << rows.at(i);
        }
        m_database.run(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                           .arg(table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", "))),
                       values, operation);
    }
}

QList<PartRepository::Links> PartRepository::linksOf(const QStringList &itemNumbers) const
{
    QList<Links> result;
    QHash<qint64, qsizetype> byId;
    QList<qint64> ids;
    forEachChunk(itemNumbers, [&](const QVariantList &chunk) {
        QSqlQuery query = m_database.run(
            QStringLiteral("SELECT p.id, p.item_number, p.origin, (SELECT n.item_number FROM supersession x "
                           "JOIN part n ON n.id = x.successor_id WHERE x.old_item_number = p.item_number), "
                           "p.description FROM part p WHERE p.item_number IN (%1)")
                .arg(placeholders(chunk.size())),
            chunk, QStringLiteral("Reading the references of %1 parts").arg(chunk.size()));
        while (query.next()) {
            Links links;
            links.id = query.value(0).toLongLong();
            links.itemNumber = query.value(1).toString();
            links.origin = query.value(2).toString();
            links.successorItem = PartRows::optionalText(query.value(3));
            links.description = query.value(4).toString();
            byId.insert(links.id, result.size());
            ids << links.id;
            result << links;
        }
    });
    forEachIdChunk(ids, [&](const QString &in, qsizetype count) {
        const QString operation = QStringLiteral("Reading the references of %1 parts").arg(count);
        QSqlQuery references = m_database.run(
            PartRows::referenceSelect().arg(QStringLiteral("part_id IN (%1)").arg(in), QStringLiteral("part_id, ")), {},
            operation);
        while (references.next())
            result[byId.value(references.value(0).toLongLong())].references << PartRows::referenceFrom(references, 1);
        QSqlQuery relations = m_database.run(
            QStringLiteral("SELECT r.part_id, p.item_number, r.relation, r.accessory_group, r.required, p.description, "
                           "p.kind, s.reference, r.position, r.quantity FROM part_relation r "
                           "JOIN part p ON p.id = r.related_id JOIN source s ON s.id = r.source_id "
                           "WHERE r.part_id IN (%1) ORDER BY r.part_id, r.position")
                .arg(in),
            {}, operation);
        while (relations.next())
            result[byId.value(relations.value(0).toLongLong())].relations << PartRows::relationFrom(relations, 1);
    });
    return result;
}

QSet<QString> PartRepository::existingItems(const QStringList &itemNumbers) const
{
    QSet<QString> found;
    forEachChunk(itemNumbers, [&](const QVariantList &chunk) {
        QSqlQuery query = m_database.run(QStringLiteral("SELECT item_number FROM part WHERE item_number IN (%1)")
                                             .arg(placeholders(chunk.size())),
                                         chunk, QStringLiteral("Looking up %1 parts").arg(chunk.size()));
        while (query.next())
            found.insert(query.value(0).toString());
    });
    return found;
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
                                      "accessory_group, required, source_id, position, quantity) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (part_id, related_id, relation) DO UPDATE SET "
                                      "accessory_group = excluded.accessory_group, "
                                      "required = excluded.required, source_id = excluded.source_id, "
                                      "position = excluded.position, quantity = excluded.quantity"),
                       {partId, *relatedId, relation.relation, toVariant(relation.group),
                        toVariant(relation.required), sourceId, position++, toVariant(relation.quantity)},
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
