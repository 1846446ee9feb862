#include "db/CatalogCopier.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "models/catalog/SyntheticCatalog.h"
#include "models/import/cmd/CmdImportDatasheet.h"
#include "models/import/DatasheetImporter.h"
#include "models/import/DatasheetImportJob.h"
#include "models/tasks/TaskControl.h"
#include "TestCatalog.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <functional>

using namespace cc;

// Two users on one catalog at the same time, each with a connection of their
// own (as two programs would have): neither loses the other's work.
class tst_Concurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CC_REQUIRE_BACKEND(); }
    void twoProgramsStartTogether();
    void importAndBulkWriteTogether();
    void importAfterAnotherUsersChangeIsRefused();
    void undoAfterAnotherUsersChangeIsRefused();
};

namespace {

// Runs `work` in a thread of its own; returns the error it threw, if any.
class Worker : public QThread
{
public:
    explicit Worker(std::function<void()> work)
        : m_work(std::move(work))
    {
    }
    QString error;

protected:
    void run() override
    {
        try {
            m_work();
        } catch (const DatabaseError &e) {
            error = e.message();
        }
    }

private:
    std::function<void()> m_work;
};

} // namespace

void tst_Concurrency::twoProgramsStartTogether()
{
    // Both find an empty database, both upgrade it and install the bundled
    // catalog: the second waits for the first and then finds it done.
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir);
    Worker first([&] { CatalogOpener::open(location); });
    Worker second([&] { CatalogOpener::open(location); });
    first.start();
    second.start();
    QVERIFY(first.wait(60000) && second.wait(60000));
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));

    const auto database = Database::open(location);
    const auto reference = test::catalogIn(dir, QStringLiteral("reference.sqlite"));
    for (const QString &table : CatalogCopier::tables()) {
        QCOMPARE(CatalogCopier::rowsAsText(*database, table).size(),
                 CatalogCopier::rowsAsText(*reference, table).size());
    }
}

void tst_Concurrency::importAndBulkWriteTogether()
{
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir);
    Database::open(location); // the schema, before both start
    DatasheetImportReport imported;
    Worker importer([&] {
        const auto database = Database::open(location);
        imported = DatasheetImporter(*database).importFile(
            test::fixture(QStringLiteral("datasheets/complete.txt")), false);
    });
    Worker writer([&] {
        const auto database = Database::open(location);
        SyntheticCatalog::Options options;
        options.parts = 300;
        SyntheticCatalog::write(*database, options);
    });
    importer.start();
    writer.start();
    QVERIFY(importer.wait(120000) && writer.wait(120000));
    QVERIFY2(importer.error.isEmpty(), qPrintable(importer.error));
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
    QVERIFY2(imported.ok(), qPrintable(imported.error));

    const auto database = Database::open(location);
    PartRepository parts(*database);
    QVERIFY(parts.find(QStringLiteral("TEST-0001")));
    QVERIFY(parts.count() >= 300);
}

void tst_Concurrency::importAfterAnotherUsersChangeIsRefused()
{
    // Anna previews an import; meanwhile Ben imports the same datasheet and
    // edits the part. Anna's import must not overwrite Ben's work.
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir);
    const auto anna = Database::open(location);
    const auto ben = anna->reopen();
    const QString datasheet = test::fixture(QStringLiteral("datasheets/complete.txt"));
    DatasheetImportJob job({datasheet}, {});
    TaskControl control;
    QVERIFY(job.plan(*anna, control));
    QVERIFY(job.changesSomething());

    QVERIFY(DatasheetImporter(*ben).importFile(datasheet, false).ok());
    PartRepository bensParts(*ben);
    PartRecord edited = *bensParts.find(QStringLiteral("TEST-0001"));
    edited.set(PartField::Colour, QStringLiteral("black"));
    bensParts.save(edited, QStringLiteral("user"), bensParts.saveSource(edited.source));

    try {
        job.apply(*anna, control);
        QFAIL("an out-of-date preview was written");
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), DatabaseError::Kind::Conflict);
        QVERIFY2(error.message().contains(QLatin1String("TEST-0001")), qPrintable(error.message()));
    }
    QCOMPARE(PartRepository(*anna).find(QStringLiteral("TEST-0001"))->colour(),
             QStringLiteral("black"));
}

void tst_Concurrency::undoAfterAnotherUsersChangeIsRefused()
{
    QTemporaryDir dir;
    const QString location = test::newDatabase(dir);
    const auto anna = Database::open(location);
    const auto ben = anna->reopen();
    CmdImportDatasheet import(*anna, {test::fixture(QStringLiteral("datasheets/complete.txt"))});
    QString reported;
    import.setErrorHandler([&](const QString &message) { reported = message; });
    import.redo();
    QVERIFY2(import.changedSomething(), qPrintable(import.error()));

    PartRepository bensParts(*ben);
    PartRecord edited = *bensParts.find(QStringLiteral("TEST-0001"));
    edited.set(PartField::Colour, QStringLiteral("black"));
    bensParts.save(edited, QStringLiteral("user"), bensParts.saveSource(edited.source));

    import.undo();
    QVERIFY2(reported.contains(QLatin1String("TEST-0001")), qPrintable(reported));
    QVERIFY(import.isObsolete());
    const std::optional<PartRecord> kept = PartRepository(*anna).find(QStringLiteral("TEST-0001"));
    QVERIFY(kept);
    QCOMPARE(kept->colour(), QStringLiteral("black"));

    // Without anyone else's change, undo works as before.
    CmdImportDatasheet again(*anna, {test::fixture(QStringLiteral("datasheets/missing-sections.txt"))});
    again.redo();
    if (again.changedSomething()) {
        again.undo();
        QVERIFY2(!again.isObsolete(), qPrintable(again.error()));
    }
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_Concurrency.moc"
