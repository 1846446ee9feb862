#pragma once

#include <QHash>

#include <unordered_map>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace cc {

class SqlDialect;
class Transaction;

// Owns the one connection to a parts database. It is the only class that
// touches QSqlDatabase: every query is prepared here, and every failure is
// turned into a DatabaseError that names the operation and the driver's text.
//
// open() checks the file before handing it to the driver (missing directory,
// not a database, read-only), switches on foreign keys and WAL, and migrates
// the schema to the version this program knows. It never writes to a file it
// refuses.
class Database
{
public:
    struct Options
    {
        bool migrate = true; // bring an older schema up to date
    };

    static std::unique_ptr<Database> open(const QString &path, Options options);
    static std::unique_ptr<Database> open(const QString &path) { return open(path, Options{}); }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    // A second connection to the same database, e.g. for a worker thread
    // (a connection belongs to the thread that opened it). Not migrated.
    std::unique_ptr<Database> reopen() const;
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
    Database(const QString &path, bool readOnly);
    void connect();
    void beginTransaction(const QString &operation);
    void commitTransaction(const QString &operation);
    void rollbackTransaction();
    [[noreturn]] void fail(const QString &operation, const QString &detail) const;
    QSqlQuery &prepared(const QString &sql, const QString &operation) const;
    void execute(QSqlQuery &query, const QVariantList &values, const QString &operation) const;
    static bool returnsRows(const QString &sql);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    std::unique_ptr<SqlDialect> m_dialect;
    // Prepared statements by their SQL (see run()).
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace cc
