#include "db/PartSnapshot.h"

#include "db/Database.h"
#include "db/SqlDialect.h"

#include <QSet>
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

PartSnapshot::Rows PartSnapshot::selectChunked(const Database &database, const QString &table,
                                               const QString &where, const QStringList &items,
                                               int uses)
{
    // Item numbers are bound a few hundred at a time: the cost of binding
    // grows with the square of the placeholders of one statement.
    constexpr qsizetype chunk = 200;
    Rows rows;
    rows.table = table;
    for (qsizetype start = 0; start < items.size() || start == 0; start += chunk) {
        const QStringList part = items.mid(start, chunk);
        QVariantList arguments;
        for (int i = 0; i < uses; ++i)
            arguments << toVariants(part);
        Rows some = select(database, table, where.arg(placeholders(part.size())), arguments);
        rows.columns = some.columns;
        rows.values << some.values;
        if (items.isEmpty())
            break;
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
    const QString ids = QStringLiteral("(SELECT id FROM part WHERE item_number IN (%1))");
    snapshot.m_rows << selectChunked(database, QStringLiteral("part"), QStringLiteral("item_number IN (%1)"),
                                     itemNumbers, 1);
    for (const char *table : {"rating", "conductor_range", "approval", "classification", "note",
                              "part_derived_value", "part_feature", "part_document", "part_description",
                              "part_reference"}) {
        snapshot.m_rows << selectChunked(database, QLatin1String(table),
                                         QStringLiteral("part_id IN ") + ids, itemNumbers, 1);
    }
    // A relation between two of the parts is read from both ends: kept once.
    Rows relations = selectChunked(database, QStringLiteral("part_relation"),
                                   QStringLiteral("part_id IN %1 OR related_id IN %1").arg(ids),
                                   itemNumbers, 2);
    QSet<QString> seen;
    QList<QVariantList> unique;
    for (const QVariantList &values : std::as_const(relations.values)) {
        const QString key = values.value(0).toString() + QLatin1Char('|') + values.value(1).toString()
            + QLatin1Char('|') + values.value(2).toString();
        if (!seen.contains(key)) {
            seen.insert(key);
            unique << values;
        }
    }
    relations.values = unique;
    snapshot.m_rows << relations;
    // Supersessions that lead to the parts, and those that name them as
    // superseded (a feed's follow-up).
    Rows supersessions = selectChunked(database, QStringLiteral("supersession"),
                                       QStringLiteral("successor_id IN ") + ids
                                           + QStringLiteral(" OR old_item_number IN (%1)"),
                                       itemNumbers, 2);
    seen.clear();
    unique.clear();
    for (const QVariantList &values : std::as_const(supersessions.values)) {
        const QString key = values.value(0).toString();
        if (!seen.contains(key)) {
            seen.insert(key);
            unique << values;
        }
    }
    supersessions.values = unique;
    snapshot.m_rows << supersessions;
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

QHash<QString, QList<QVariantList>> PartSnapshot::rowsByPart(const Rows &rows)
{
    // As rowsOf(), for every part at once: a snapshot of thousands of parts
    // is compared in one pass over its rows.
    const QStringList keys = rows.table == QLatin1String("part")
        ? QStringList{QStringLiteral("id")}
        : QStringList{QStringLiteral("part_id"), QStringLiteral("related_id"),
                      QStringLiteral("successor_id")};
    QList<qsizetype> columns;
    for (const QString &key : keys) {
        const qsizetype column = rows.columns.indexOf(key);
        if (column >= 0)
            columns << column;
    }
    QHash<QString, QList<QVariantList>> result;
    for (const QVariantList &values : rows.values) {
        QVariantList asText;
        asText.reserve(values.size());
        for (const QVariant &value : values)
            asText << (value.isNull() ? QVariant() : QVariant(value.toString()));
        QSet<QString> owners;
        for (const qsizetype column : std::as_const(columns)) {
            const QString owner = values.value(column).toString();
            if (!owner.isEmpty() && !owners.contains(owner)) {
                owners.insert(owner);
                result[owner] << asText;
            }
        }
    }
    for (QList<QVariantList> &list : result) {
        std::sort(list.begin(), list.end(), [](const QVariantList &a, const QVariantList &b) {
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
                if (a.at(i).toString() != b.at(i).toString())
                    return a.at(i).toString() < b.at(i).toString();
            }
            return a.size() < b.size();
        });
    }
    return result;
}

QHash<QString, QString> PartSnapshot::idsByItem() const
{
    QHash<QString, QString> ids;
    if (m_rows.isEmpty())
        return ids;
    const Rows &parts = m_rows.first();
    const qsizetype idColumn = parts.columns.indexOf(QStringLiteral("id"));
    const qsizetype itemColumn = parts.columns.indexOf(QStringLiteral("item_number"));
    for (const QVariantList &values : parts.values)
        ids.insert(values.value(itemColumn).toString(), values.value(idColumn).toString());
    return ids;
}

QStringList PartSnapshot::changedIn(const PartSnapshot &later) const
{
    QStringList changed;
    const QHash<QString, QString> before = idsByItem();
    const QHash<QString, QString> after = later.idsByItem();
    QList<QHash<QString, QList<QVariantList>>> rowsBefore;
    QList<QHash<QString, QList<QVariantList>>> rowsAfter;
    for (qsizetype i = 0; i < m_rows.size() && i < later.m_rows.size(); ++i) {
        rowsBefore << rowsByPart(m_rows.at(i));
        rowsAfter << rowsByPart(later.m_rows.at(i));
    }
    for (const QString &item : m_itemNumbers) {
        const auto idBefore = before.constFind(item);
        const auto idAfter = after.constFind(item);
        const bool existedBefore = idBefore != before.cend();
        bool same = existedBefore == (idAfter != after.cend());
        for (qsizetype i = 0; same && existedBefore && i < rowsBefore.size(); ++i)
            same = rowsBefore.at(i).value(*idBefore) == rowsAfter.at(i).value(*idAfter);
        if (!same)
            changed << item;
    }
    if (changed.isEmpty() && rowsOf(m_sources, {}) != rowsOf(later.m_sources, {}))
        changed = m_itemNumbers;
    return changed;
}

void PartSnapshot::add(const PartSnapshot &other)
{
    const auto asKey = [](const QVariantList &values) {
        QString key;
        for (const QVariant &value : values)
            key += (value.isNull() ? QStringLiteral("\x01") : value.toString()) + QLatin1Char('\x1f');
        return key;
    };
    const auto merge = [&](Rows &into, const Rows &from) {
        if (into.columns.isEmpty()) {
            into = from;
            return;
        }
        QSet<QString> seen;
        for (const QVariantList &values : std::as_const(into.values))
            seen.insert(asKey(values));
        for (const QVariantList &values : from.values) {
            if (!seen.contains(asKey(values)))
                into.values << values;
        }
    };
    QSet<QString> items(m_itemNumbers.cbegin(), m_itemNumbers.cend());
    for (const QString &item : other.m_itemNumbers) {
        if (!items.contains(item)) {
            items.insert(item);
            m_itemNumbers << item;
        }
    }
    for (const QString &reference : other.m_sourceReferences) {
        if (!m_sourceReferences.contains(reference))
            m_sourceReferences << reference;
    }
    merge(m_sources, other.m_sources);
    if (m_rows.isEmpty()) {
        m_rows = other.m_rows;
        return;
    }
    for (qsizetype i = 0; i < m_rows.size() && i < other.m_rows.size(); ++i)
        merge(m_rows[i], other.m_rows.at(i));
}

void PartSnapshot::restore(Database &database) const
{
    const QString operation = QStringLiteral("Restoring parts as they were");
    constexpr qsizetype chunk = 200;
    for (qsizetype start = 0; start < m_itemNumbers.size(); start += chunk) {
        const QStringList items = m_itemNumbers.mid(start, chunk);
        // Child rows, relations and supersessions go with their parts; so do
        // the supersessions that name them as superseded.
        database.run(QStringLiteral("DELETE FROM supersession WHERE old_item_number IN (%1)")
                         .arg(placeholders(items.size())),
                     toVariants(items), operation);
        database.run(QStringLiteral("DELETE FROM part WHERE item_number IN (%1)")
                         .arg(placeholders(items.size())),
                     toVariants(items), operation);
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
