#include "db/CatalogCopier.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/MatingKeyColumns.h"
#include "db/PartSearch.h"
#include "db/SqlDialect.h"
#include "db/Transaction.h"

#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace cc {

namespace {

// At most this many rows go into one INSERT, and at most this many values
// (both back ends accept far more; round trips are what costs).
constexpr int rowsPerInsert = 200;
constexpr int valuesPerInsert = 30000;

// Ordered by their key, so that two copies list their rows alike.
QString orderOf(const QString &table)
{
    if (table == QLatin1String("part_kind"))
        return QStringLiteral("code");
    if (table == QLatin1String("classification"))
        return QStringLiteral("part_id, scheme, version");
    if (table == QLatin1String("part_relation"))
        return QStringLiteral("part_id, related_id, relation");
    if (table == QLatin1String("part_derived_value"))
        return QStringLiteral("part_id, field");
    if (table == QLatin1String("supersession"))
        return QStringLiteral("old_item_number");
    if (table == QLatin1String("meta"))
        return QStringLiteral("key");
    return QStringLiteral("id");
}

bool hasIdColumn(const QString &table)
{
    return orderOf(table) == QLatin1String("id");
}

QStringList columnsOf(const Database &database, const QString &table)
{
    QSqlQuery query = database.run(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table),
                                   QStringLiteral("Reading the columns of %1").arg(table));
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

void insertRows(Database &to, const QString &table, const QStringList &columns,
                const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return;
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString tuple = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList tuples;
    QVariantList values;
    for (const QVariantList &row : rows) {
        tuples << tuple;
        values << row;
    }
    to.run(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
               .arg(table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", "))),
           values, QStringLiteral("Copying the table %1").arg(table));
}

int copyTable(const Database &from, Database &to, const QString &table)
{
    const QStringList columns = columnsOf(from, table);
    const QStringList targetColumns = columnsOf(to, table);
    QStringList sortedColumns = columns;
    QStringList sortedTarget = targetColumns;
    sortedColumns.sort();
    sortedTarget.sort();
    if (sortedColumns != sortedTarget) {
        throw DatabaseError(DatabaseError::Kind::Catalog, QStringLiteral("Copying the table %1").arg(table),
                            QStringLiteral("the two databases have different columns (%1 / %2)")
                                .arg(columns.join(QStringLiteral(", ")), targetColumns.join(QStringLiteral(", "))));
    }
    const int batch = std::max(1, std::min(rowsPerInsert, valuesPerInsert / int(columns.size())));
    QSqlQuery rows = from.run(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                  .arg(columns.join(QStringLiteral(", ")), table, orderOf(table)),
                              QStringLiteral("Reading the table %1").arg(table));
    QList<QVariantList> pending;
    int copied = 0;
    while (rows.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row << rows.value(i);
        pending << row;
        if (pending.size() == batch) {
            insertRows(to, table, columns, pending);
            copied += int(pending.size());
            pending.clear();
        }
    }
    insertRows(to, table, columns, pending);
    copied += int(pending.size());
    if (hasIdColumn(table)) {
        for (const QString &statement : to.dialect().afterBulkInsert(table))
            to.run(statement, QStringLiteral("Copying the table %1").arg(table));
    }
    return copied;
}

} // namespace

const QStringList &CatalogCopier::tables()
{
    static const QStringList names{
        QStringLiteral("part_kind"),     QStringLiteral("source"),
        QStringLiteral("part"),          QStringLiteral("rating"),
        QStringLiteral("conductor_range"), QStringLiteral("approval"),
        QStringLiteral("classification"), QStringLiteral("part_relation"),
        QStringLiteral("note"),          QStringLiteral("part_derived_value"),
        QStringLiteral("part_feature"),  QStringLiteral("part_document"),
        QStringLiteral("part_description"), QStringLiteral("part_reference"),
        QStringLiteral("supersession"),
        QStringLiteral("coding_recommendation"), QStringLiteral("assembly_rule"),
        QStringLiteral("meta")};
    return names;
}

QList<std::pair<QString, int>> CatalogCopier::copy(const Database &from, Database &to,
                                                   const Options &options)
{
    const QString operation = QStringLiteral("Copying the catalog from %1 to %2").arg(from.path(), to.path());
    if (from.schemaVersion() != to.schemaVersion()) {
        throw DatabaseError(DatabaseError::Kind::Catalog, operation,
                            QStringLiteral("the databases have different schema versions (%1 and %2)")
                                .arg(from.schemaVersion())
                                .arg(to.schemaVersion()));
    }
    Transaction transaction = to.transaction(operation);
    const int existing = to.scalar(QStringLiteral("SELECT count(*) FROM part"), {}, operation).toInt();
    if (existing > 0 && !options.replace) {
        throw DatabaseError(DatabaseError::Kind::Catalog, operation,
                            QStringLiteral("%1 already holds %2 parts; copy into an empty database, "
                                           "or replace its catalog (--replace)")
                                .arg(to.path())
                                .arg(existing));
    }
    // Children first, so that no foreign key is left dangling on the way.
    for (auto it = tables().crbegin(); it != tables().crend(); ++it)
        to.run(QStringLiteral("DELETE FROM %1").arg(*it), operation);
    QList<std::pair<QString, int>> copied;
    for (const QString &table : tables()) {
        const int rows = copyTable(from, to, table);
        copied.append({table, rows});
        if (options.progress)
            options.progress(table, rows);
    }
    // The mating keys are this program's: the source's were computed by
    // whichever program wrote its parts. Only keys that differ are written.
    MatingKeyColumns::refresh(to);
    PartSearch::optimizeIndex(to);
    transaction.commit();
    return copied;
}

QStringList CatalogCopier::rowsAsText(const Database &database, const QString &table)
{
    const QStringList columns = columnsOf(database, table);
    QSqlQuery rows = database.run(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                      .arg(columns.join(QStringLiteral(", ")), table, orderOf(table)),
                                  QStringLiteral("Reading the table %1").arg(table));
    QStringList result;
    while (rows.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows.value(i);
            if (value.isNull()) {
                values << QStringLiteral("NULL");
            } else {
                switch (value.typeId()) {
                case QMetaType::Double:
                case QMetaType::Float:
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                    values << QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
                    break;
                default:
                    values << QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
                }
            }
        }
        result << columns.join(QLatin1Char(',')) + QLatin1Char('=') + values.join(QLatin1Char('|'));
    }
    return result;
}

} // namespace cc
