#include "db/PostgresDialect.h"

#include "db/SearchWords.h"

namespace cc {

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::migrationDirectory() const
{
    return QStringLiteral(":/db/migrations/postgresql");
}

QString PostgresDialect::probeQuery() const
{
    return QStringLiteral("SELECT 1");
}

QStringList PostgresDialect::connectionSetup() const
{
    // Notices (such as "extension already exists") are not errors.
    return {QStringLiteral("SET client_min_messages = warning")};
}

QStringList PostgresDialect::backgroundSetup() const
{
    return {};
}

QStringList PostgresDialect::writerSetup() const
{
    return {};
}

QString PostgresDialect::readOnlyQuery() const
{
    // A standby server, or a role that may read the parts but not write them.
    return QStringLiteral(
        "SELECT current_setting('transaction_read_only') = 'on' "
        "OR (to_regclass('part') IS NOT NULL "
        "AND NOT has_table_privilege(to_regclass('part'), 'INSERT, UPDATE, DELETE'))");
}

QString PostgresDialect::schemaVersionQuery() const
{
    // Read from the catalog tables by a plain query (not through
    // to_regclass/obj_description, whose caches may not yet see a table
    // another program has just created).
    return QStringLiteral(
        "SELECT coalesce((SELECT substring(d.description FROM 'schema version ([0-9]+)')::integer "
        "FROM pg_catalog.pg_description d JOIN pg_catalog.pg_class c ON c.oid = d.objoid "
        "WHERE d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0 "
        "AND c.relname = 'meta' AND c.relnamespace = current_schema()::regnamespace), 0)");
}

QString PostgresDialect::setSchemaVersionStatement(int version) const
{
    return QStringLiteral("COMMENT ON TABLE meta IS 'connector-configurator schema version %1'")
        .arg(version);
}

QString PostgresDialect::integrityCheckQuery() const
{
    // The server keeps its own files consistent; there is nothing to ask.
    return QStringLiteral("SELECT 'ok'");
}

QString PostgresDialect::fullTextIds() const
{
    // The query text is made of plain lowercase words; unaccent folds
    // diacritics the same way the index did.
    return QStringLiteral("SELECT part_id FROM part_words "
                          "WHERE words @@ to_tsquery('simple', unaccent(?))");
}

QString PostgresDialect::fullTextQuery(const QStringList &words) const
{
    // Each typed word becomes the phrase of its tokens, the last one a
    // prefix: "770-13" -> '770' <-> '13':*. Every word must match.
    QStringList terms;
    for (const QString &word : words) {
        QStringList phrase;
        for (const QString &token : SearchWords::tokens(word))
            phrase << QLatin1Char('\'') + token + QLatin1Char('\'');
        if (phrase.isEmpty())
            continue;
        phrase.last() += QStringLiteral(":*");
        terms << QLatin1Char('(') + phrase.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
    }
    return terms.join(QStringLiteral(" & "));
}

QString PostgresDialect::orderedMembership(const QString &idColumn) const
{
    return idColumn;
}

QString PostgresDialect::fullTextMatchOf(const QString &idColumn) const
{
    // The row's own tsvector, found through the primary key and tested.
    return QStringLiteral("EXISTS (SELECT 1 FROM part_words w WHERE w.part_id = %1 "
                          "AND w.words @@ to_tsquery('simple', unaccent(?)))")
        .arg(idColumn);
}

int PostgresDialect::rowMatchCost(const QStringList &) const
{
    // The planner chooses between a walk and a semi-join from its own
    // statistics, whichever form the condition takes; collecting keeps
    // the plans this program was measured with.
    return 0;
}

QStringList PostgresDialect::optimizeSearchIndex() const
{
    // autovacuum merges the GIN index's pending entries by itself.
    return {};
}

QStringList PostgresDialect::afterBulkInsert(const QString &table) const
{
    // Rows written with their ids leave the identity sequence behind.
    return {QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                           "coalesce(max(id), 0) + 1, false) FROM %1")
                .arg(table)};
}

QString PostgresDialect::beginTransaction() const
{
    return {};
}

QString PostgresDialect::lockTable(const QString &table) const
{
    // Conflicts with itself and with every write, not with reading.
    return QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table);
}

QString PostgresDialect::migrationLock() const
{
    // Held until the step's transaction ends.
    return QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('connector-configurator schema'))");
}

QString PostgresDialect::foreignKeysOff() const
{
    return {};
}

QString PostgresDialect::foreignKeysOn() const
{
    return {};
}

QString PostgresDialect::foreignKeyCheck() const
{
    return {};
}

} // namespace cc
