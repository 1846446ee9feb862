#pragma once

#include "db/DatabaseLocation.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <unordered_map>

namespace cc {

class SqlDialect;
class Transaction;

// Owns the one connection to a parts database: an SQLite file, or a
// PostgreSQL server named by a postgresql:// URL (see DatabaseLocation). It
// is the only class that touches QSqlDatabase: every query is prepared here,
// and every failure is turned into a DatabaseError that names the operation
// and the driver's text, with credentials blanked out.
//
// open() checks an SQLite file before handing it to the driver (missing
// directory, not a database, read-only), switches on foreign keys and WAL,
// and migrates the schema to the version this program knows. It never writes
// to a file it refuses. A server connection is read-only when the role may
// not write the parts or the server is a standby.
class Database
{
public:
    struct Options
    {
        bool migrate = true; // bring an older schema up to date
        // A connection that reads whole tables in the background (facet
        // counts): it does not map the file into memory, so that what it
        // reads does not stay resident in the program.
        bool background = false;
    };

    // `location`: a file path or a postgresql:// URL.
    static std::unique_ptr<Database> open(const QString &location, Options options);
    static std::unique_ptr<Database> open(const QString &location) { return open(location, Options{}); }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file path, or the server URL without credentials: for messages
    // and window titles.
    QString path() const { return m_location.displayName(); }
    const DatabaseLocation &location() const { return m_location; }
    // A second connection to the same database, e.g. for a worker thread
    // (a connection belongs to the thread that opened it). Not migrated.
    std::unique_ptr<Database> reopen(bool background = false) const;
    bool isReadOnly() const { return m_readOnly; }
    const SqlDialect &dialect() const { return *m_dialect; }
    int schemaVersion() const;

    // Prepares `sql`, binds `values` in order, executes. `operation` says in
    // words what the statement is for; it heads the error message. A query
    // that returns rows is returned to be read; for other statements the
    // returned query is empty (their prepared statement is kept for reuse).
    QSqlQuery run(const QString &sql, const QVariantList &values, const QString &operation) const;
    QSqlQuery run(const QString &sql, const QString &operation) const { return run(sql, {}, operation); }
    // The first column of the first row, or a null QVariant without rows.
    QVariant scalar(const QString &sql, const QVariantList &values, const QString &operation) const;
    // Runs a script of several statements (see SqlScript).
    void runScript(const QString &script, const QString &operation) const;

    // A scoped transaction: rolled back unless committed.
    Transaction transaction(const QString &operation);

private:
    friend class Transaction;
    explicit Database(const DatabaseLocation &location);
    void connect();
    void connectToServer();
    void checkWritable();
    void beginTransaction(const QString &operation);
    void commitTransaction(const QString &operation);
    void rollbackTransaction();
    [[noreturn]] void fail(const QString &operation, const QString &detail) const;
    QSqlQuery &prepared(const QString &sql, const QString &operation) const;
    void execute(QSqlQuery &query, const QVariantList &values, const QString &operation) const;
    static bool returnsRows(const QString &sql);
    static bool isPreparable(const QString &sql);
    void reconnectIfLost(const QString &operation) const;
    template<typename Read>
    auto retryingRead(const QString &operation, Read read) const -> decltype(read());

    DatabaseLocation m_location;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    mutable bool m_connectionLost = false;
    std::unique_ptr<SqlDialect> m_dialect;
    // Prepared statements by their SQL (see run()).
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace cc
