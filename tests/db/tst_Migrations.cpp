#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/MatingKeyColumns.h"
#include "db/Migrator.h"
#include "db/PartRepository.h"
#include "db/PartSearch.h"
#include "db/SqlDialect.h"
#include "models/part/MatingKey.h"
#include "TestCatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CC_REQUIRE_BACKEND(); }
    void stepsAreNumberedWithoutGaps();
    void bothBackendsHaveTheSameSteps();
    void freshDatabaseHasLatestVersion();
    void upgradeFromVersion1KeepsUserParts();
    void upgradeStepByStepKeepsUserParts();
    void newerVersionIsRefusedUntouched();
    void newerVersionIsRefused();
    void failedStepLeavesPreviousVersion();
    void upgradeComputesTheMatingKeys();
    void upgradeToVersion11KeepsSourcesAndRelations();
};

namespace {

std::unique_ptr<Database> openAt(const QString &location, int version)
{
    Database::Options options;
    options.migrate = false;
    auto database = Database::open(location, options);
    Migrator(*database).migrateTo(version);
    return database;
}

void addUserPart(const Database &database)
{
    database.run(QStringLiteral("INSERT INTO source (reference, kind, title) VALUES ('user', "
                                "'user', 'Entered by the user')"),
                 QStringLiteral("source"));
    database.run(QStringLiteral("INSERT INTO part (item_number, description, origin, source_id, "
                                "kind, poles) SELECT 'MY-0001', 'Socket; 3-pole; my own test "
                                "part', 'user', id, 'socket', 3 FROM source"),
                 QStringLiteral("part"));
}

} // namespace

void tst_Migrations::stepsAreNumberedWithoutGaps()
{
    QTemporaryDir dir;
    const auto database = Database::open(test::newDatabase(dir, QStringLiteral("a.sqlite")));
    const QList<Migrator::Step> steps = Migrator(*database).steps();
    QVERIFY(steps.size() >= 2);
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).version, i + 1);
}

void tst_Migrations::bothBackendsHaveTheSameSteps()
{
    // Every schema version exists for each back end, under the same name.
    QStringList sqlite = QDir(QStringLiteral(":/db/migrations/sqlite")).entryList(QDir::Files);
    QStringList postgresql = QDir(QStringLiteral(":/db/migrations/postgresql")).entryList(QDir::Files);
    QVERIFY(!sqlite.isEmpty());
    QCOMPARE(postgresql, sqlite);
}

void tst_Migrations::freshDatabaseHasLatestVersion()
{
    QTemporaryDir dir;
    const auto database = Database::open(test::newDatabase(dir, QStringLiteral("fresh.sqlite")));
    QCOMPARE(database->schemaVersion(), Migrator(*database).latestVersion());
    for (const char *table : {"part", "rating", "conductor_range", "approval", "classification",
                              "part_relation", "note", "supersession", "source", "part_words",
                              "part_derived_value"}) {
        // Each table answers a query.
        database->run(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)),
                      QStringLiteral("Probing %1").arg(QLatin1String(table)));
    }
    if (test::onPostgres())
        return;
    QCOMPARE(database->scalar(QStringLiteral("PRAGMA foreign_keys"), {}, QStringLiteral("fk")).toInt(), 1);
    QCOMPARE(database->scalar(QStringLiteral("PRAGMA journal_mode"), {}, QStringLiteral("wal"))
                 .toString(),
             QStringLiteral("wal"));
}

void tst_Migrations::upgradeFromVersion1KeepsUserParts()
{
    CC_SQLITE_ONLY("the frozen version 1 file is an SQLite dump");
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

void tst_Migrations::upgradeStepByStepKeepsUserParts()
{
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir, QStringLiteral("steps.sqlite"));
    addUserPart(*openAt(location, 1));
    const auto database = Database::open(location);
    QCOMPARE(database->schemaVersion(), Migrator(*database).latestVersion());
    // The search index built by a later step covers the part of version 1.
    SearchQuery query;
    query.text = QStringLiteral("own");
    const QList<PartSummary> found = PartSearch(*database).page(query, 0, 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().itemNumber, QStringLiteral("MY-0001"));
}

void tst_Migrations::newerVersionIsRefused()
{
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir, QStringLiteral("newer2.sqlite"));
    {
        const auto database = Database::open(location);
        database->run(database->dialect().setSchemaVersionStatement(999), QStringLiteral("pretend newer"));
    }
    try {
        Database::open(location);
        QFAIL("a database of a newer version was opened");
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), DatabaseError::Kind::NewerVersion);
        QVERIFY(error.message().contains(QLatin1String("999")));
    }
    Database::Options options;
    options.migrate = false;
    QCOMPARE(Database::open(location, options)->schemaVersion(), 999);
}

void tst_Migrations::newerVersionIsRefusedUntouched()
{
    CC_SQLITE_ONLY("compares the file byte by byte");
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
    // A version 3 database whose data breaks step 4: a table named like the
    // search index makes creating the index fail.
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir, QStringLiteral("broken-step.sqlite"));
    {
        const auto database = openAt(location, 3);
        addUserPart(*database);
        database->run(QStringLiteral("CREATE TABLE part_words (x integer)"), QStringLiteral("sabotage"));
    }
    try {
        Database::open(location);
        QFAIL("the broken step went through");
    } catch (const DatabaseError &error) {
        QVERIFY2(error.operation().contains(QLatin1String("schema version 4")),
                 qPrintable(error.message()));
    }
    Database::Options options;
    options.migrate = false;
    const auto database = Database::open(location, options);
    QCOMPARE(database->schemaVersion(), 3);
    QCOMPARE(database->scalar(QStringLiteral("SELECT count(*) FROM part"), {}, QStringLiteral("count"))
                 .toInt(),
             1);
}

void tst_Migrations::upgradeComputesTheMatingKeys()
{
    // Version 8 adds part.family_key and part.coding_key; the parts already
    // there get theirs from MatingKey in the same step. Made-up parts (test
    // data) with families and codings spelled as careless data spell them.
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir, QStringLiteral("keys.sqlite"));
    struct Row
    {
        const char *item;
        const char *kind;
        const char *family;
        const char *coding;
    };
    const QList<Row> rows{
        {"TEST-KEY-S", "socket", "WINSTA\u00ae MIDI", "A"},
        {"TEST-KEY-P-LOWER", "plug", "winsta  midi", "a"},
        {"TEST-KEY-P-SPACED", "plug", " Winsta\tMidi ", " A "},
        {"TEST-KEY-P-UMLAUT", "plug", "\u00c4RA MIDI", "\u00c4"},
        {"TEST-KEY-P-BLANK", "plug", "\u00ae", "  "},
        {"TEST-KEY-P-NONE", "plug", nullptr, nullptr},
    };
    {
        const auto database = openAt(location, 7);
        database->run(QStringLiteral("INSERT INTO source (reference, kind, title) VALUES "
                                     "('test', 'synthetic', 'Test data')"),
                      QStringLiteral("source"));
        for (const Row &row : rows) {
            database->run(QStringLiteral("INSERT INTO part (item_number, description, origin, "
                                         "source_id, kind, family, poles, coding) SELECT ?, "
                                         "'Made-up connector (test data)', 'user', id, ?, ?, 4, ? "
                                         "FROM source"),
                          {QString::fromUtf8(row.item), QString::fromUtf8(row.kind),
                           row.family ? QVariant(QString::fromUtf8(row.family)) : QVariant(),
                           row.coding ? QVariant(QString::fromUtf8(row.coding)) : QVariant()},
                          QStringLiteral("part"));
        }
    }
    const auto database = Database::open(location);
    QCOMPARE(database->schemaVersion(), Migrator(*database).latestVersion());
    for (const Row &row : rows) {
        QSqlQuery query = database->run(
            QStringLiteral("SELECT family_key, coding_key FROM part WHERE item_number = ?"),
            {QString::fromUtf8(row.item)}, QStringLiteral("read"));
        QVERIFY(query.next());
        const QString family = MatingKey::family(QString::fromUtf8(row.family));
        const QString coding = MatingKey::coding(QString::fromUtf8(row.coding));
        QCOMPARE(query.value(0).isNull(), family.isEmpty());
        QCOMPARE(query.value(0).toString(), family);
        QCOMPARE(query.value(1).isNull(), coding.isEmpty());
        QCOMPARE(query.value(1).toString(), coding);
    }
    QCOMPARE(MatingKey::family(QString::fromUtf8("WINSTA\u00ae MIDI")), QStringLiteral("winsta midi"));
    QCOMPARE(MatingKey::coding(QStringLiteral(" A ")), QStringLiteral("a"));
    // Nothing is left to compute.
    QCOMPARE(MatingKeyColumns::refresh(*database), 0);

    // The counterpart query finds the plugs across spellings.
    PartRepository::MateQuery query;
    query.itemNumber = QStringLiteral("TEST-KEY-S");
    query.family = QStringLiteral("WINSTA MIDI");
    query.gender = QStringLiteral("female");
    query.poles = 4;
    query.coding = QStringLiteral("A");
    QCOMPARE(PartRepository(*database).mateCandidateItems(query, 0),
             (QStringList{QStringLiteral("TEST-KEY-P-BLANK"), QStringLiteral("TEST-KEY-P-LOWER"),
                          QStringLiteral("TEST-KEY-P-NONE"), QStringLiteral("TEST-KEY-P-SPACED")}));

    // The search index still knows the parts, and follows a changed family.
    SearchQuery search;
    search.text = QStringLiteral("winsta");
    QCOMPARE(PartSearch(*database).page(search, 0, 10).size(), 3);
    database->run(QStringLiteral("UPDATE part SET family = 'Other' WHERE item_number = 'TEST-KEY-S'"),
                  QStringLiteral("edit"));
    QCOMPARE(PartSearch(*database).page(search, 0, 10).size(), 2);
}

void tst_Migrations::upgradeToVersion11KeepsSourcesAndRelations()
{
    // Version 11 builds `source` and `part_relation` anew on SQLite (a CHECK
    // constraint changes): rows, ids and references survive, and foreign
    // keys are enforced again afterwards.
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir, QStringLiteral("v11.sqlite"));
    {
        const auto old = openAt(location, 10);
        addUserPart(*old);
        old->run(QStringLiteral("INSERT INTO part (item_number, description, origin, source_id) "
                                "SELECT 'MY-0002', 'Plug; my own test part', 'user', id FROM source"),
                 QStringLiteral("part"));
        old->run(QStringLiteral("INSERT INTO part_relation (part_id, related_id, relation, required, source_id) "
                                "SELECT a.id, b.id, 'accessory', 1, a.source_id FROM part a, part b "
                                "WHERE a.item_number = 'MY-0001' AND b.item_number = 'MY-0002'"),
                 QStringLiteral("relation"));
    }
    const auto database = Database::open(location);
    QCOMPARE(database->schemaVersion(), Migrator(*database).latestVersion());
    const std::optional<PartRecord> part = PartRepository(*database).find(QStringLiteral("MY-0001"));
    QVERIFY(part);
    QCOMPARE(part->source.reference, QStringLiteral("user"));
    QCOMPARE(part->relations.size(), 1);
    QCOMPARE(part->relations.first().itemNumber, QStringLiteral("MY-0002"));
    QCOMPARE(part->relations.first().required, true);
    QVERIFY(!part->relations.first().quantity);
    // The new kinds are accepted, others still refused.
    PartRepository repository(*database);
    repository.saveSource(SourceRecord{QStringLiteral("feed.xml"), QStringLiteral("bmecat"), QStringLiteral("Test feed"),
                                       {}, {}});
    bool refused = false;
    try {
        repository.saveSource(SourceRecord{QStringLiteral("x"), QStringLiteral("no-such-kind"), QStringLiteral("x"), {}, {}});
    } catch (const DatabaseError &) {
        refused = true;
    }
    QVERIFY(refused);
    // A part whose source does not exist is refused: references are checked.
    refused = false;
    try {
        database->run(QStringLiteral("INSERT INTO part (item_number, description, source_id) VALUES ('MY-0003', 'x', 999)"),
                      QStringLiteral("dangling"));
    } catch (const DatabaseError &) {
        refused = true;
    }
    QVERIFY(refused);
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_Migrations.moc"
