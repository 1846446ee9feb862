#include "TestCatalog.h"
#include "models/bom/BomTable.h"
#include "models/bom/BomTableModel.h"
#include "models/configurator/AssemblyEditor.h"
#include "models/project/ProjectFile.h"
#include "models/project/ProjectModel.h"
#include "models/settings/AppSettings.h"
#include "views/bom/BomView.h"
#include "views/configurator/ConfiguratorView.h"
#include "views/main/MainWindow.h"
#include "views/project/ProjectPane.h"
#include "views/project/ProjectPropertiesDialog.h"
#include "views/project/ProjectSession.h"
#include "views/widgets/AssemblyDefaultsEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_ProjectPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addDuplicateDeleteWithUndo();
    void reorderWithUndo();
    void editInPlaceWithUndo();
    void openInConfigurator();
    void saveAndReopenEqual();
    void titleShowsModified();
    void missingPartsAreListed();
    void importedPartIsNoLongerMissing();
    void malformedFileIsRefused();
    void shortcuts();
    void autosaveIsOfferedForRecovery();
    void autosaveFollowsTheSetting();
    void declinedRecoveryDropsTheCopy();
    void newProjectTakesTheSettingsDefaults();
    void formatOneProjectGetsTheSettingsDefaults();
    void propertiesChangeNameAndDefaults();

private:
    // Stores `defaults` as the Settings' (Edit ▸ Settings ▸ Defaults).
    static void setSettingsDefaults(const AssemblyDefaults &defaults);
    QStringList bomItems() const;
    QStringList designations() const;
    void addAssembly(const QString &socket, const QString &plug);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_messages;
};

void tst_ProjectPane::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(s("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(s("data")).toUtf8());
}

void tst_ProjectPane::init()
{
    m_window = std::make_unique<MainWindow>(test::catalogIn(m_dir));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_messages.clear();
    m_window->projectSession()->setMessageHandler(
        [this](QMessageBox::Icon, const QString &title, const QString &text) {
            m_messages << title + s(": ") + text;
        });
}

void tst_ProjectPane::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

QStringList tst_ProjectPane::designations() const
{
    QStringList list;
    const ProjectModel *model = m_window->projectModel();
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, ProjectModel::Designation).data().toString();
    return list;
}

void tst_ProjectPane::addAssembly(const QString &socket, const QString &plug)
{
    ConfiguratorView *view = m_window->configuratorView();
    QVERIFY(view->startWithSocket(socket));
    if (!plug.isEmpty())
        QVERIFY(view->requestMate(plug));
    QVERIFY(m_window->projectPane()->addCurrentAssembly());
}

void tst_ProjectPane::addDuplicateDeleteWithUndo()
{
    ProjectPane *pane = m_window->projectPane();
    QUndoStack *stack = m_window->undoStack();
    addAssembly(s("770-1324"), s("770-1334"));
    QCOMPARE(designations(), QStringList{s("X1")});
    const ProjectAssembly &first = m_window->projectModel()->assembly(0);
    QCOMPARE(first.assembly.socket.itemNumber, s("770-1324"));
    QCOMPARE(first.assembly.plug.itemNumber, s("770-1334"));
    QCOMPARE(first.quantity, 1);
    const QString status = m_window->projectModel()->index(0, ProjectModel::Status).data().toString();
    QVERIFY2(status == s("ok") || status.contains(s("warning")), qPrintable(status));
    QCOMPARE(stack->undoText(), s("Add X1 to the project"));

    pane->selectRow(0);
    pane->duplicateCurrent();
    QCOMPARE(designations(), (QStringList{s("X1"), s("X2")}));
    QCOMPARE(m_window->projectModel()->assembly(1).assembly.plug.itemNumber, s("770-1334"));
    QCOMPARE(pane->currentRow(), 1);

    pane->selectRow(0);
    pane->removeCurrent();
    QCOMPARE(designations(), QStringList{s("X2")});
    stack->undo();
    QCOMPARE(designations(), (QStringList{s("X1"), s("X2")}));
    stack->undo();
    QCOMPARE(designations(), QStringList{s("X1")});
    stack->redo();
    stack->redo();
    QCOMPARE(designations(), QStringList{s("X2")});
}

void tst_ProjectPane::reorderWithUndo()
{
    ProjectPane *pane = m_window->projectPane();
    addAssembly(s("770-1324"), s("770-1334"));
    pane->duplicateCurrent();
    pane->duplicateCurrent();
    QCOMPARE(designations(), (QStringList{s("X1"), s("X2"), s("X3")}));
    pane->selectRow(2);
    QVERIFY(pane->upAction()->isEnabled());
    QVERIFY(!pane->downAction()->isEnabled());
    pane->upAction()->trigger();
    QCOMPARE(designations(), (QStringList{s("X1"), s("X3"), s("X2")}));
    QCOMPARE(pane->currentRow(), 1);
    pane->selectRow(0);
    pane->downAction()->trigger();
    QCOMPARE(designations(), (QStringList{s("X3"), s("X1"), s("X2")}));
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(designations(), (QStringList{s("X1"), s("X2"), s("X3")}));
    m_window->undoStack()->redo();
    QCOMPARE(designations(), (QStringList{s("X1"), s("X3"), s("X2")}));
}

void tst_ProjectPane::editInPlaceWithUndo()
{
    addAssembly(s("770-1324"), QString());
    ProjectModel *model = m_window->projectModel();
    QVERIFY(model->flags(model->index(0, ProjectModel::Quantity)) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(0, ProjectModel::Status)) & Qt::ItemIsEditable));
    QVERIFY(model->setData(model->index(0, ProjectModel::Quantity), 10));
    QCOMPARE(model->assembly(0).quantity, 10);
    QVERIFY(!model->setData(model->index(0, ProjectModel::Quantity), 0));
    QVERIFY(model->setData(model->index(0, ProjectModel::Designation), s("-XD3")));
    QCOMPARE(designations(), QStringList{s("-XD3")});
    QCOMPARE(m_window->undoStack()->undoText(), s("Rename X1 to -XD3"));
    m_window->undoStack()->undo();
    QCOMPARE(designations(), QStringList{s("X1")});
    m_window->undoStack()->undo();
    QCOMPARE(model->assembly(0).quantity, 1);
    m_window->undoStack()->redo();
    QCOMPARE(model->assembly(0).quantity, 10);

    // Typing into the table edits in place.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTableView *table = m_window->projectPane()->table();
    table->setCurrentIndex(model->index(0, ProjectModel::Designation));
    table->edit(model->index(0, ProjectModel::Designation));
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, s("X7"));
    QCOMPARE(editor->text(), s("X7"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits in a queued call.
    QTRY_COMPARE(designations(), QStringList{s("X7")});
    QCOMPARE(m_window->undoStack()->undoText(), s("Rename X1 to X7"));
}

void tst_ProjectPane::openInConfigurator()
{
    addAssembly(s("770-1324"), s("770-1334"));
    addAssembly(s("770-1324"), QString());
    QCOMPARE(m_window->configuratorView()->editor()->assembly().plug.itemNumber, QString());
    m_window->centralTabs()->setCurrentIndex(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTableView *table = m_window->projectPane()->table();
    const QRect cell = table->visualRect(m_window->projectModel()->index(0, ProjectModel::Designation));
    // A double click is a press, a release and the double click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->configuratorView()->editor()->assembly().plug.itemNumber, s("770-1334"));
    QCOMPARE(m_window->centralTabs()->currentWidget(), m_window->configuratorView());
}

void tst_ProjectPane::saveAndReopenEqual()
{
    addAssembly(s("770-1324"), s("770-1334"));
    m_window->projectPane()->duplicateCurrent();
    QVERIFY(m_window->projectModel()->setData(m_window->projectModel()->index(1, ProjectModel::Quantity), 4));
    const Project before = m_window->projectModel()->project();
    const QString path = m_dir.filePath(s("saved.ccproj"));
    QVERIFY(m_window->projectSession()->saveTo(path));
    QVERIFY(!m_window->projectSession()->isModified());
    QVERIFY(m_window->projectSession()->newProject());
    QCOMPARE(m_window->projectModel()->rowCount(), 0);
    QVERIFY(m_window->openProject(path));
    QCOMPARE(m_window->projectModel()->project(), before);
    QVERIFY(m_messages.isEmpty());
    QCOMPARE(ProjectSession::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void tst_ProjectPane::titleShowsModified()
{
    QVERIFY(m_window->windowTitle().startsWith(s("Untitled project[*]")));
    QVERIFY(!m_window->isWindowModified());
    addAssembly(s("770-1324"), QString());
    QVERIFY(m_window->isWindowModified());
    m_window->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
    m_window->undoStack()->redo();
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->projectSession()->saveTo(m_dir.filePath(s("hall 3.ccproj"))));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY2(m_window->windowTitle().startsWith(s("hall 3[*]")), qPrintable(m_window->windowTitle()));
}

void tst_ProjectPane::missingPartsAreListed()
{
    const QString path = m_dir.filePath(s("missing.ccproj"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format_version": 1, "name": "Hall 3", "assemblies": [
        {"designation": "X1", "quantity": 2, "socket": {"item": "770-1324"}, "plug": null},
        {"designation": "X2", "quantity": 1, "socket": {"item": "770-9999"}, "plug": null}]})");
    file.close();
    QVERIFY(m_window->openProject(path));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(s("770-9999")), qPrintable(m_messages.first()));
    QCOMPARE(designations(), (QStringList{s("X1"), s("X2")}));
    const ProjectModel *model = m_window->projectModel();
    QCOMPARE(model->index(1, ProjectModel::Status).data().toString(), s("missing parts"));
    QVERIFY(model->index(0, ProjectModel::Status).data().toString() != s("missing parts"));
    QVERIFY(m_window->windowTitle().startsWith(s("Hall 3[*]")));
}

void tst_ProjectPane::importedPartIsNoLongerMissing()
{
    // The project names a part the catalog lacks; importing its datasheet
    // updates the project at once, and undoing the import marks it again.
    const QString path = m_dir.filePath(s("later.ccproj"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format_version": 1, "name": "Hall 4", "assemblies": [
        {"designation": "X1", "quantity": 1, "socket": {"item": "TEST-0001"}, "plug": null}]})");
    file.close();
    QVERIFY(m_window->openProject(path));
    const ProjectModel *model = m_window->projectModel();
    QCOMPARE(model->index(0, ProjectModel::Status).data().toString(), s("missing parts"));
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        qobject_cast<QDialog *>(QApplication::activeModalWidget())->accept();
    });
    QVERIFY(m_window->importDatasheets({test::fixture(s("datasheets/complete.txt"))}));
    QVERIFY(model->index(0, ProjectModel::Status).data().toString() != s("missing parts"));
    m_window->undoStack()->undo();
    QCOMPARE(model->index(0, ProjectModel::Status).data().toString(), s("missing parts"));
}

void tst_ProjectPane::malformedFileIsRefused()
{
    const QString broken = m_dir.filePath(s("broken.ccproj"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QVERIFY(!m_window->openProject(broken));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(s("broken.ccproj")), qPrintable(m_messages.first()));

    const QString newer = m_dir.filePath(s("newer.ccproj"));
    QFile next(newer);
    QVERIFY(next.open(QIODevice::WriteOnly));
    next.write(R"({"format_version": 99, "assemblies": []})");
    next.close();
    QVERIFY(!m_window->openProject(newer));
    QCOMPARE(m_messages.size(), 2);
    QVERIFY2(m_messages.last().contains(s("newer")), qPrintable(m_messages.last()));
}

void tst_ProjectPane::shortcuts()
{
    QMap<QString, QKeySequence> keys;
    for (QAction *action : m_window->findChildren<QAction *>())
        keys.insert(action->text(), action->shortcut());
    QCOMPARE(keys.value(s("&Open Project…")), QKeySequence(s("Ctrl+O")));
    QCOMPARE(keys.value(s("Open &Catalog Database…")), QKeySequence(s("Ctrl+Shift+O")));
    QCOMPARE(keys.value(s("&Save")), QKeySequence(s("Ctrl+S")));
}

void tst_ProjectPane::autosaveFollowsTheSetting()
{
    AppSettings::setAutosaveMinutes(12);
    QWidget window;
    ProjectModel model;
    QUndoStack undoStack;
    ProjectSession session(&model, &undoStack, &window);
    AppSettings::setAutosaveMinutes(AppSettings::defaultAutosaveMinutes);
    QCOMPARE(session.autosaveTimer()->interval(), 12 * 60 * 1000);
}

void tst_ProjectPane::autosaveIsOfferedForRecovery()
{
    addAssembly(s("770-1324"), s("770-1334"));
    const QString path = m_dir.filePath(s("autosaved.ccproj"));
    QVERIFY(m_window->projectSession()->saveTo(path));
    ProjectSession *session = m_window->projectSession();
    QVERIFY(session->autosaveTimer()->isActive());
    QCOMPARE(session->autosaveTimer()->interval(), 5 * 60 * 1000);
    session->autosaveNow(); // not modified: nothing written
    QVERIFY(!QFile::exists(session->autosave().pathFor(path)));
    QVERIFY(session->autosave().pathFor(path).startsWith(m_dir.filePath(s("data"))));

    QTest::qWait(20); // the copy is newer than the file
    m_window->projectPane()->duplicateCurrent();
    const Project edited = m_window->projectModel()->project();
    session->autosaveNow();
    QVERIFY(QFile::exists(session->autosave().pathFor(path)));

    // The program stops without saving; the next start opens the file.
    MainWindow next(test::catalogIn(m_dir));
    QStringList asked;
    next.projectSession()->setRecoveryQuestion([&asked](const QString &text) {
        asked << text;
        return true;
    });
    QVERIFY(next.openProject(path));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(s("autosaved.ccproj")), qPrintable(asked.first()));
    QCOMPARE(next.projectModel()->project(), edited);
    QVERIFY(next.projectSession()->isModified());
    QVERIFY(next.isWindowModified());
    // Saving makes the copy unnecessary.
    QVERIFY(next.projectSession()->save());
    QVERIFY(!QFile::exists(session->autosave().pathFor(path)));
    QCOMPARE(ProjectFile::read(path), edited);
}

void tst_ProjectPane::declinedRecoveryDropsTheCopy()
{
    addAssembly(s("770-1324"), QString());
    ProjectSession *session = m_window->projectSession();
    session->autosaveNow(); // an untitled project
    const QString copy = session->autosave().pathFor(QString());
    QVERIFY(QFile::exists(copy));
    MainWindow next(test::catalogIn(m_dir));
    int asked = 0;
    next.projectSession()->setRecoveryQuestion([&asked](const QString &) {
        ++asked;
        return false;
    });
    QVERIFY(!next.projectSession()->offerRecovery());
    QCOMPARE(asked, 1);
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(next.projectModel()->rowCount(), 0);
    QVERIFY(!next.projectSession()->offerRecovery());
    QCOMPARE(asked, 1);
}

void tst_ProjectPane::setSettingsDefaults(const AssemblyDefaults &defaults)
{
    AppSettings settings = AppSettings::load();
    settings.assemblyDefaults = defaults;
    settings.save();
}

QStringList tst_ProjectPane::bomItems() const
{
    QStringList items;
    const BomTableModel *model = m_window->bomView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        items << model->index(row, BomTable::ItemNumber).data().toString();
    return items;
}

void tst_ProjectPane::newProjectTakesTheSettingsDefaults()
{
    // The window starts with a project of the Settings' defaults.
    QCOMPARE(m_window->projectModel()->project().defaults, AppSettings::builtInAssemblyDefaults());
    QCOMPARE(m_window->configuratorView()->editor()->defaults(),
             AppSettings::builtInAssemblyDefaults());
    QVERIFY(!m_window->projectSession()->isModified());

    const AssemblyDefaults white { { s("white") }, s("tool") };
    setSettingsDefaults(white);
    QVERIFY(m_window->projectSession()->newProject());
    QCOMPARE(m_window->projectModel()->project().defaults, white);
    QVERIFY(!m_window->projectSession()->isModified());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->configuratorView()->editor()->defaults(), white);
    setSettingsDefaults(AppSettings::builtInAssemblyDefaults());
}

void tst_ProjectPane::formatOneProjectGetsTheSettingsDefaults()
{
    const QString path = m_dir.filePath(s("format1.ccproj"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format_version": 1, "name": "Hall 5", "assemblies": [
        {"designation": "X1", "quantity": 2,
         "socket": {"item": "770-1324", "mounting": "flying", "cable": {"outer_diameter_mm": 7, "count": 1}},
         "plug": {"item": "770-1334", "mounting": "flying", "cable": {"outer_diameter_mm": 11, "count": 1}}}]})");
    file.close();
    const AssemblyDefaults white { { s("white"), s("black") }, s("tool") };
    setSettingsDefaults(white);
    QVERIFY(m_window->openProject(path));
    QCOMPARE(m_window->projectModel()->project().defaults, white);
    // Opened as it is: not modified.
    QVERIFY(!m_window->projectSession()->isModified());
    QVERIFY(!m_window->isWindowModified());
    // The bill and the configurator evaluate with them: white levers for tools.
    QVERIFY2(bomItems().contains(s("770-131")), qPrintable(bomItems().join(u' ')));
    m_window->projectPane()->openInConfigurator(0);
    QCOMPARE(m_window->configuratorView()->editor()->defaults(), white);
    // Saving writes them (format 2).
    QVERIFY(m_window->projectSession()->save());
    const QJsonObject saved = QJsonDocument::fromJson(test::readAll(path)).object();
    QCOMPARE(saved.value(s("format_version")).toInt(), 2);
    const QJsonObject defaults = saved.value(s("defaults")).toObject();
    QCOMPARE(defaults.value(s("colour_order")).toArray(), (QJsonArray { s("white"), s("black") }));
    QCOMPARE(defaults.value(s("lever_operation")).toString(), s("tool"));
    // A project that states its defaults keeps them, whatever the Settings say.
    setSettingsDefaults(AppSettings::builtInAssemblyDefaults());
    QVERIFY(m_window->projectSession()->newProject());
    QVERIFY(m_window->openProject(path));
    QCOMPARE(m_window->projectModel()->project().defaults, white);
    QVERIFY(!m_window->projectSession()->isModified());
}

void tst_ProjectPane::propertiesChangeNameAndDefaults()
{
    addAssembly(s("770-1324"), s("770-1334"));
    ConfiguratorView *view = m_window->configuratorView();
    Assembly flying = view->editor()->assembly();
    flying.socket.mounting = s("flying");
    flying.plug.mounting = s("flying");
    ProjectAssembly entry = m_window->projectModel()->assembly(0);
    entry.assembly = flying;
    m_window->projectModel()->replaceAssembly(0, entry);
    QVERIFY2(bomItems().contains(s("770-101")), qPrintable(bomItems().join(u' ')));
    view->editor()->load(entry);
    QCOMPARE(view->editor()->lines().first().itemNumber, s("770-101"));

    // Project ▸ Properties…
    QMenu *menu = m_window->menuBar()->findChild<QMenu *>(s("projectMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(m_window->projectPane()->propertiesAction()));
    bool shown = false;
    QTimer::singleShot(0, this, [&shown] {
        auto *dialog = qobject_cast<ProjectPropertiesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        shown = true;
        QCOMPARE(dialog->defaultsEditor()->defaults(), AppSettings::builtInAssemblyDefaults());
        dialog->nameEdit()->setText(s("Hall 6"));
        AssemblyDefaultsEditor *defaults = dialog->defaultsEditor();
        defaults->colourList()->setCurrentRow(1); // white
        defaults->upButton()->click();
        QComboBox *operation = defaults->leverOperationBox();
        operation->setCurrentIndex(operation->findData(s("tool")));
        dialog->accept();
    });
    m_window->projectPane()->propertiesAction()->trigger();
    QVERIFY(shown);
    const AssemblyDefaults white { { s("white"), s("black") }, s("tool") };
    QCOMPARE(m_window->projectModel()->project().name, s("Hall 6"));
    QCOMPARE(m_window->projectModel()->project().defaults, white);
    QCOMPARE(m_window->undoStack()->undoText(), s("Edit the project's properties"));
    QVERIFY2(m_window->windowTitle().startsWith(s("Hall 6[*]")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->isWindowModified());
    // The bill and the configurator follow.
    QVERIFY2(bomItems().contains(s("770-131")) && !bomItems().contains(s("770-101")),
             qPrintable(bomItems().join(u' ')));
    QCOMPARE(view->editor()->defaults(), white);
    QCOMPARE(view->editor()->lines().first().itemNumber, s("770-131"));

    // Undo restores both.
    m_window->undoStack()->undo();
    QCOMPARE(m_window->projectModel()->project().name, QString());
    QCOMPARE(m_window->projectModel()->project().defaults, AppSettings::builtInAssemblyDefaults());
    QVERIFY(bomItems().contains(s("770-101")));
    QCOMPARE(view->editor()->lines().first().itemNumber, s("770-101"));
    m_window->undoStack()->redo();
    QCOMPARE(m_window->projectModel()->project().name, s("Hall 6"));

    // The Settings' defaults are one click away; cancelling changes nothing.
    const int steps = m_window->undoStack()->count();
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ProjectPropertiesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->settingsDefaultsButton()->click();
        QCOMPARE(dialog->defaults(), AppSettings::builtInAssemblyDefaults());
        dialog->reject();
    });
    QVERIFY(!m_window->projectPane()->editProperties());
    QCOMPARE(m_window->undoStack()->count(), steps);
    QCOMPARE(m_window->projectModel()->project().defaults, white);
}

QTEST_MAIN(tst_ProjectPane)
#include "tst_ProjectPane.moc"
