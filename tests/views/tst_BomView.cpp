#include "models/bom/BomTable.h"
#include "models/bom/BomTableModel.h"
#include "models/bom/export/BomFormats.h"
#include "models/bom/export/BomPageLayout.h"
#include "models/project/ProjectModel.h"
#include "models/settings/AppSettings.h"
#include "TestCatalog.h"
#include "views/bom/BomView.h"
#include "views/configurator/ConfiguratorView.h"
#include "views/main/MainWindow.h"
#include "views/project/ProjectPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_BomView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsFollowTheProject();
    void sortsNumerically();
    void exportsEveryFormat();
    void hiddenColumnsAreKept();
    void exportSaysWhereTheFileWent();
    void defaultFileNameIsTheProjectName();
    void printShowsTheColumnsShown();
    void previewChoosesTheColumns();
    void screenshot();

private:
    void addAssembly(MainWindow &window, const QString &socket, const QString &plug);
    QStringList column(const QAbstractItemModel *model, int column) const;
    QTemporaryDir m_dir;
};

void tst_BomView::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(s("config")).toUtf8());
}

void tst_BomView::addAssembly(MainWindow &window, const QString &socket, const QString &plug)
{
    QVERIFY(window.configuratorView()->startWithSocket(socket));
    if (!plug.isEmpty())
        QVERIFY(window.configuratorView()->requestMate(plug));
    QVERIFY(window.projectPane()->addCurrentAssembly());
}

QStringList tst_BomView::column(const QAbstractItemModel *model, int column) const
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

void tst_BomView::rowsFollowTheProject()
{
    MainWindow window(test::catalogIn(m_dir));
    BomView *bom = window.bomView();
    QAbstractItemModelTester tester(bom->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(bom->model()->rowCount(), 0);
    QCOMPARE(bom->model()->columnCount(), int(BomTable::ColumnCount));
    QCOMPARE(bom->model()->headerData(BomTable::ItemNumber, Qt::Horizontal).toString(),
             BomTable::headers().at(BomTable::ItemNumber));

    addAssembly(window, s("770-1324"), s("770-1334"));
    const QStringList items = column(bom->model(), BomTable::ItemNumber);
    QVERIFY2(items.contains(s("770-1324")) && items.contains(s("770-1334")), qPrintable(items.join(u' ')));
    const int socketRow = int(items.indexOf(s("770-1324")));
    QCOMPARE(bom->model()->index(socketRow, BomTable::Quantity).data().toString(), s("1"));
    QCOMPARE(bom->model()->index(socketRow, BomTable::UsedIn).data().toString(), s("X1"));
    // Cells read as the exports do.
    QCOMPARE(bom->model()->index(socketRow, BomTable::Description).data().toString(),
             BomTable::row(bom->model()->bom().lines.at(socketRow)).at(BomTable::Description));

    ProjectModel *project = window.projectModel();
    QVERIFY(project->setData(project->index(0, ProjectModel::Quantity), 5));
    QCOMPARE(bom->model()->index(socketRow, BomTable::Quantity).data().toString(), s("5"));
    QVERIFY(bom->totals()->text().contains(s("10")));
    window.undoStack()->undo();
    QCOMPARE(bom->model()->index(socketRow, BomTable::Quantity).data().toString(), s("1"));
    QCOMPARE(bom->warnings()->count(), bom->model()->bom().warnings.size());
    window.undoStack()->undo();
    QCOMPARE(bom->model()->rowCount(), 0);
}

void tst_BomView::sortsNumerically()
{
    MainWindow window(test::catalogIn(m_dir));
    addAssembly(window, s("770-1324"), s("770-1334"));
    addAssembly(window, s("770-1324"), QString());
    ProjectModel *project = window.projectModel();
    QVERIFY(project->setData(project->index(1, ProjectModel::Quantity), 9));
    QTableView *table = window.bomView()->table();
    table->sortByColumn(BomTable::Quantity, Qt::DescendingOrder);
    const QStringList quantities = column(table->model(), BomTable::Quantity);
    QVERIFY(quantities.size() >= 2);
    QCOMPARE(quantities.first(), s("10")); // 1 + 9 sockets, above the single plug
    table->sortByColumn(BomTable::Quantity, Qt::AscendingOrder);
    QCOMPARE(column(table->model(), BomTable::Quantity).last(), s("10"));
}

void tst_BomView::exportsEveryFormat()
{
    MainWindow window(test::catalogIn(m_dir));
    addAssembly(window, s("770-1324"), s("770-1334"));
    BomView *bom = window.bomView();
    for (const char *suffix : {"csv", "xlsx", "pdf", "html", "json"}) {
        const QString path = m_dir.filePath(s("bom.") + s(suffix));
        const QString error = bom->exportTo(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() > 0, suffix);
    }
    QFile json(m_dir.filePath(s("bom.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray lines = QJsonDocument::fromJson(json.readAll()).object().value(s("lines")).toArray();
    QCOMPARE(lines.size(), bom->model()->rowCount());
    QVERIFY(!bom->exportTo(m_dir.filePath(s("bom.doc"))).isEmpty());
    // The GUI names formats as the command line does.
    QCOMPARE(bom->exportTo(m_dir.filePath(s("bom.doc"))), BomFormats::unknownFormatMessage(s("doc")));
    QVERIFY(!QFile::exists(m_dir.filePath(s("bom.doc"))));
    QFile htm(m_dir.filePath(s("bom.htm")));
    QCOMPARE(bom->exportTo(htm.fileName()), QString());
    QVERIFY(htm.open(QIODevice::ReadOnly));
    QVERIFY(htm.readAll().startsWith("<!DOCTYPE html>"));
}

void tst_BomView::hiddenColumnsAreKept()
{
    AppSettings::setHiddenBomColumns({BomTable::Gtin, BomTable::CustomsTariff});
    ProjectModel project;
    const BomView view(&project);
    AppSettings::setHiddenBomColumns({});
    for (int column = 0; column < BomTable::ColumnCount; ++column) {
        QCOMPARE(view.table()->isColumnHidden(column),
                 column == BomTable::Gtin || column == BomTable::CustomsTariff);
    }
}

void tst_BomView::screenshot()
{
    const QString dir = qEnvironmentVariableIsSet("CC_SCREENSHOT_DIR")
        ? qEnvironmentVariable("CC_SCREENSHOT_DIR")
        : m_dir.filePath(s("screenshots"));
    QVERIFY(QDir().mkpath(dir));
    MainWindow window(test::catalogIn(m_dir));
    addAssembly(window, s("770-1324"), s("770-1334"));
    addAssembly(window, s("770-1324"), s("770-2334"));
    addAssembly(window, s("770-1324"), QString());
    ProjectModel *project = window.projectModel();
    QVERIFY(project->setData(project->index(0, ProjectModel::Quantity), 10));
    QVERIFY(project->setData(project->index(2, ProjectModel::Quantity), 4));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.configuratorView()->fitToView();
    QTest::qWait(50);
    QVERIFY(window.grab().save(dir + s("/mainwindow-project-bom.png")));
}

void tst_BomView::exportSaysWhereTheFileWent()
{
    MainWindow window(test::catalogIn(m_dir));
    addAssembly(window, s("770-1324"), s("770-1334"));
    BomView *bom = window.bomView();
    QVERIFY(!bom->model()->bom().warnings.isEmpty());
    QSignalSpy said(bom, &BomView::statusMessage);
    const QString xlsx = m_dir.filePath(s("said.xlsx"));
    QCOMPARE(bom->exportTo(xlsx), QString());
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.takeFirst().at(0).toString(),
             s("Bill of materials written to ") + QDir::toNativeSeparators(xlsx));
    QCOMPARE(window.statusBar()->currentMessage(),
             s("Bill of materials written to ") + QDir::toNativeSeparators(xlsx));
    // A CSV file holds no warnings: the message says where they are.
    const QString csv = m_dir.filePath(s("said.csv"));
    QCOMPARE(bom->exportTo(csv), QString());
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(s("Bill of materials written to ") + QDir::toNativeSeparators(csv)),
             qPrintable(message));
    QVERIFY2(message.contains(s("a CSV file holds no warnings: its %1 warnings are listed in the Bill of Materials pane")
                                  .arg(bom->model()->bom().warnings.size())),
             qPrintable(message));
    // A failed export says nothing there.
    QVERIFY(!bom->exportTo(m_dir.filePath(s("no/folder/bom.csv"))).isEmpty());
    QCOMPARE(said.size(), 1);
}

void tst_BomView::defaultFileNameIsTheProjectName()
{
    ProjectModel project;
    BomView view(&project);
    const BomFormat &xlsx = *BomFormats::byId(s("xlsx"));
    QCOMPARE(view.defaultFileName(xlsx), s("bill-of-materials.xlsx")); // unnamed
    Project named;
    named.name = s("Hall 3/4: lighting");
    project.setProject(named);
    QCOMPARE(view.defaultFileName(xlsx), s("Hall 3-4- lighting.xlsx"));
    QCOMPARE(view.defaultFileName(BomFormats::defaultFormat()), s("Hall 3-4- lighting.csv"));
}

void tst_BomView::printShowsTheColumnsShown()
{
    const QString pdftotext = QStandardPaths::findExecutable(s("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils are not installed: the printout is not read");
    MainWindow window(test::catalogIn(m_dir));
    addAssembly(window, s("770-1324"), s("770-1334"));
    BomView *bom = window.bomView();
    bom->setColumnShown(BomTable::Gtin, false);
    bom->setColumnShown(BomTable::Approvals, false);
    QCOMPARE(bom->writeOptions().hiddenColumns, (QList<int>{BomTable::Gtin, BomTable::Approvals}));
    const auto printed = [&](const QString &name) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(name));
        printer.setPageLayout(BomPageLayout::defaultPageLayout());
        bom->print(&printer);
        QProcess process;
        process.start(pdftotext, {s("-layout"), m_dir.filePath(name), s("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString text = printed(s("printed.pdf"));
    // The PDF's layout on the printer: title block, whole item numbers.
    QVERIFY2(text.contains(s("Bill of materials")) && text.contains(s("Page 1 of 1")), qPrintable(text));
    QVERIFY(text.contains(s("770-1324")));
    QVERIFY(text.contains(s("Description")));
    QVERIFY(!text.contains(s("GTIN")));
    QVERIFY(!text.contains(s("4045454299156")));
    // The PDF export shows the same columns.
    const QString pdf = m_dir.filePath(s("exported.pdf"));
    QCOMPARE(bom->exportTo(pdf), QString());
    QProcess process;
    process.start(pdftotext, {s("-layout"), pdf, s("-")});
    process.waitForFinished(60000);
    const QString exported = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(exported.contains(s("770-1324")));
    QVERIFY(!exported.contains(s("4045454299156")));
    bom->setColumnShown(BomTable::Gtin, true);
    QVERIFY(printed(s("printed-again.pdf")).contains(s("4045454299156")));
    bom->setColumnShown(BomTable::Approvals, true);
    QCOMPARE(AppSettings::hiddenBomColumns(BomTable::ColumnCount), QList<int>());
}

void tst_BomView::previewChoosesTheColumns()
{
    MainWindow window(test::catalogIn(m_dir));
    addAssembly(window, s("770-1324"), s("770-1334"));
    BomView *bom = window.bomView();
    QSignalSpy changed(bom, &BomView::columnsChanged);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(preview);
        auto *button = preview->findChild<QToolButton *>(s("bomPrintColumns"));
        QVERIFY(button);
        QVERIFY(button->menu());
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), qsizetype(BomTable::ColumnCount));
        QCOMPARE(actions.at(BomTable::Gtin)->text(), BomTable::headers().at(BomTable::Gtin));
        QVERIFY(actions.at(BomTable::Gtin)->isChecked());
        // Unticking a column in the preview hides it in the pane too, and keeps it.
        actions.at(BomTable::Gtin)->trigger();
        QVERIFY(bom->table()->isColumnHidden(BomTable::Gtin));
        QCOMPARE(AppSettings::hiddenBomColumns(BomTable::ColumnCount), QList<int>{BomTable::Gtin});
        QVERIFY(!actions.at(BomTable::Gtin)->isChecked());
        actions.at(BomTable::Gtin)->trigger();
        QVERIFY(!bom->table()->isColumnHidden(BomTable::Gtin));
        seen = true;
        preview->reject();
    });
    bom->printWithPreview();
    QVERIFY(seen);
    QCOMPARE(changed.size(), 2);
    // The last column shown stays.
    for (int column = 0; column < BomTable::ColumnCount; ++column)
        bom->setColumnShown(column, false);
    QCOMPARE(bom->writeOptions().hiddenColumns.size(), qsizetype(BomTable::ColumnCount - 1));
    for (int column = 0; column < BomTable::ColumnCount; ++column)
        bom->setColumnShown(column, true);
    QCOMPARE(bom->writeOptions().hiddenColumns, QList<int>());
}

QTEST_MAIN(tst_BomView)
#include "tst_BomView.moc"
