#include "CatalogTableModel.h"
#include "MainWindow.h"
#include "PartDetailView.h"
#include "PartRepository.h"
#include "TestCatalog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheCatalog();
    void modelIsConsistent();
    void arrowKeysMoveThroughDatasheets();
    void linkOpensCounterpart();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

void tst_MainWindow::opensOnTheCatalog()
{
    MainWindow window(test::catalogIn(m_dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.catalogView()->model()->rowCount() >= 38);
    const QString status = window.statusBar()->findChild<QLabel *>()->text();
    QVERIFY2(status.contains(QLatin1String("catalog.sqlite")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("parts")), qPrintable(status));
    // The first row is selected and its datasheet shown.
    QCOMPARE(window.catalogView()->currentIndex().row(), 0);
    const QString first = window.catalogView()->model()->index(0, 0).data().toString();
    QVERIFY(window.detailView()->toPlainText().contains(first));
}

void tst_MainWindow::modelIsConsistent()
{
    const auto database = test::catalogIn(m_dir);
    PartRepository repository(*database);
    CatalogTableModel model(repository);
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

void tst_MainWindow::linkOpensCounterpart()
{
    MainWindow window(test::catalogIn(m_dir));
    window.show();
    window.openPart(QStringLiteral("770-1324"));
    QVERIFY(window.detailView()->toPlainText().contains(QStringLiteral("Push-in CAGE CLAMP")));
    // Follow the link as a click on it would.
    window.detailView()->setSource(QUrl(QStringLiteral("part:770-2334%2F007-000")));
    QVERIFY(window.detailView()->toPlainText().startsWith(QStringLiteral("770-2334/007-000")));
    const QModelIndex current = window.catalogView()->currentIndex();
    QCOMPARE(current.siblingAtColumn(0).data().toString(), QStringLiteral("770-2334/007-000"));
    // Superseded numbers lead to the successor and say so.
    window.openPart(QStringLiteral("770-243"));
    QVERIFY(window.detailView()->toPlainText().contains(QStringLiteral("770-243 is superseded")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
