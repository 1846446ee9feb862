#pragma once

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The database tests run twice: on SQLite files, and with
// CC_TEST_BACKEND=postgresql on the throw-away server that
// tests/postgres/pg-cluster.sh starts (CC_TEST_POSTGRES_DIR holds its url).
// newDatabase() hands out a fresh, empty database of the back end in use.
namespace cc::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("CC_TEST_BACKEND") == QLatin1String("postgresql");
}

// The server's administrator URL, or an empty string with the reason.
inline QString postgresAdminUrl(QString *why = nullptr)
{
    const QString state = qEnvironmentVariable("CC_TEST_POSTGRES_DIR");
    QFile url(state + QStringLiteral("/url"));
    if (!state.isEmpty() && url.open(QIODevice::ReadOnly))
        return QString::fromUtf8(url.readAll()).trimmed();
    if (why) {
        QFile reason(state + QStringLiteral("/unavailable"));
        *why = reason.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(reason.readAll()).trimmed()
            : QStringLiteral("no test server was started (CC_TEST_POSTGRES_DIR=%1)").arg(state);
    }
    return {};
}

// Why the back end of this run cannot be used; empty when it can.
inline QString backendUnavailable()
{
    if (!onPostgres())
        return {};
    QString why;
    if (postgresAdminUrl(&why).isEmpty())
        return QStringLiteral("PostgreSQL half skipped: %1").arg(why);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("PostgreSQL half skipped: Qt's QPSQL driver is not installed");
    return {};
}

// Runs `sql` as the test server's administrator in `database` (not through
// the program's Database class: tests set up roles, kill sessions, ...).
inline void adminExec(const QString &database, const QString &sql)
{
    static QAtomicInteger<int> counter;
    const QUrl admin(postgresAdminUrl());
    const QString connection = QStringLiteral("cc-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin.host());
        db.setPort(admin.port());
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("test server refused %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// A new empty database on the test server, as a URL with credentials.
inline QString newPostgresDatabase()
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("cc_%1_%2_%3")
                             .arg(QCoreApplication::applicationName().toLower().remove(QLatin1Char('-')))
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    adminExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    QUrl url(postgresAdminUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

// A fresh database location: a file `name` in `dir`, or a new server database.
inline QString newDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("catalog.sqlite"))
{
    return onPostgres() ? newPostgresDatabase() : dir.filePath(name);
}

} // namespace cc::test

// In initTestCase(): skips the whole program, with the reason, when the back
// end of this run is not available.
#define CC_REQUIRE_BACKEND()                                                    \
    do {                                                                        \
        const QString ccWhy = cc::test::backendUnavailable();                   \
        if (!ccWhy.isEmpty())                                                   \
            QSKIP(qPrintable(ccWhy));                                           \
    } while (false)

// In a test function that only makes sense on an SQLite file.
#define CC_SQLITE_ONLY(why)                                                     \
    do {                                                                        \
        if (cc::test::onPostgres())                                             \
            QSKIP("SQLite file only: " why);                                    \
    } while (false)

// In a test function about the PostgreSQL server only.
#define CC_POSTGRES_ONLY(why)                                                   \
    do {                                                                        \
        if (!cc::test::onPostgres())                                            \
            QSKIP("PostgreSQL only: " why);                                     \
    } while (false)
