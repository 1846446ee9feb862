// Work off the GUI thread: facet counts from the catalog pane's worker,
// exports and datasheet imports behind a progress bar with Cancel. Cancels
// are made at known steps (an observer in the worker thread), never by
// timing, so every case is deterministic.
#include "db/Database.h"
#include "db/PartRepository.h"
#include "models/browser/CatalogTableModel.h"
#include "models/catalog/CatalogSession.h"
#include "models/catalog/SyntheticCatalog.h"
#include "models/project/ProjectModel.h"
#include "models/tasks/FileExportTask.h"
#include "TestCatalog.h"
#include "views/bom/BomView.h"
#include "views/catalog/CatalogPane.h"
#include "views/import/ImportDatasheetDialog.h"
#include "views/main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <atomic>
#include <memory>

using namespace cc;

class tst_BackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staleFacetResultsAreDropped();
    void facetsFollowTheLastOfManyQueries();
    void exactCountFollowsTheQuickOne();
    void failingFacetQueryShowsAMessage();
    void paneDestroyedWhileCounting();
    void cancelledExportLeavesNoFile();
    void cancelledExportLeavesAnExistingFileUntouched();
    void exportInTheBackgroundWrites();
    void cancelledImportChangesNothing_data();
    void cancelledImportChangesNothing();
    void importInTheBackgroundIsOneUndoStep();

private:
    static void search(CatalogPane &pane, const QString &text);
    static QStringList texts(const QComboBox *box);
    static QStringList filesIn(const QString &folder);
    QTemporaryDir m_dir;
};

void tst_BackgroundWork::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
}

void tst_BackgroundWork::search(CatalogPane &pane, const QString &text)
{
    pane.searchField()->setText(text);
    emit pane.searchField()->returnPressed(); // searches at once
    QCOMPARE(pane.model()->query().text, text);
}

QStringList tst_BackgroundWork::texts(const QComboBox *box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    return items;
}

QStringList tst_BackgroundWork::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

void tst_BackgroundWork::staleFacetResultsAreDropped()
{
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    CatalogPane pane(&session);
    QTRY_VERIFY(!pane.facetsPending());
    QComboBox *kind = pane.facetBox(QStringLiteral("kind"));
    const QStringList whole = texts(kind);
    QVERIFY(whole.size() > 2);

    const int older = pane.queryGeneration();
    search(pane, QStringLiteral("DALI"));
    QVERIFY(pane.queryGeneration() > older);
    QVERIFY(pane.facetsPending());
    // Counts that arrive late for the older query are dropped.
    QMap<QString, QList<PartSearch::FacetValue>> stale;
    stale[QStringLiteral("kind")] = {PartSearch::FacetValue{QStringLiteral("stale-kind"), 999}};
    QVERIFY(!pane.applyFacets(older, stale));
    QVERIFY(!texts(kind).join(QLatin1Char(' ')).contains(QLatin1String("stale-kind")));
    QVERIFY(!pane.facetsFailed(older, QStringLiteral("old failure")));
    QTRY_VERIFY(!pane.facetsPending());
    QCOMPARE(kind->itemText(kind->findData(QStringLiteral("plug"))), QStringLiteral("Plug (1)"));
    QVERIFY(!pane.findChild<QLabel *>()->text().contains(QLatin1String("old failure")));
    // Counts for the current query are shown.
    QVERIFY(pane.applyFacets(pane.queryGeneration(), stale));
    QVERIFY(texts(kind).join(QLatin1Char(' ')).contains(QLatin1String("stale-kind")));
}

void tst_BackgroundWork::exactCountFollowsTheQuickOne()
{
    // A keystroke counts up to 1,000 on the GUI thread; the exact number
    // (up to 10,000) comes with the facets.
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    SyntheticCatalog::Options options;
    options.parts = 1200;
    SyntheticCatalog::write(*session.database(), options);
    const int parts = PartRepository(*session.database()).count();
    CatalogPane pane(&session);
    QTRY_VERIFY(!pane.facetsPending());
    search(pane, QStringLiteral("synthetic"));
    QCOMPARE(pane.model()->totalCount(), CatalogTableModel::quickCountCap + 1);
    QVERIFY(pane.model()->totalIsCapped());
    QTRY_VERIFY(!pane.facetsPending());
    QCOMPARE(pane.model()->totalCount(), 1200);
    QVERIFY(!pane.model()->totalIsCapped());
    QVERIFY2(pane.findChild<QLabel *>()->text().contains(QLatin1String("1,200 parts found")),
             qPrintable(pane.findChild<QLabel *>()->text()));
    // A short first page is the whole result: no count at all.
    search(pane, QStringLiteral("770-13"));
    QCOMPARE(pane.model()->totalCount(), pane.model()->rowCount());
    QVERIFY(parts > 1200);
}

void tst_BackgroundWork::facetsFollowTheLastOfManyQueries()
{
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    CatalogPane pane(&session);
    for (const QString &text : {QStringLiteral("770"), QStringLiteral("plug"), QStringLiteral("socket"),
                                QStringLiteral("strain relief"), QStringLiteral("DALI")})
        search(pane, text);
    QTRY_VERIFY(!pane.facetsPending());
    QComboBox *kind = pane.facetBox(QStringLiteral("kind"));
    QCOMPARE(kind->itemText(kind->findData(QStringLiteral("plug"))), QStringLiteral("Plug (1)"));
    // The rows were there before the counts.
    QCOMPARE(pane.model()->rowCount(), 2);
}

void tst_BackgroundWork::failingFacetQueryShowsAMessage()
{
    CC_SQLITE_ONLY("removes the database file");
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    // The worker's own connection cannot be opened once the file is gone;
    // the main connection keeps reading the file it has open.
    QVERIFY(QFile::remove(session.database()->path()));
    CatalogPane pane(&session);
    QVERIFY(pane.model()->rowCount() > 0);
    QTRY_VERIFY(!pane.facetsPending());
    const QString summary = pane.findChild<QLabel *>()->text();
    QVERIFY2(summary.contains(QLatin1String("The filter counts could not be read")), qPrintable(summary));
}

void tst_BackgroundWork::paneDestroyedWhileCounting()
{
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    for (int i = 0; i < 5; ++i) {
        auto pane = std::make_unique<CatalogPane>(&session);
        search(*pane, QStringLiteral("socket"));
        pane.reset(); // no count may arrive at a destroyed pane
        QCoreApplication::processEvents();
    }
    // The main connection still works after the panes went away, and the
    // session's worker still counts for a pane.
    QVERIFY(PartRepository(*session.database()).count() > 0);
    CatalogPane pane(&session);
    QTRY_VERIFY(!pane.facetsPending());
    QVERIFY(pane.facetBox(QStringLiteral("kind"))->count() > 2);
    // The session closes while a pane counts: the pane lets go of it.
    search(pane, QStringLiteral("plug"));
    session.close();
    QCOMPARE(pane.model(), nullptr);
    QCoreApplication::processEvents();
    QVERIFY(!pane.facetsPending());
}

namespace {

// Runs an export of `view` to `path`, cancelled at its `step`th check.
std::unique_ptr<FileExportTask> exportCancelledAt(BomView &view, const QString &path, int step)
{
    std::unique_ptr<FileExportTask> task(view.createExport(path));
    auto calls = std::make_shared<std::atomic<int>>(0);
    FileExportTask *raw = task.get();
    task->control().setObserver([calls, raw, step](int, int) {
        if (++*calls == step)
            raw->cancel();
    });
    task->start();
    task->wait();
    return task;
}

} // namespace

void tst_BackgroundWork::cancelledExportLeavesNoFile()
{
    ProjectModel project;
    BomView view(&project);
    const QTemporaryDir out;
    // Cancel at every step the export checks in turn.
    for (int step = 1; step <= 4; ++step) {
        const QString path = out.filePath(QStringLiteral("bom-%1.csv").arg(step));
        const std::unique_ptr<FileExportTask> task = exportCancelledAt(view, path, step);
        QVERIFY(task->wasCancelled());
        QVERIFY(task->error().isEmpty());
        QVERIFY2(!QFile::exists(path), qPrintable(path));
    }
    QCOMPARE(filesIn(out.path()), QStringList()); // no temporary file left behind
}

void tst_BackgroundWork::cancelledExportLeavesAnExistingFileUntouched()
{
    ProjectModel project;
    BomView view(&project);
    const QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("bom.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous export");
    old.close();
    for (int step = 1; step <= 4; ++step) {
        const std::unique_ptr<FileExportTask> task = exportCancelledAt(view, path, step);
        QVERIFY(task->wasCancelled());
        QCOMPARE(test::readAll(path), QByteArray("the previous export"));
    }
    QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("bom.json")});
}

void tst_BackgroundWork::exportInTheBackgroundWrites()
{
    ProjectModel project;
    BomView view(&project);
    const QTemporaryDir out;
    for (const QString &name : {QStringLiteral("bom.csv"), QStringLiteral("bom.json"), QStringLiteral("bom.html")}) {
        const QString path = out.filePath(name);
        std::unique_ptr<FileExportTask> task(view.createExport(path));
        bool finished = false;
        connect(task.get(), &BackgroundTask::finished, this, [&finished] { finished = true; });
        task->start();
        QTRY_VERIFY(finished);
        QVERIFY2(task->succeeded(), qPrintable(task->error()));
        QVERIFY(QFile(path).size() > 0);
        const QString sync = out.filePath(QStringLiteral("sync-") + name);
        QCOMPARE(view.exportTo(sync), QString());
        QCOMPARE(test::readAll(path), test::readAll(sync));
    }
    std::unique_ptr<FileExportTask> task(view.createExport(out.filePath(QStringLiteral("bom.doc"))));
    task->start();
    task->wait();
    QVERIFY(!task->wasCancelled());
    QVERIFY(task->error().contains(QLatin1String("Unknown format")));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("bom.doc"))));
}

void tst_BackgroundWork::cancelledImportChangesNothing_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("before the first file") << 1;
    QTest::newRow("after the first file") << 2;
    QTest::newRow("after every file, before commit") << 3;
}

void tst_BackgroundWork::cancelledImportChangesNothing()
{
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    MainWindow window(test::catalogIn(dir));
    window.show();
    const int before = window.catalogPane()->model()->totalCount();
    const QStringList files{test::fixture(QStringLiteral("datasheets/complete.txt")),
                            test::fixture(QStringLiteral("datasheets/missing-sections.txt"))};
    bool cancelled = false;
    QTimer::singleShot(0, this, [&cancelled, cancelAt] {
        QTRY_VERIFY(qobject_cast<ImportDatasheetDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<ImportDatasheetDialog *>(QApplication::activeModalWidget());
        QTRY_VERIFY(!dialog->isBusy());
        auto calls = std::make_shared<std::atomic<int>>(0);
        dialog->setImportObserver([dialog, calls, cancelAt, &cancelled](int, int) {
            if (++*calls == cancelAt) {
                cancelled = true;
                // From the worker thread, as the Cancel button would from the GUI.
                QMetaObject::invokeMethod(dialog, &ImportDatasheetDialog::reject, Qt::BlockingQueuedConnection);
            }
        });
        dialog->accept();
    });
    QVERIFY(!window.importDatasheets(files));
    QVERIFY(cancelled);
    QCOMPARE(window.undoStack()->count(), 0);
    window.catalogPane()->reload();
    QCOMPARE(window.catalogPane()->model()->totalCount(), before);
    QVERIFY(!window.catalogPane()->selectItem(QStringLiteral("TEST-0001")));
}

void tst_BackgroundWork::importInTheBackgroundIsOneUndoStep()
{
    QTemporaryDir dir;
    MainWindow window(test::catalogIn(dir));
    window.show();
    const int before = window.catalogPane()->model()->totalCount();
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<ImportDatasheetDialog *>(QApplication::activeModalWidget()));
        qobject_cast<ImportDatasheetDialog *>(QApplication::activeModalWidget())->accept();
    });
    QVERIFY(window.importDatasheets({test::fixture(QStringLiteral("datasheets/complete.txt"))}));
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.catalogPane()->model()->totalCount(), before + 7);
    window.undoStack()->undo();
    QCOMPARE(window.catalogPane()->model()->totalCount(), before);
    window.undoStack()->redo();
    QCOMPARE(window.catalogPane()->model()->totalCount(), before + 7);
    QVERIFY(window.catalogPane()->selectItem(QStringLiteral("TEST-0001")));
}

QTEST_MAIN(tst_BackgroundWork)
#include "tst_BackgroundWork.moc"
