#include "Database.h"
#include "DatabaseError.h"
#include "PartRepository.h"
#include "TestCatalog.h"
#include "Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using Kind = DatabaseError::Kind;

class tst_DatabaseErrors : public QObject
{
    Q_OBJECT

private slots:
    void missingDirectory();
    void notADatabase_data();
    void notADatabase();
    void corruptFile();
    void readOnlyFileOpensForReading();
    void readOnlyFileThatNeedsUpgrade();
    void queryErrorNamesOperation();
    void transactionRollsBack();

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
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    test::createFromFixture(path, QStringLiteral("catalog-v1.sql"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    expectRefusal(path, Kind::ReadOnly, QStringLiteral("read-only"));
}

void tst_DatabaseErrors::queryErrorNamesOperation()
{
    QTemporaryDir dir;
    const auto database = Database::open(dir.filePath(QStringLiteral("q.sqlite")));
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

QTEST_GUILESS_MAIN(tst_DatabaseErrors)
#include "tst_DatabaseErrors.moc"
