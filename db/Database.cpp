#include "Database.h"

#include "DatabaseError.h"
#include "Migrator.h"
#include "SqlScript.h"
#include "SqliteDialect.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace cc {

namespace {

using Kind = DatabaseError::Kind;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("cc-database-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksCorrupt(const QString &driverText)
{
    return driverText.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || driverText.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
        || driverText.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
}

// Checks the file before SQLite sees it, so that a refused file is never
// opened for writing. Returns whether it must be opened read-only.
bool checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.isDir()) {
            throw DatabaseError(Kind::MissingDirectory,
                                QStringLiteral("Cannot create the database %1").arg(path),
                                QStringLiteral("the folder %1 does not exist")
                                    .arg(info.absolutePath()));
        }
        if (!dir.isWritable()) {
            throw DatabaseError(Kind::ReadOnly,
                                QStringLiteral("Cannot create the database %1").arg(path),
                                QStringLiteral("the folder %1 is not writable")
                                    .arg(info.absolutePath()));
        }
        return false;
    }
    if (!info.isFile()) {
        throw DatabaseError(Kind::NotADatabase, QStringLiteral("Cannot open %1").arg(path),
                            QStringLiteral("it is not a file"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw DatabaseError(Kind::ReadOnly, QStringLiteral("Cannot open %1").arg(path),
                            file.errorString());
    }
    if (file.size() > 0) {
        static const QByteArray magic("SQLite format 3\0", 16);
        if (file.read(magic.size()) != magic) {
            throw DatabaseError(Kind::NotADatabase, QStringLiteral("Cannot open %1").arg(path),
                                QStringLiteral("the file is not an SQLite database"));
        }
    }
    // A file without write permission is opened read-only, also for root
    // (who could write it anyway): the owner meant it to stay as it is.
    return !info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner);
}

} // namespace

std::unique_ptr<Database> Database::open(const QString &path, Options options)
{
    const bool readOnly = checkFile(path);
    std::unique_ptr<Database> database(new Database(path, readOnly));
    database->connect();
    // The version check comes before anything that writes (such as the
    // journal mode), so that a refused file stays as it was.
    if (options.migrate)
        Migrator(*database).migrate();
    if (!readOnly) {
        for (const QString &statement : database->dialect().writerSetup())
            database->run(statement, QStringLiteral("Preparing the database %1").arg(path));
    }
    return database;
}

std::unique_ptr<Database> Database::reopen() const
{
    Options options;
    options.migrate = false;
    return open(m_path, options);
}

Database::Database(const QString &path, bool readOnly)
    : m_path(path)
    , m_connectionName(nextConnectionName())
    , m_readOnly(readOnly)
    , m_dialect(std::make_unique<SqliteDialect>())
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        throw DatabaseError(Kind::Query, QStringLiteral("Cannot open the database %1").arg(m_path),
                            db.lastError().text());
    }
    const QString operation = QStringLiteral("Cannot open the database %1").arg(m_path);
    try {
        // Reading the schema forces SQLite to look at the file's pages.
        run(QStringLiteral("SELECT count(*) FROM sqlite_master"), operation);
        for (const QString &statement : m_dialect->connectionSetup())
            run(statement, operation);
    } catch (const DatabaseError &error) {
        if (looksCorrupt(error.detail()))
            throw DatabaseError(Kind::Corrupt, operation,
                                QStringLiteral("the file is damaged (%1)").arg(error.detail()));
        throw;
    }
}

int Database::schemaVersion() const
{
    return scalar(m_dialect->schemaVersionQuery(), {}, QStringLiteral("Reading the schema version"))
        .toInt();
}

void Database::fail(const QString &operation, const QString &detail) const
{
    if (looksCorrupt(detail))
        throw DatabaseError(Kind::Corrupt, operation, detail);
    if (detail.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        throw DatabaseError(Kind::ReadOnly, operation, detail);
    throw DatabaseError(Kind::Query, operation, detail);
}

QSqlQuery &Database::prepared(const QString &sql, const QString &operation) const
{
    std::unique_ptr<QSqlQuery> &slot = m_statements[sql];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const QString detail = query->lastError().text();
            m_statements.erase(sql);
            fail(operation, detail);
        }
        slot = std::move(query);
    }
    return *slot;
}

void Database::execute(QSqlQuery &query, const QVariantList &values, const QString &operation) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        fail(operation, query.lastError().text());
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values,
                        const QString &operation) const
{
    // Writes are prepared once and kept: a bulk import runs the same few
    // statements thousands of times. A query that returns rows gets a
    // statement of its own, so that the caller may read it while running
    // other queries, even the same one.
    if (!returnsRows(sql)) {
        execute(prepared(sql, operation), values, operation);
        return QSqlQuery();
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(operation, query.lastError().text());
    execute(query, values, operation);
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values,
                          const QString &operation) const
{
    // The value is read at once, so the statement can be kept and reused.
    QSqlQuery &query = prepared(sql, operation);
    execute(query, values, operation);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

bool Database::returnsRows(const QString &sql)
{
    const QString start = sql.trimmed().left(8).toUpper();
    return start.startsWith(QLatin1String("SELECT")) || start.startsWith(QLatin1String("PRAGMA"))
        || start.startsWith(QLatin1String("WITH"));
}

void Database::runScript(const QString &script, const QString &operation) const
{
    for (const QString &statement : SqlScript::statements(script))
        run(statement, operation);
}

Transaction Database::transaction(const QString &operation)
{
    return Transaction(*this, operation);
}

void Database::beginTransaction(const QString &operation)
{
    if (m_inTransaction)
        fail(operation, QStringLiteral("a transaction is already open"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        fail(operation, db.lastError().text());
    m_inTransaction = true;
}

void Database::commitTransaction(const QString &operation)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        rollbackTransaction();
        fail(operation, detail);
    }
    m_inTransaction = false;
}

void Database::rollbackTransaction()
{
    if (!m_inTransaction)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.rollback();
    m_inTransaction = false;
}

} // namespace cc
