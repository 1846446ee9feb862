#include "db/Database.h"

#include "db/DatabaseError.h"
#include "db/Migrator.h"
#include "db/PostgresDialect.h"
#include "db/SqliteDialect.h"
#include "db/SqlScript.h"
#include "db/Transaction.h"

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

// A driver's message without its hints and continuation lines.
QString firstLine(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString simplified = line.simplified();
        simplified.remove(QStringLiteral("FATAL: "));
        if (!simplified.isEmpty())
            return simplified;
    }
    return text.simplified();
}

bool looksDisconnected(const QString &driverText)
{
    static const char *const signs[] = {
        "server closed the connection", "terminating connection", "no connection to the server",
        "connection to server was lost", "could not receive data from server",
        "could not send data to server", "SSL connection has been closed", "connection not open",
    };
    for (const char *sign : signs) {
        if (driverText.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
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

std::unique_ptr<Database> Database::open(const QString &text, Options options)
{
    const DatabaseLocation location = DatabaseLocation::parse(text);
    if (!location.isValid()) {
        throw DatabaseError(Kind::Connection,
                            QStringLiteral("Cannot open the database %1").arg(location.displayName()),
                            location.errorString());
    }
    std::unique_ptr<Database> database(new Database(location));
    if (location.backend() == DatabaseLocation::Backend::Sqlite) {
        database->m_readOnly = checkFile(location.filePath());
        database->connect();
    } else {
        database->connectToServer();
    }
    if (options.background) {
        for (const QString &statement : database->dialect().backgroundSetup())
            database->run(statement, QStringLiteral("Preparing the database %1").arg(database->path()));
    }
    // The version check comes before anything that writes (such as the
    // journal mode), so that a refused file stays as it was.
    if (options.migrate)
        Migrator(*database).migrate();
    if (!database->m_readOnly) {
        for (const QString &statement : database->dialect().writerSetup())
            database->run(statement, QStringLiteral("Preparing the database %1").arg(database->path()));
    }
    return database;
}

std::unique_ptr<Database> Database::reopen(bool background) const
{
    Options options;
    options.migrate = false;
    options.background = background;
    return open(m_location.connectionText(), options);
}

Database::Database(const DatabaseLocation &location)
    : m_location(location)
    , m_connectionName(nextConnectionName())
{
    if (location.backend() == DatabaseLocation::Backend::Postgresql)
        m_dialect = std::make_unique<PostgresDialect>();
    else
        m_dialect = std::make_unique<SqliteDialect>();
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
    const QString operation = QStringLiteral("Cannot open the database %1").arg(path());
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(m_location.filePath());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        throw DatabaseError(Kind::Query, operation, db.lastError().text());
    try {
        run(m_dialect->probeQuery(), operation);
        for (const QString &statement : m_dialect->connectionSetup())
            run(statement, operation);
    } catch (const DatabaseError &error) {
        if (looksCorrupt(error.detail()))
            throw DatabaseError(Kind::Corrupt, operation,
                                QStringLiteral("the file is damaged (%1)").arg(error.detail()));
        throw;
    }
}

void Database::connectToServer()
{
    const QString operation = QStringLiteral("Cannot connect to the database %1").arg(path());
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        throw DatabaseError(Kind::Connection, operation,
                            QStringLiteral("this installation has no PostgreSQL support (Qt's "
                                           "QPSQL driver; on Debian the package libqt6sql6-psql)"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setDatabaseName(m_location.databaseName());
    // Without a user or password in the URL, libpq takes them from the
    // environment (PGUSER, PGPASSWORD) or ~/.pgpass, as psql does.
    if (!m_location.userName().isEmpty())
        db.setUserName(m_location.userName());
    if (!m_location.password().isEmpty())
        db.setPassword(m_location.password());
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=connector-configurator")};
    if (!m_location.connectOptions().isEmpty())
        options << m_location.connectOptions();
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        throw DatabaseError(Kind::Connection, operation,
                            m_location.redacted(db.lastError().text()));
    }
    run(m_dialect->probeQuery(), operation);
    for (const QString &statement : m_dialect->connectionSetup())
        run(statement, operation);
    m_readOnly = scalar(m_dialect->readOnlyQuery(), {}, operation).toBool();
}

int Database::schemaVersion() const
{
    return scalar(m_dialect->schemaVersionQuery(), {}, QStringLiteral("Reading the schema version"))
        .toInt();
}

void Database::fail(const QString &operation, const QString &driverText) const
{
    const QString detail = m_location.redacted(driverText);
    if (looksDisconnected(detail)) {
        m_connectionLost = true;
        throw DatabaseError(Kind::ConnectionLost, operation,
                            QStringLiteral("the connection to the database server %1 was lost (%2). "
                                           "Nothing of this step was saved; the next step "
                                           "connects again")
                                .arg(path(), firstLine(detail)));
    }
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
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Yes/no columns are integers 0/1 in every back end (PostgreSQL
        // does not turn a boolean into an integer by itself).
        if (value.typeId() == QMetaType::Bool)
            query.bindValue(static_cast<int>(i), value.toBool() ? 1 : 0);
        else
            query.bindValue(static_cast<int>(i), value);
    }
    if (!query.exec())
        fail(operation, query.lastError().text());
}

template<typename Read>
auto Database::retryingRead(const QString &operation, Read read) const -> decltype(read())
{
    // A read outside a transaction that meets a connection the server has
    // closed (a restart, a network hiccup) connects again and is tried once
    // more: it changes nothing, so trying again is safe.
    try {
        return read();
    } catch (const DatabaseError &error) {
        if (error.kind() != Kind::ConnectionLost || m_inTransaction)
            throw;
    }
    reconnectIfLost(operation);
    return read();
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values,
                        const QString &operation) const
{
    reconnectIfLost(operation);
    // Writes are prepared once and kept: a bulk import runs the same few
    // statements thousands of times. A query that returns rows gets a
    // statement of its own, so that the caller may read it while running
    // other queries, even the same one.
    if (values.isEmpty() && !isPreparable(sql)) {
        // Schema changes and settings (PostgreSQL prepares only queries
        // and data changes).
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(sql))
            fail(operation, query.lastError().text());
        return QSqlQuery();
    }
    if (!returnsRows(sql)) {
        execute(prepared(sql, operation), values, operation);
        return QSqlQuery();
    }
    return retryingRead(operation, [&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(operation, query.lastError().text());
        execute(query, values, operation);
        return query;
    });
}


QVariant Database::scalar(const QString &sql, const QVariantList &values,
                          const QString &operation) const
{
    reconnectIfLost(operation);
    const auto read = [&] {
        // The value is read at once, so the statement can be kept and reused.
        QSqlQuery &query = prepared(sql, operation);
        execute(query, values, operation);
        const QVariant value = query.next() ? query.value(0) : QVariant();
        query.finish();
        return value;
    };
    if (!returnsRows(sql))
        return read();
    return retryingRead(operation, read);
}

bool Database::returnsRows(const QString &sql)
{
    const QString start = sql.trimmed().left(8).toUpper();
    return start.startsWith(QLatin1String("SELECT")) || start.startsWith(QLatin1String("PRAGMA"))
        || start.startsWith(QLatin1String("WITH")) || start.startsWith(QLatin1String("SHOW"));
}

void Database::reconnectIfLost(const QString &operation) const
{
    // After a lost connection the next step (never one inside the failed
    // transaction) connects again, so that the session goes on once the
    // server is back.
    if (!m_connectionLost || m_inTransaction)
        return;
    m_statements.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    if (!db.open()) {
        throw DatabaseError(Kind::ConnectionLost, operation,
                            QStringLiteral("the database server %1 cannot be reached (%2)")
                                .arg(path(), m_location.redacted(db.lastError().text()).trimmed()));
    }
    m_connectionLost = false;
    for (const QString &statement : m_dialect->connectionSetup())
        run(statement, operation);
}

bool Database::isPreparable(const QString &sql)
{
    const QString start = sql.trimmed().left(8).toUpper();
    for (const char *verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES"}) {
        if (start.startsWith(QLatin1String(verb)))
            return true;
    }
    return false;
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
    reconnectIfLost(operation);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString begin = m_dialect->beginTransaction();
    if (begin.isEmpty()) {
        if (!db.transaction())
            fail(operation, db.lastError().text());
    } else {
        QSqlQuery query(db);
        if (!query.exec(begin))
            fail(operation, query.lastError().text());
    }
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
