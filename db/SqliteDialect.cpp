#include "db/SqliteDialect.h"

#include "db/SearchWords.h"

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

QStringList SqliteDialect::backgroundSetup() const
{
    // Pages are read into the connection's small cache instead (and the
    // system's file cache, which is not the program's memory).
    return {QStringLiteral("PRAGMA mmap_size = 0")};
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

QString SqliteDialect::fullTextMatchOf(const QString &idColumn) const
{
    // FTS5 takes the rowid constraint with the MATCH and seeks each term's
    // list to that one row.
    return QStringLiteral("EXISTS (SELECT 1 FROM part_words WHERE part_words MATCH ? AND rowid = %1)").arg(idColumn);
}

int SqliteDialect::rowMatchCost(const QStringList &words) const
{
    // Measured at 100,000 parts. One term: a row lookup costs about 14 µs
    // (3 µs once the index is merged into one segment), collecting a match
    // about 0.09 µs, its ephemeral index included. Two terms (a phrase such
    // as "SYN-0", or two words): 30-50 µs against 0.12-0.22 µs.
    constexpr int firstTerm = 50;
    constexpr int furtherTerm = 25;
    // A prefix term longer than the longest prefix index (10 characters,
    // see migration 0006) is not found in an index: FTS5 merges the lists
    // of every term starting so, on each lookup again (milliseconds per row).
    constexpr int longestIndexedPrefix = 10;
    int terms = 0;
    for (const QString &word : words) {
        const QStringList tokens = SearchWords::tokens(word);
        if (tokens.isEmpty())
            continue;
        if (tokens.last().size() > longestIndexedPrefix)
            return 0;
        terms += static_cast<int>(tokens.size());
    }
    return terms == 0 ? 0 : firstTerm + (terms - 1) * furtherTerm;
}


QStringList SqliteDialect::optimizeSearchIndex() const
{
    return {QStringLiteral("INSERT INTO part_words (part_words) VALUES ('optimize')")};
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

QString SqliteDialect::foreignKeysOff() const
{
    return QStringLiteral("PRAGMA foreign_keys = OFF");
}

QString SqliteDialect::foreignKeysOn() const
{
    return QStringLiteral("PRAGMA foreign_keys = ON");
}

QString SqliteDialect::foreignKeyCheck() const
{
    return QStringLiteral("SELECT \"table\", parent FROM pragma_foreign_key_check");
}

} // namespace cc
