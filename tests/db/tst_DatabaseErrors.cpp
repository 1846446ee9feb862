#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "db/Transaction.h"
#include "TestCatalog.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace cc;
using Kind = DatabaseError::Kind;

class tst_DatabaseErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CC_REQUIRE_BACKEND(); }
    void missingDirectory();
    void notADatabase_data();
    void notADatabase();
    void corruptFile();
    void readOnlyFileOpensForReading();
    void readOnlyFileThatNeedsUpgrade();
    void queryErrorNamesOperation();
    void transactionRollsBack();
    void wrongPasswordIsNotShown();
    void unreachableServer();
    void badServerAddress_data();
    void badServerAddress();
    void connectionLostWritesNothing();
    void readAfterServerRestartGoesOn();
    void roleWithoutWriteRightsReadsOnly();

private:
    // Opens `path`, expects an error of `kind`, and checks that the file did
    // not change.
    void expectRefusal(const QString &path, Kind kind, const QString &inMessage);
};

void tst_DatabaseErrors::expectRefusal(const QString &path, Kind kind, const QString &inMessage)
{
    const QByteArray before = test::readAll(path);
    try {
        Database::open(path);
        QFAIL("the database was opened");
    } catch (const DatabaseError &error) {
        QVERIFY2(error.kind() == kind, qPrintable(error.message()));
        QVERIFY2(error.message().contains(inMessage, Qt::CaseInsensitive), qPrintable(error.message()));
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QCOMPARE(test::readAll(path), before);
}

void tst_DatabaseErrors::missingDirectory()
{
    CC_SQLITE_ONLY("about files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/catalog.sqlite"));
    try {
        Database::open(path);
        QFAIL("opened a database in a missing folder");
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), Kind::MissingDirectory);
        QVERIFY(error.message().contains(QLatin1String("does not exist")));
    }
    QVERIFY(!QFile::exists(path));
}

void tst_DatabaseErrors::notADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("item_number;description\n770-1324;Socket\n");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("short") << QByteArray("SQLite");
}

void tst_DatabaseErrors::notADatabase()
{
    CC_SQLITE_ONLY("about files");
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parts.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    expectRefusal(path, Kind::NotADatabase, QStringLiteral("not an SQLite database"));
}

void tst_DatabaseErrors::corruptFile()
{
    CC_SQLITE_ONLY("about files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    {
        const auto database = test::catalogIn(dir, QStringLiteral("corrupt.sqlite"));
        database->run(QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("checkpoint"));
    }
    // Keep the header, destroy the schema on page 1 and what follows.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(100));
    file.write(QByteArray(8000, '\x5a'));
    file.close();
    expectRefusal(path, Kind::Corrupt, QStringLiteral("damaged"));
}

void tst_DatabaseErrors::readOnlyFileOpensForReading()
{
    CC_SQLITE_ONLY("about files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        const auto database = test::catalogIn(dir, QStringLiteral("shared.sqlite"));
        database->run(QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("checkpoint"));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::readAll(path);
    {
        const CatalogOpener::Opened opened = CatalogOpener::open(path);
        QVERIFY(opened.database->isReadOnly());
        QVERIFY(opened.warning.isEmpty());
        QVERIFY(PartRepository(*opened.database).find(QStringLiteral("770-1324")).has_value());
        try {
            opened.database->run(QStringLiteral("DELETE FROM part"), QStringLiteral("Deleting"));
            QFAIL("wrote to a read-only database");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.kind(), Kind::ReadOnly);
        }
    }
    QCOMPARE(test::readAll(path), before);
}

void tst_DatabaseErrors::readOnlyFileThatNeedsUpgrade()
{
    CC_SQLITE_ONLY("about files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    test::createFromFixture(path, QStringLiteral("catalog-v1.sql"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    expectRefusal(path, Kind::ReadOnly, QStringLiteral("read-only"));
}

void tst_DatabaseErrors::queryErrorNamesOperation()
{
    QTemporaryDir dir;
    const auto database = Database::open(test::newDatabase(dir, QStringLiteral("q.sqlite")));
    try {
        database->run(QStringLiteral("SELECT no_such_column FROM part"),
                      QStringLiteral("Listing the parts"));
        QFAIL("a bad query succeeded");
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), Kind::Query);
        QCOMPARE(error.operation(), QStringLiteral("Listing the parts"));
        QVERIFY2(error.detail().contains(QLatin1String("no_such_column")), qPrintable(error.detail()));
    }
}

void tst_DatabaseErrors::transactionRollsBack()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    const int before = PartRepository(*database).count();
    try {
        Transaction transaction = database->transaction(QStringLiteral("Removing parts"));
        database->run(QStringLiteral("DELETE FROM part_relation"), QStringLiteral("step 1"));
        database->run(QStringLiteral("DELETE FROM supersession"), QStringLiteral("step 2"));
        database->run(QStringLiteral("DELETE FROM part"), QStringLiteral("step 3"));
        database->run(QStringLiteral("SELECT broken FROM nowhere"), QStringLiteral("step 4"));
        transaction.commit();
        QFAIL("the broken step passed");
    } catch (const DatabaseError &) {
    }
    QCOMPARE(PartRepository(*database).count(), before);
}

namespace {

QString databaseNameOf(const QString &url)
{
    return QUrl(url).path().mid(1);
}

// Opens `location`, expects a refusal of `kind` that shows no secret.
DatabaseError refusalOf(const QString &location, Kind kind, const QStringList &secrets)
{
    try {
        Database::open(location);
    } catch (const DatabaseError &error) {
        [&] {
            QVERIFY2(error.kind() == kind, qPrintable(error.message()));
            for (const QString &secret : secrets)
                QVERIFY2(!error.message().contains(secret), qPrintable(error.message()));
        }();
        return error;
    }
    QTest::qFail("the database was opened", __FILE__, __LINE__);
    return DatabaseError(kind, {}, {});
}

} // namespace

void tst_DatabaseErrors::wrongPasswordIsNotShown()
{
    CC_POSTGRES_ONLY("logs in to the test server");
    QUrl url(test::newPostgresDatabase());
    const QString user = url.userName();
    url.setPassword(QStringLiteral("Wr0ng-Secret-4711"));
    const DatabaseError error = refusalOf(url.toString(), Kind::Connection,
                                          {QStringLiteral("Wr0ng-Secret-4711"), user});
    QVERIFY2(error.message().contains(QStringLiteral("postgresql://%1:%2/%3")
                                          .arg(url.host()).arg(url.port())
                                          .arg(databaseNameOf(url.toString()))),
             qPrintable(error.message()));
}

void tst_DatabaseErrors::unreachableServer()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's QPSQL driver is not installed");
    // Port 1 on the loopback interface: nobody listens there.
    const DatabaseError error = refusalOf(QStringLiteral("postgresql://alice:S3cret-pw@127.0.0.1:1/parts"),
                                          Kind::Connection, {QStringLiteral("S3cret-pw"), QStringLiteral("alice")});
    QVERIFY2(error.message().contains(QLatin1String("postgresql://127.0.0.1:1/parts")),
             qPrintable(error.message()));
}

void tst_DatabaseErrors::badServerAddress_data()
{
    QTest::addColumn<QString>("location");
    QTest::newRow("no host") << QStringLiteral("postgresql://bob:Pw-1234@/parts");
    QTest::newRow("no database") << QStringLiteral("postgresql://bob:Pw-1234@localhost:5432");
    QTest::newRow("nested path") << QStringLiteral("postgresql://bob:Pw-1234@localhost/a/b");
    QTest::newRow("bad port") << QStringLiteral("postgresql://bob:Pw-1234@localhost:99999/parts");
    QTest::newRow("option with semicolon")
        << QStringLiteral("postgresql://bob:Pw-1234@localhost/parts?sslmode=require;x=1");
}

void tst_DatabaseErrors::badServerAddress()
{
    QFETCH(QString, location);
    refusalOf(location, Kind::Connection, {QStringLiteral("Pw-1234")});
}

void tst_DatabaseErrors::connectionLostWritesNothing()
{
    CC_POSTGRES_ONLY("stops a server session");
    QTemporaryDir dir;
    const QString location = test::newPostgresDatabase();
    const QString password = QUrl(location).password();
    auto database = CatalogOpener::open(location).database;
    const int before = PartRepository(*database).count();
    try {
        Transaction transaction = database->transaction(QStringLiteral("Removing parts"));
        database->run(QStringLiteral("DELETE FROM part_relation"), QStringLiteral("step 1"));
        // The server ends the session, as when it restarts or the network fails.
        test::adminExec(QStringLiteral("postgres"),
                        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                            .arg(databaseNameOf(location)));
        database->run(QStringLiteral("DELETE FROM supersession"), QStringLiteral("step 2"));
        transaction.commit();
        QFAIL("a write went through a closed connection");
    } catch (const DatabaseError &error) {
        QVERIFY2(error.kind() == Kind::ConnectionLost, qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("was lost")), qPrintable(error.message()));
        QVERIFY(!error.message().contains(password));
    }
    // The same session goes on: the next step connects again.
    QCOMPARE(PartRepository(*database).count(), before);
    database.reset();
    const auto again = Database::open(location);
    QCOMPARE(PartRepository(*again).count(), before);
    QVERIFY(again->scalar(QStringLiteral("SELECT count(*) FROM part_relation"), {}, QStringLiteral("count"))
                .toInt()
            > 0);
}

void tst_DatabaseErrors::readAfterServerRestartGoesOn()
{
    CC_POSTGRES_ONLY("stops a server session");
    const QString location = test::newPostgresDatabase();
    const auto database = CatalogOpener::open(location).database;
    const int before = PartRepository(*database).count();
    test::adminExec(QStringLiteral("postgres"),
                    QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                        .arg(databaseNameOf(location)));
    // A read outside a transaction connects again by itself.
    QCOMPARE(PartRepository(*database).count(), before);
    QVERIFY(PartRepository(*database).find(QStringLiteral("770-1324")));
}

void tst_DatabaseErrors::roleWithoutWriteRightsReadsOnly()
{
    CC_POSTGRES_ONLY("creates a server role");
    const QString location = test::newPostgresDatabase();
    CatalogOpener::open(location); // the catalog, written by its owner
    const QString name = databaseNameOf(location);
    test::adminExec(QStringLiteral("postgres"),
                    QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                   "'cc_reader') THEN CREATE ROLE cc_reader LOGIN PASSWORD "
                                   "'reader-pw'; END IF; END $$"));
    test::adminExec(name, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO cc_reader"));
    QUrl url(location);
    url.setUserName(QStringLiteral("cc_reader"));
    url.setPassword(QStringLiteral("reader-pw"));
    const CatalogOpener::Opened opened = CatalogOpener::open(url.toString());
    QVERIFY(opened.database->isReadOnly());
    QVERIFY(PartRepository(*opened.database).count() > 0);
    QVERIFY(!opened.database->path().contains(QLatin1String("reader-pw")));
}

QTEST_GUILESS_MAIN(tst_DatabaseErrors)
#include "tst_DatabaseErrors.moc"
