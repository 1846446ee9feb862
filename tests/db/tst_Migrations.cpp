#include "Database.h"
#include "DatabaseError.h"
#include "Migrator.h"
#include "TestCatalog.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreNumberedWithoutGaps();
    void freshDatabaseHasLatestVersion();
    void upgradeFromVersion1KeepsUserParts();
    void newerVersionIsRefusedUntouched();
    void failedStepLeavesPreviousVersion();
};

void tst_Migrations::stepsAreNumberedWithoutGaps()
{
    QTemporaryDir dir;
    const auto database = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
    const QList<Migrator::Step> steps = Migrator(*database).steps();
    QVERIFY(steps.size() >= 2);
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).version, i + 1);
}

void tst_Migrations::freshDatabaseHasLatestVersion()
{
    QTemporaryDir dir;
    const auto database = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    QCOMPARE(database->schemaVersion(), Migrator(*database).latestVersion());
    for (const char *table : {"part", "rating", "conductor_range", "approval", "classification",
                              "part_relation", "note", "supersession", "source", "part_words"}) {
        // Each table answers a query.
        database->run(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)),
                      QStringLiteral("Probing %1").arg(QLatin1String(table)));
    }
    QCOMPARE(database->scalar(QStringLiteral("PRAGMA foreign_keys"), {}, QStringLiteral("fk")).toInt(), 1);
    QCOMPARE(database->scalar(QStringLiteral("PRAGMA journal_mode"), {}, QStringLiteral("wal"))
                 .toString(),
             QStringLiteral("wal"));
}

void tst_Migrations::upgradeFromVersion1KeepsUserParts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    test::createFromFixture(path, QStringLiteral("catalog-v1.sql"));
    {
        Database::Options options;
        options.migrate = false;
        QCOMPARE(Database::open(path, options)->schemaVersion(), 1);
    }
    const auto database = Database::open(path);
    QCOMPARE(database->schemaVersion(), Migrator(*database).latestVersion());
    QCOMPARE(database
                 ->scalar(QStringLiteral("SELECT description FROM part WHERE item_number = ?"),
                          {QStringLiteral("MY-0001")}, QStringLiteral("read"))
                 .toString(),
             QStringLiteral("Socket; 3-pole; my own test part"));
    // The search index of version 2 covers parts written by version 1.
    QCOMPARE(database
                 ->scalar(QStringLiteral("SELECT count(*) FROM part_words WHERE part_words MATCH ?"),
                          {QStringLiteral("\"own\"")}, QStringLiteral("search"))
                 .toInt(),
             1);
}

void tst_Migrations::newerVersionIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        const auto database = Database::open(path);
        database->run(QStringLiteral("PRAGMA user_version = 999"), QStringLiteral("pretend newer"));
        database->run(QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("checkpoint"));
    }
    const QByteArray before = test::readAll(path);
    try {
        Database::open(path);
        QFAIL("a database of a newer version was opened");
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), DatabaseError::Kind::NewerVersion);
        QVERIFY2(error.message().contains(QLatin1String("newer version")), qPrintable(error.message()));
        QVERIFY(error.message().contains(QLatin1String("999")));
    }
    QCOMPARE(test::readAll(path), before);
}

void tst_Migrations::failedStepLeavesPreviousVersion()
{
    // A version 1 database whose data breaks step 2: a table named like the
    // search index makes CREATE VIRTUAL TABLE fail.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken-step.sqlite"));
    test::createFromFixture(path, QStringLiteral("catalog-v1.sql"));
    {
        Database::Options options;
        options.migrate = false;
        Database::open(path, options)->run(QStringLiteral("CREATE TABLE part_search (x)"),
                                           QStringLiteral("sabotage"));
    }
    try {
        Database::open(path);
        QFAIL("the broken step went through");
    } catch (const DatabaseError &error) {
        QVERIFY2(error.operation().contains(QLatin1String("schema version 2")),
                 qPrintable(error.message()));
    }
    Database::Options options;
    options.migrate = false;
    const auto database = Database::open(path, options);
    QCOMPARE(database->schemaVersion(), 1);
    QCOMPARE(database->scalar(QStringLiteral("SELECT count(*) FROM part"), {}, QStringLiteral("count"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_Migrations.moc"
