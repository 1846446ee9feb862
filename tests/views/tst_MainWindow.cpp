#include "db/Database.h"
#include "db/PartRepository.h"
#include "models/browser/CatalogTableModel.h"
#include "models/catalog/CatalogSession.h"
#include "models/catalog/CatalogSnapshot.h"
#include "models/catalog/SyntheticCatalog.h"
#include "models/configurator/AssemblyEditor.h"
#include "models/project/ProjectModel.h"
#include "TestCatalog.h"
#include "views/catalog/CatalogPane.h"
#include "views/catalog/PartDetailView.h"
#include "views/configurator/ConfiguratorView.h"
#include "views/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace cc;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheCatalog();
    void modelIsConsistent();
    void typingSearches();
    void facetsFilterAndCount();
    void arrowKeysMoveThroughDatasheets();
    void linkOpensCounterpartAndBackReturns();
    void sortsByColumn();
    void importIsOneUndoableStep();
    void catalogImportShowsDocumentLinks();
    void snapshotRestoresTheCatalog();
    void panesFollowTheCatalogSession();

private:
    void typeSearch(MainWindow &window, const QString &text);
    QStringList itemsShown(MainWindow &window) const;
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

void tst_MainWindow::typeSearch(MainWindow &window, const QString &text)
{
    QLineEdit *field = window.catalogPane()->searchField();
    field->clear();
    QTest::keyClicks(field, text);
    // The pane waits for a pause in typing before it searches.
    QTRY_COMPARE(window.catalogPane()->model()->query().text, text);
    // The facet counts follow from the worker thread.
    QTRY_VERIFY(!window.catalogPane()->facetsPending());
}

QStringList tst_MainWindow::itemsShown(MainWindow &window) const
{
    QStringList items;
    const QAbstractItemModel *model = window.catalogView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        items << model->index(row, 0).data().toString();
    return items;
}

void tst_MainWindow::opensOnTheCatalog()
{
    MainWindow window(test::catalogIn(m_dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.catalogView()->model()->rowCount() >= 38);
    const QString status = window.statusBar()->findChild<QLabel *>()->text();
    // The database by its file, or by its server address without credentials.
    QVERIFY2(status.contains(test::onPostgres() ? QStringLiteral("postgresql://127.0.0.1:")
                                                : QStringLiteral("catalog.sqlite")),
             qPrintable(status));
    const QString password = QUrl(test::postgresAdminUrl()).password();
    QVERIFY(password.isEmpty() || (!status.contains(password) && !window.windowTitle().contains(password)));
    QVERIFY2(status.contains(QLatin1String("parts")), qPrintable(status));
    // The first row is selected and its datasheet shown.
    QCOMPARE(window.catalogView()->currentIndex().row(), 0);
    const QString first = window.catalogView()->model()->index(0, 0).data().toString();
    QVERIFY(window.detailView()->toPlainText().contains(first));
}

void tst_MainWindow::modelIsConsistent()
{
    const auto database = test::catalogIn(m_dir);
    CatalogTableModel model(*database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), model.totalCount());
    const int row = model.rowOf(QStringLiteral("770-1324"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, CatalogTableModel::Coding).data().toString(), QStringLiteral("Q"));
    QCOMPARE(model.index(row, CatalogTableModel::RatedCurrent).data().toString(), QStringLiteral("32 A"));
    QVERIFY(model.index(row, CatalogTableModel::Coding).data(Qt::DecorationRole).canConvert<QColor>());
    const int marker = model.rowOf(QStringLiteral("770-450/000-012"));
    QVERIFY(!model.index(marker, CatalogTableModel::Coding).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(marker, CatalogTableModel::Colour).data(Qt::DecorationRole).isValid());
    const int plug = model.rowOf(QStringLiteral("770-1334"));
    QCOMPARE(model.index(plug, CatalogTableModel::RatedCurrent).data().toString(), QStringLiteral("not known"));
    SearchQuery query;
    query.text = QStringLiteral("housing");
    model.setQuery(query);
    model.sort(CatalogTableModel::Poles, Qt::DescendingOrder);
    QCOMPARE(model.index(0, CatalogTableModel::Poles).data().toInt(), 5);
}

void tst_MainWindow::typingSearches()
{
    MainWindow window(test::catalogIn(m_dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.catalogPane()->searchField()->hasFocus());

    typeSearch(window, QStringLiteral("770-13"));
    QStringList shown = itemsShown(window);
    QVERIFY2(shown.contains(QStringLiteral("770-1324")), qPrintable(shown.join(QLatin1Char(' '))));
    for (const QString &item : shown)
        QVERIFY2(item.startsWith(QLatin1String("770-13")), qPrintable(item));

    typeSearch(window, QStringLiteral("4045454299156"));
    QCOMPARE(itemsShown(window), QStringList{QStringLiteral("770-1324")});
    QVERIFY(window.detailView()->toPlainText().startsWith(QStringLiteral("770-1324")));

    typeSearch(window, QStringLiteral("strain relief 5.0"));
    QCOMPARE(itemsShown(window), (QStringList{QStringLiteral("770-504/023-000"), QStringLiteral("770-514/023-000")}));

    // Odd text is searched as text and never fails.
    for (const QString &odd : {QStringLiteral("\"unbalanced"), QStringLiteral("*"), QStringLiteral("- ( OR"),
                               QStringLiteral("'; DROP TABLE part; --")}) {
        typeSearch(window, odd);
        QVERIFY(!window.catalogPane()->findChild<QLabel *>()->text().contains(QLatin1String("Cannot")));
    }
    window.catalogPane()->clearFilters();
    QVERIFY(window.catalogView()->model()->rowCount() >= 38);
}

void tst_MainWindow::facetsFilterAndCount()
{
    MainWindow window(test::catalogIn(m_dir));
    window.show();
    CatalogPane *pane = window.catalogPane();
    QComboBox *kind = pane->facetBox(QStringLiteral("kind"));
    QComboBox *coding = pane->facetBox(QStringLiteral("coding"));
    QTRY_VERIFY(!pane->facetsPending());
    const int socket = kind->findData(QStringLiteral("socket"));
    QVERIFY(socket > 0);
    QVERIFY2(kind->itemText(socket).startsWith(QLatin1String("Socket (")), qPrintable(kind->itemText(socket)));
    kind->setCurrentIndex(socket);
    QTRY_VERIFY(!pane->facetsPending());
    for (const QString &item : itemsShown(window))
        QVERIFY(QStringList({QStringLiteral("770-105"), QStringLiteral("770-1102"), QStringLiteral("770-1324"),
                             QStringLiteral("770-203"), QStringLiteral("770-244")}).contains(item));
    // The coding facet now counts sockets only.
    const int q = coding->findData(QStringLiteral("Q"));
    QCOMPARE(coding->itemText(q), QStringLiteral("Q (1)"));
    // The kind facet keeps counting every kind, so the user can switch.
    QVERIFY(kind->findData(QStringLiteral("plug")) > 0);
    typeSearch(window, QStringLiteral("DALI"));
    QCOMPARE(itemsShown(window), QStringList{QStringLiteral("770-1102")});
    QCOMPARE(kind->itemText(kind->findData(QStringLiteral("plug"))), QStringLiteral("Plug (1)"));
    pane->clearFilters();
    QCOMPARE(kind->currentIndex(), 0);
    QVERIFY(itemsShown(window).size() >= 38);
}

void tst_MainWindow::arrowKeysMoveThroughDatasheets()
{
    MainWindow window(test::catalogIn(m_dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.catalogView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    const QString second = view->model()->index(1, 0).data().toString();
    QVERIFY(window.detailView()->toPlainText().startsWith(second));
}

void tst_MainWindow::linkOpensCounterpartAndBackReturns()
{
    MainWindow window(test::catalogIn(m_dir));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openPart(QStringLiteral("770-1324"));
    QVERIFY(window.detailView()->toPlainText().contains(QStringLiteral("Push-in CAGE CLAMP")));
    // Follow the link as a click on it would.
    window.detailView()->setSource(QUrl(QStringLiteral("part:770-2334%2F007-000")));
    QVERIFY(window.detailView()->toPlainText().startsWith(QStringLiteral("770-2334/007-000")));
    // Its family is derived from the listing it was reached from, and says so.
    QVERIFY(window.detailView()->toPlainText().contains(QStringLiteral(
        "WINSTA MIDI (derived from the listing on the datasheet of 770-1324, source D1)")));
    QCOMPARE(window.catalogView()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("770-2334/007-000"));
    QVERIFY(window.backAction()->isEnabled());
    window.detailView()->setFocus();
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QVERIFY(window.detailView()->toPlainText().startsWith(QStringLiteral("770-1324")));
    QVERIFY(window.forwardAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(window.detailView()->toPlainText().startsWith(QStringLiteral("770-2334/007-000")));
    // Superseded numbers lead to the successor and say so.
    window.openPart(QStringLiteral("770-243"));
    QVERIFY(window.detailView()->toPlainText().contains(QStringLiteral("770-243 is superseded")));
}

void tst_MainWindow::sortsByColumn()
{
    MainWindow window(test::catalogIn(m_dir));
    window.show();
    window.catalogView()->sortByColumn(CatalogTableModel::RatedCurrent, Qt::DescendingOrder);
    QCOMPARE(window.catalogView()->model()->index(0, 0).data().toString(), QStringLiteral("770-1324"));
}

void tst_MainWindow::importIsOneUndoableStep()
{
    QTemporaryDir dir;
    MainWindow window(test::catalogIn(dir));
    window.show();
    const int before = window.catalogPane()->model()->totalCount();
    // Accept the preview as soon as it shows.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->accept();
    });
    QVERIFY(window.importDatasheets({test::fixture(QStringLiteral("datasheets/complete.txt"))}));
    QCOMPARE(window.undoStack()->count(), 1);
    QVERIFY(window.catalogPane()->model()->totalCount() > before);
    QVERIFY(window.catalogPane()->selectItem(QStringLiteral("TEST-0001")));
    window.undoStack()->undo();
    QCOMPARE(window.catalogPane()->model()->totalCount(), before);
    QVERIFY(!window.catalogPane()->selectItem(QStringLiteral("TEST-0001")));
    window.undoStack()->redo();
    QVERIFY(window.catalogPane()->selectItem(QStringLiteral("TEST-0001")));
    // A file that is not a datasheet imports nothing and leaves no step.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        qobject_cast<QDialog *>(QApplication::activeModalWidget())->reject();
    });
    QVERIFY(!window.importDatasheets({test::fixture(QStringLiteral("datasheets/not-a-datasheet.txt"))}));
    QCOMPARE(window.undoStack()->count(), 1);
}

void tst_MainWindow::panesFollowTheCatalogSession()
{
    QTemporaryDir dir;
    MainWindow window(test::catalogIn(dir));
    window.show();
    CatalogSession *session = window.catalogSession();
    QVERIFY(session && session->isOpen());
    QCOMPARE(window.projectModel()->catalog(), session->catalog());
    QCOMPARE(window.configuratorView()->editor()->catalog(), session->catalog());
    window.openPart(QStringLiteral("770-1324"));
    QVERIFY(window.configuratorView()->startWithSocket(QStringLiteral("770-1324")));
    QCOMPARE(window.undoStack()->count(), 1);

    // Parts written and announced: the datasheet and the catalog are read
    // again, the part shown stays shown and current.
    session->database()->run(QStringLiteral("UPDATE part SET description = 'Renamed by the test' "
                                            "WHERE item_number = '770-1324'"),
                             QStringLiteral("test edit"));
    QVERIFY(!window.detailView()->toPlainText().contains(QLatin1String("Renamed by the test")));
    session->notifyPartsChanged({QStringLiteral("770-1324")});
    QVERIFY(window.detailView()->toPlainText().contains(QLatin1String("Renamed by the test")));
    QCOMPARE(window.catalogView()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("770-1324"));
    QCOMPARE(window.currentPart()->itemNumber(), QStringLiteral("770-1324"));
    QCOMPARE(window.configuratorView()->editor()->assembly().socket.itemNumber, QStringLiteral("770-1324"));
    QCOMPARE(window.undoStack()->count(), 1);

    // Another catalog: every pane shows it, the undo steps of the old one go.
    QLabel *status = window.statusBar()->findChild<QLabel *>();
    const int before = window.catalogPane()->model()->totalCount();
    QTemporaryDir other;
    std::unique_ptr<Database> next = test::catalogIn(other, QStringLiteral("other.sqlite"));
    SyntheticCatalog::Options options;
    options.parts = 5;
    SyntheticCatalog::write(*next, options);
    const int parts = PartRepository(*next).count();
    session->open(std::move(next));
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(window.catalogPane()->model()->totalCount(), before + 5);
    QVERIFY2(status->text().contains(QStringLiteral("%1 parts").arg(QLocale().toString(parts))),
             qPrintable(status->text()));
    QCOMPARE(window.projectModel()->catalog(), session->catalog());
    QCOMPARE(window.configuratorView()->editor()->catalog(), session->catalog());
    QVERIFY(window.configuratorView()->editor()->assembly().socket.itemNumber.isEmpty());
    // The first part of the new catalog is shown; nothing of the old one.
    QCOMPARE(window.catalogView()->currentIndex().row(), 0);
    const QString first = window.catalogView()->model()->index(0, 0).data().toString();
    QVERIFY(window.detailView()->toPlainText().startsWith(first));
    QVERIFY(!window.backAction()->isEnabled());
}

void tst_MainWindow::catalogImportShowsDocumentLinks()
{
    QTemporaryDir dir;
    MainWindow window(test::catalogIn(dir));
    window.show();
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importCatalogAction")));
    // Import as soon as the preview is ready.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        qobject_cast<QDialog *>(QApplication::activeModalWidget())->accept();
    });
    QVERIFY(window.importCatalog(test::fixture(QStringLiteral("feeds/bmecat2005-latin1.xml"))));
    QCOMPARE(window.undoStack()->count(), 1);
    QVERIFY(window.catalogPane()->selectItem(QStringLiteral("TEST-FEED-0001")));
    window.openPart(QStringLiteral("TEST-FEED-0001"));
    PartDetailView *view = window.detailView();
    const QString html = view->toHtml();
    QVERIFY2(html.contains(QStringLiteral("https://example.com/media/datasheets/TEST-FEED-0001.pdf")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("TESTSTAR MIDI")));
    // A document link goes to the desktop; the pane fetches nothing.
    view->setOpensDocuments(false);
    QSignalSpy documents(view, &PartDetailView::documentRequested);
    QSignalSpy parts(view, &PartDetailView::partRequested);
    view->setSource(QUrl(QStringLiteral("https://example.com/media/datasheets/TEST-FEED-0001.pdf")));
    QCOMPARE(documents.count(), 1);
    QCOMPARE(documents.first().at(0).toUrl(), QUrl(QStringLiteral("https://example.com/media/datasheets/TEST-FEED-0001.pdf")));
    QCOMPARE(parts.count(), 0);
    window.undoStack()->undo();
    QVERIFY(!window.catalogPane()->selectItem(QStringLiteral("TEST-FEED-0001")));
}

void tst_MainWindow::snapshotRestoresTheCatalog()
{
    QTemporaryDir dir;
    MainWindow window(test::catalogIn(dir));
    window.show();
    const int before = window.catalogPane()->model()->totalCount();
    const QString snapshot = dir.filePath(CatalogSnapshot::fileName(QDateTime::currentDateTime()));
    CatalogSnapshot::save(*window.catalogSession()->database(), snapshot);
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        qobject_cast<QDialog *>(QApplication::activeModalWidget())->accept();
    });
    QVERIFY(window.importCatalog(test::fixture(QStringLiteral("feeds/bmecat2005-latin1.xml"))));
    QTRY_VERIFY(window.catalogPane()->model()->totalCount() > before);
    QVERIFY(window.restoreSnapshot(snapshot, false));
    QTRY_COMPARE(window.catalogPane()->model()->totalCount(), before);
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(!PartRepository(*window.catalogSession()->database()).idOf(QStringLiteral("TEST-FEED-0001")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
