#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// Everything that differs between SQL back ends lives behind this interface,
// so that the rest of db/ speaks portable SQL: SqliteDialect for the embedded
// database, PostgresDialect for a shared server.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Resource folder holding this back end's numbered migration scripts.
    virtual QString migrationDirectory() const = 0;
    // A cheap query that makes the driver read the database (SQLite: look
    // at the file's pages, so that a damaged file is noticed at once).
    virtual QString probeQuery() const = 0;
    // Statements run on every new connection (foreign keys, ...); they
    // must not write to the file.
    virtual QStringList connectionSetup() const = 0;
    // Statements run on a connection for background reading (see
    // Database::Options::background).
    virtual QStringList backgroundSetup() const = 0;
    // Statements run once a writable database is known to be of this
    // program's version (journal mode, ...).
    virtual QStringList writerSetup() const = 0;
    // A query whose first column is true when this connection may not write
    // the catalog; empty where the file's permissions tell (SQLite).
    virtual QString readOnlyQuery() const = 0;
    virtual QString schemaVersionQuery() const = 0;
    virtual QString setSchemaVersionStatement(int version) const = 0;
    // A statement whose first column is "ok" when the database is intact.
    virtual QString integrityCheckQuery() const = 0;
    // The ids of parts whose text matches the full-text query bound as the
    // single placeholder (a subquery).
    virtual QString fullTextIds() const = 0;
    // Turns free text typed by a user into a safe full-text query: every word
    // a quoted prefix term (all must match), so that no character has a
    // syntactic meaning.
    virtual QString fullTextQuery(const QStringList &words) const = 0;
    // `idColumn IN (...)` written so that the planner walks the table in the
    // requested order instead of sorting a large match (SQLite: a unary +
    // keeps it from using the id as the driving index).
    virtual QString orderedMembership(const QString &idColumn) const = 0;
    // A condition true when the part `idColumn` matches the full-text query
    // bound as its single placeholder, tested for that one row, so that a
    // walk over the parts in order can stop after a page instead of
    // collecting every match first.
    virtual QString fullTextMatchOf(const QString &idColumn) const = 0;
    // What testing one row with fullTextMatchOf() costs for these words, in
    // matches collected for fullTextIds() at the same cost (measured); 0
    // when walking should never be chosen.
    virtual int rowMatchCost(const QStringList &words) const = 0;
    // Statements that compact the search index after many parts were
    // written at once (SQLite: merge FTS5's segments into one, which makes
    // each lookup several times faster); empty where the server does it.
    virtual QStringList optimizeSearchIndex() const = 0;
    // Statements to run after rows were inserted with explicit ids into
    // `table` (PostgreSQL: move the identity sequence past them).
    virtual QStringList afterBulkInsert(const QString &table) const = 0;
    // The statement that opens a writing transaction; empty for the
    // driver's own (SQLite: IMMEDIATE, so that two writers queue up at the
    // start instead of failing halfway).
    virtual QString beginTransaction() const = 0;
    // A statement run first in a transaction so that concurrent writers of
    // `table` wait for each other (empty where the transaction does it).
    virtual QString lockTable(const QString &table) const = 0;
    // Run first in each migration step, so that two programs upgrading one
    // database take turns (empty where the transaction does it).
    virtual QString migrationLock() const = 0;
    // For a migration step that builds anew a table other tables refer to
    // (SQLite cannot change a constraint in place): the statements run
    // before its transaction and after it ends, and a query run before its
    // commit that returns a row (table, table referred to) for each broken
    // reference. Empty where the
    // back end changes constraints in place (PostgreSQL).
    virtual QString foreignKeysOff() const = 0;
    virtual QString foreignKeysOn() const = 0;
    virtual QString foreignKeyCheck() const = 0;
};

} // namespace cc
