#include "db/PartSnapshot.h"

#include "db/Database.h"
#include "db/SqlDialect.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace cc {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList toVariants(const QStringList &texts)
{
    QVariantList values;
    for (const QString &text : texts)
        values << text;
    return values;
}

} // namespace

PartSnapshot::Rows PartSnapshot::select(const Database &database, const QString &table,
                                        const QString &where, const QVariantList &arguments)
{
    Rows rows;
    rows.table = table;
    QSqlQuery query = database.run(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where),
                                   arguments,
                                   QStringLiteral("Taking a snapshot of the table %1").arg(table));
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns << record.fieldName(i);
    while (query.next()) {
        QVariantList values;
        for (int i = 0; i < record.count(); ++i)
            values << query.value(i);
        rows.values << values;
    }
    return rows;
}

void PartSnapshot::insert(Database &database, const Rows &rows)
{
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(rows.table, rows.columns.join(QStringLiteral(", ")),
                                 placeholders(rows.columns.size()));
    for (const QVariantList &values : rows.values)
        database.run(sql, values, QStringLiteral("Restoring the table %1").arg(rows.table));
}

PartSnapshot PartSnapshot::take(const Database &database, const QStringList &itemNumbers,
                                const QStringList &sourceReferences)
{
    PartSnapshot snapshot;
    snapshot.m_itemNumbers = itemNumbers;
    snapshot.m_sourceReferences = sourceReferences;
    if (!sourceReferences.isEmpty()) {
        snapshot.m_sources = select(database, QStringLiteral("source"),
                                    QStringLiteral("reference IN (%1)")
                                        .arg(placeholders(sourceReferences.size())),
                                    toVariants(sourceReferences));
    }
    if (itemNumbers.isEmpty())
        return snapshot;
    const QVariantList items = toVariants(itemNumbers);
    const QString ids = QStringLiteral("(SELECT id FROM part WHERE item_number IN (%1))")
                            .arg(placeholders(items.size()));
    snapshot.m_rows << select(database, QStringLiteral("part"),
                              QStringLiteral("item_number IN (%1)").arg(placeholders(items.size())),
                              items);
    for (const char *table : {"rating", "conductor_range", "approval", "classification", "note",
                              "part_derived_value"}) {
        snapshot.m_rows << select(database, QLatin1String(table),
                                  QStringLiteral("part_id IN %1").arg(ids), items);
    }
    snapshot.m_rows << select(database, QStringLiteral("part_relation"),
                              QStringLiteral("part_id IN %1 OR related_id IN %1").arg(ids),
                              items + items);
    snapshot.m_rows << select(database, QStringLiteral("supersession"),
                              QStringLiteral("successor_id IN %1").arg(ids), items);
    return snapshot;
}

PartSnapshot PartSnapshot::retake(const Database &database) const
{
    return take(database, m_itemNumbers, m_sourceReferences);
}

void PartSnapshot::lockParts(Database &database)
{
    const QString lock = database.dialect().lockTable(QStringLiteral("part"));
    if (!lock.isEmpty())
        database.run(lock, QStringLiteral("Waiting for other users' changes to the parts"));
}

QVariant PartSnapshot::idOf(const QString &itemNumber) const
{
    if (m_rows.isEmpty())
        return {};
    const Rows &parts = m_rows.first();
    const qsizetype idColumn = parts.columns.indexOf(QStringLiteral("id"));
    const qsizetype itemColumn = parts.columns.indexOf(QStringLiteral("item_number"));
    for (const QVariantList &values : parts.values) {
        if (values.value(itemColumn).toString() == itemNumber)
            return values.value(idColumn);
    }
    return {};
}

QList<QVariantList> PartSnapshot::rowsOf(const Rows &rows, const QVariant &partId)
{
    // Rows are compared as text: the same value may come back as an int
    // or a long long.
    // A null id: every row (the sources).
    const QStringList keys = rows.table == QLatin1String("part")
        ? QStringList{QStringLiteral("id")}
        : QStringList{QStringLiteral("part_id"), QStringLiteral("related_id"),
                      QStringLiteral("successor_id")};
    QList<QVariantList> result;
    for (const QVariantList &values : rows.values) {
        bool belongs = partId.isNull();
        for (const QString &key : keys) {
            const qsizetype column = rows.columns.indexOf(key);
            if (column >= 0 && values.value(column).toString() == partId.toString())
                belongs = true;
        }
        if (!belongs)
            continue;
        QVariantList asText;
        for (const QVariant &value : values)
            asText << (value.isNull() ? QVariant() : QVariant(value.toString()));
        result << asText;
    }
    std::sort(result.begin(), result.end(), [](const QVariantList &a, const QVariantList &b) {
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a.at(i).toString() != b.at(i).toString())
                return a.at(i).toString() < b.at(i).toString();
        }
        return a.size() < b.size();
    });
    return result;
}

QStringList PartSnapshot::changedIn(const PartSnapshot &later) const
{
    QStringList changed;
    for (const QString &item : m_itemNumbers) {
        const QVariant before = idOf(item);
        const QVariant after = later.idOf(item);
        bool same = before.isNull() == after.isNull();
        for (qsizetype i = 0; same && i < m_rows.size() && i < later.m_rows.size(); ++i) {
            same = before.isNull()
                || rowsOf(m_rows.at(i), before) == rowsOf(later.m_rows.at(i), after);
        }
        if (!same)
            changed << item;
    }
    if (changed.isEmpty() && rowsOf(m_sources, {}) != rowsOf(later.m_sources, {}))
        changed = m_itemNumbers;
    return changed;
}

void PartSnapshot::restore(Database &database) const
{
    const QString operation = QStringLiteral("Restoring parts as they were");
    if (!m_itemNumbers.isEmpty()) {
        // Child rows, relations and supersessions go with their parts.
        database.run(QStringLiteral("DELETE FROM part WHERE item_number IN (%1)")
                         .arg(placeholders(m_itemNumbers.size())),
                     toVariants(m_itemNumbers), operation);
    }
    const int referenceColumn = static_cast<int>(m_sources.columns.indexOf(QStringLiteral("reference")));
    QStringList existed;
    for (const QVariantList &values : m_sources.values) {
        QStringList assignments;
        for (const QString &column : m_sources.columns)
            assignments << QStringLiteral("%1 = ?").arg(column);
        const QString reference = values.value(referenceColumn).toString();
        existed << reference;
        database.run(QStringLiteral("UPDATE source SET %1 WHERE reference = ?")
                         .arg(assignments.join(QStringLiteral(", "))),
                     values + QVariantList{reference}, operation);
    }
    for (const Rows &rows : m_rows)
        insert(database, rows);
    for (const QString &reference : m_sourceReferences) {
        if (existed.contains(reference))
            continue;
        database.run(QStringLiteral("DELETE FROM source WHERE reference = ? AND NOT EXISTS "
                                    "(SELECT 1 FROM part WHERE source_id = source.id) AND NOT EXISTS "
                                    "(SELECT 1 FROM part_relation WHERE source_id = source.id) "
                                    "AND NOT EXISTS (SELECT 1 FROM supersession "
                                    "WHERE source_id = source.id) AND NOT EXISTS "
                                    "(SELECT 1 FROM part_derived_value WHERE source_id = source.id)"),
                     {reference}, operation);
    }
}

} // namespace cc
