#include "SqliteDialect.h"


namespace cc {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::migrationDirectory() const
{
    return QStringLiteral(":/db/migrations/sqlite");
}

QString SqliteDialect::probeQuery() const
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QStringList SqliteDialect::connectionSetup() const
{
    // Reading: map the file (up to 256 MiB) instead of copying every page
    // through read(); a broad search or a batch of records touches
    // thousands of pages.
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA mmap_size = 268435456")};
}

QStringList SqliteDialect::writerSetup() const
{
    return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
}

QString SqliteDialect::readOnlyQuery() const
{
    return {};
}

QString SqliteDialect::schemaVersionQuery() const
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqliteDialect::setSchemaVersionStatement(int version) const
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqliteDialect::integrityCheckQuery() const
{
    return QStringLiteral("PRAGMA quick_check(1)");
}

QString SqliteDialect::fullTextIds() const
{
    return QStringLiteral("SELECT rowid FROM part_words WHERE part_words MATCH ?");
}

QString SqliteDialect::fullTextQuery(const QStringList &words) const
{
    QStringList terms;
    for (QString word : words)
        terms << QLatin1Char('"') + word.remove(QLatin1Char('"')) + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString SqliteDialect::orderedMembership(const QString &idColumn) const
{
    return QLatin1Char('+') + idColumn;
}


QString SqliteDialect::lockForUpdate() const
{
    return {};
}

QStringList SqliteDialect::afterBulkInsert(const QString &) const
{
    return {};
}

QString SqliteDialect::beginTransaction() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::lockTable(const QString &) const
{
    // BEGIN IMMEDIATE already holds the file's write lock.
    return {};
}

QString SqliteDialect::migrationLock() const
{
    return {};
}

} // namespace cc
