#include "views/main/MainWindow.h"

#include "db/CatalogOpener.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/DatabaseLocation.h"
#include "db/PartRepository.h"
#include "models/catalog/CatalogSession.h"
#include "models/catalog/CatalogSnapshot.h"
#include "models/datasheet/DatasheetPrinter.h"
#include "models/import/cmd/CmdImportCatalog.h"
#include "models/import/cmd/CmdImportDatasheet.h"
#include "models/project/ProjectModel.h"
#include "models/settings/AppSettings.h"
#include "models/tasks/BackgroundTask.h"
#include "models/tasks/FileExportTask.h"
#include "views/bom/BomView.h"
#include "views/catalog/CatalogConnector.h"
#include "views/catalog/CatalogPane.h"
#include "views/catalog/PartDetailView.h"
#include "views/configurator/ConfiguratorView.h"
#include "views/import/ImportCatalogDialog.h"
#include "views/import/ImportDatasheetDialog.h"
#include "views/main/MainViewsTr.h"
#include "views/project/ProjectPane.h"
#include "views/project/ProjectSession.h"
#include "views/settings/SettingsDialog.h"
#include "views/tasks/TaskProgressDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace cc {

namespace {

// `key` plus the platform's keys for `standard`, each once: a key listed
// twice would make the shortcut ambiguous, and it would not fire at all.
QList<QKeySequence> withPlatformKeys(const QKeySequence &key, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys{key};
    for (const QKeySequence &platform : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(platform))
            keys << platform;
    }
    return keys;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::make_unique<CatalogSession>())
{
    // The panes get the session while it is still empty; opening the
    // database below lists it in every one of them.
    m_catalog = new CatalogPane(m_session.get(), this);
    m_detailView = new PartDetailView(this);
    m_databaseLabel = new QLabel(this);
    m_undoStack = new QUndoStack(this);
    setWindowTitle(MainViewsTr::tr("Connector Configurator"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->addTab(m_detailView, MainViewsTr::tr("&Datasheet"));
    m_configurator = new ConfiguratorView(m_session.get(), m_undoStack, m_tabs);
    m_tabs->addTab(m_configurator, MainViewsTr::tr("C&onfigurator"));
    setCentralWidget(m_tabs);

    auto *catalogDock = new QDockWidget(MainViewsTr::tr("Catalog"), this);
    catalogDock->setObjectName(QStringLiteral("catalogDock"));
    catalogDock->setWidget(m_catalog);
    catalogDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                             | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock);

    m_projectModel = new ProjectModel(m_session.get(), this);
    m_projectPane = new ProjectPane(m_projectModel, m_configurator->editor(), this);
    auto *projectDock = new QDockWidget(MainViewsTr::tr("Project"), this);
    projectDock->setObjectName(QStringLiteral("projectDock"));
    projectDock->setWidget(m_projectPane);
    projectDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                             | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, projectDock);
    m_projectSession = new ProjectSession(m_projectModel, m_undoStack, this);
    m_bomView = new BomView(m_projectModel, this);
    auto *bomDock = new QDockWidget(MainViewsTr::tr("Bill of Materials"), this);
    bomDock->setObjectName(QStringLiteral("bomDock"));
    bomDock->setWidget(m_bomView);
    bomDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                         | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, bomDock);
    connect(m_bomView, &BomView::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_projectPane, &ProjectPane::openedInConfigurator, this, [this] {
        m_tabs->setCurrentWidget(m_configurator);
        m_configurator->fitToView();
    });

    statusBar()->addWidget(m_databaseLabel, 1);
    createMenus();
    QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    viewMenu->addAction(catalogDock->toggleViewAction());
    viewMenu->addAction(projectDock->toggleViewAction());
    viewMenu->addAction(bomDock->toggleViewAction());

    connect(m_catalog, &CatalogPane::currentPartChanged, this, &MainWindow::openPart);
    connect(m_catalog, &CatalogPane::partActivated, this, [this](const QString &item) {
        openPart(item);
        m_tabs->setCurrentWidget(m_detailView);
        m_detailView->setFocus();
    });
    connect(m_detailView, &PartDetailView::partRequested, this, &MainWindow::openPart);
    m_detailView->setPrinter(datasheetPrinter());

    connect(m_session.get(), &CatalogSession::catalogAboutToBeReplaced, this,
            &MainWindow::catalogAboutToBeReplaced);
    connect(m_session.get(), &CatalogSession::catalogReplaced, this, &MainWindow::catalogReplaced);
    connect(m_session.get(), &CatalogSession::partsChanged, this, &MainWindow::partsChanged);
    m_session->open(std::move(database));

    if (!restoreGeometry(AppSettings::mainWindowGeometry()))
        resize(firstSize());
    const QByteArray state = AppSettings::mainWindowState();
    restoreState(state);
    if (state.isEmpty()) {
        // The configurator between the docks keeps the larger part of a
        // small screen (1366 × 768: the parts table's columns fit).
        resizeDocks({ catalogDock, projectDock },
                    { std::min(720, width() * 7 / 20), std::min(360, width() / 5) },
                    Qt::Horizontal);
        resizeDocks({ bomDock }, { std::min(260, height() / 5) }, Qt::Vertical);
    }
}

MainWindow::~MainWindow() = default;

QSize MainWindow::firstSize() const
{
    // 1320 × 820, or nine tenths of a larger screen; never more than the
    // screen offers.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1320, 820);
    return QSize(1320, 820).expandedTo(available * 0.9).boundedTo(available);
}

QTableView *MainWindow::catalogView() const
{
    return m_catalog->table();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(MainViewsTr::tr("&File"));
    QAction *newProject = file->addAction(MainViewsTr::tr("&New Project"), m_projectSession, &ProjectSession::newProject);
    newProject->setShortcut(QKeySequence::New);
    QAction *openProject = file->addAction(MainViewsTr::tr("&Open Project…"), m_projectSession, &ProjectSession::chooseAndOpen);
    openProject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QMenu *recent = file->addMenu(MainViewsTr::tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_projectSession->fillRecentMenu(recent); });
    QAction *save = file->addAction(MainViewsTr::tr("&Save"), m_projectSession, &ProjectSession::save);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    QAction *saveAs = file->addAction(MainViewsTr::tr("Save &As…"), m_projectSession, &ProjectSession::saveAs);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *open = file->addAction(MainViewsTr::tr("Open &Catalog Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(MainViewsTr::tr("Connect to Catalog &Server…"), this, &MainWindow::connectToServer);
    QAction *import = file->addAction(MainViewsTr::tr("&Import Datasheets…"), this, &MainWindow::chooseDatasheets);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importCatalog = file->addAction(MainViewsTr::tr("Import &Catalog…"), this, &MainWindow::chooseCatalog);
    importCatalog->setObjectName(QStringLiteral("importCatalogAction"));
    importCatalog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *restore = file->addAction(MainViewsTr::tr("Restore Catalog &Snapshot…"), this, &MainWindow::chooseSnapshot);
    restore->setObjectName(QStringLiteral("restoreSnapshotAction"));
    file->addSeparator();
    m_print = file->addAction(MainViewsTr::tr("&Print Datasheet…"), this, &MainWindow::printDatasheet);
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf = file->addAction(MainViewsTr::tr("&Export Datasheet as PDF…"), this, &MainWindow::exportDatasheet);
    file->addSeparator();
    QAction *quit = file->addAction(MainViewsTr::tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(MainViewsTr::tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, MainViewsTr::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, MainViewsTr::tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(MainViewsTr::tr("&Find in Catalog"), m_catalog, &CatalogPane::focusSearch);
    find->setShortcut(QKeySequence::Find);
    edit->addAction(MainViewsTr::tr("&Clear Filters"), m_catalog, &CatalogPane::clearFilters);
    edit->addSeparator();
    QAction *settings = edit->addAction(MainViewsTr::tr("&Settings…"), this, [this] {
        SettingsDialog dialog(AppSettings::load(), this);
        if (dialog.exec() == QDialog::Accepted) {
            dialog.settings().save();
            m_detailView->setPrinter(datasheetPrinter());
            openPart(m_history.current());
        }
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(MainViewsTr::tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_back = view->addAction(MainViewsTr::tr("&Back"), this, &MainWindow::goBack);
    m_back->setShortcuts(withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_forward = view->addAction(MainViewsTr::tr("&Forward"), this, &MainWindow::goForward);
    m_forward->setShortcuts(withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    view->addSeparator();

    QToolBar *toolbar = addToolBar(MainViewsTr::tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolBar"));
    toolbar->addAction(m_back);
    toolbar->addAction(m_forward);
    toolbar->addSeparator();
    toolbar->addAction(m_print);
    toolbar->addAction(m_exportPdf);

    QMenu *assembly = menuBar()->addMenu(MainViewsTr::tr("&Assembly"));
    m_configure = assembly->addAction(MainViewsTr::tr("&Configure with this Socket"), this, &MainWindow::configureCurrentPart);
    m_configure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *addToProject = assembly->addAction(MainViewsTr::tr("&Add Current Assembly to Project"), m_projectPane,
                                                &ProjectPane::addCurrentAssembly);
    addToProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    assembly->addAction(m_projectPane->updateAction());
    assembly->addAction(m_projectPane->openAction());

    QMenu *project = menuBar()->addMenu(MainViewsTr::tr("&Project"));
    project->setObjectName(QStringLiteral("projectMenu"));
    project->addAction(m_projectPane->propertiesAction());

    QMenu *help = menuBar()->addMenu(MainViewsTr::tr("&Help"));
    help->addAction(MainViewsTr::tr("&About Connector Configurator"), this, &MainWindow::showAbout);
    updateNavigation();
}

void MainWindow::catalogAboutToBeReplaced()
{
    // Undo steps belong to the database they were made in.
    m_undoStack->clear();
    m_history.clear();
}

void MainWindow::catalogReplaced()
{
    if (!m_session->isOpen())
        return;
    updateStatus();
    // The catalog pane shows its first part, if it has one.
    if (m_history.current().isEmpty()) {
        m_detailView->showMessage(MainViewsTr::tr("The catalog is empty"), MainViewsTr::tr("This database holds no parts yet."));
    }
    updateNavigation();
}

void MainWindow::partsChanged()
{
    updateStatus();
    // The part shown may have changed, or gone.
    const QString shown = m_history.current();
    if (!shown.isEmpty())
        showPart(shown);
}

void MainWindow::chooseDatabase()
{
    const DatabaseLocation &current = m_session->database()->location();
    const QString folder = current.backend() == DatabaseLocation::Backend::Sqlite
        ? QFileInfo(current.filePath()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, MainViewsTr::tr("Open Catalog Database"), folder, MainViewsTr::tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::connectToServer()
{
    const DatabaseLocation &current = m_session->database()->location();
    QInputDialog dialog(this);
    dialog.setWindowTitle(MainViewsTr::tr("Connect to Catalog Server"));
    dialog.setLabelText(
        MainViewsTr::tr("Address of the shared catalog on a PostgreSQL server\n"
           "(postgresql://user@host:port/dbname; the password is asked for when needed):"));
    dialog.setTextValue(current.backend() == DatabaseLocation::Backend::Postgresql
                            ? current.withoutPassword()
                            : QStringLiteral("postgresql://"));
    // The dialog selects its text when shown; the user goes on typing after
    // the scheme instead of replacing it.
    QTimer::singleShot(0, &dialog, [&dialog] {
        if (auto *edit = dialog.findChild<QLineEdit *>())
            edit->end(false);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString address = dialog.textValue().trimmed();
    if (address.isEmpty())
        return;
    if (!DatabaseLocation::looksLikeUrl(address)) {
        QMessageBox::warning(this, MainViewsTr::tr("Connect to Catalog Server"),
                             MainViewsTr::tr("A server's address starts with postgresql://, for example "
                                "postgresql://anna@db.example.com:5432/catalog."));
        return;
    }
    openCatalog(address);
}

void MainWindow::openCatalog(const QString &location)
{
    CatalogConnector connector(this);
    std::optional<CatalogOpener::Opened> opened = connector.open(location);
    if (!opened) {
        QMessageBox::critical(this, MainViewsTr::tr("Cannot open the database"), connector.errorString());
        return;
    }
    if (!opened->warning.isEmpty())
        QMessageBox::warning(this, MainViewsTr::tr("Catalog not updated"), opened->warning);
    m_session->open(std::move(opened->database));
}

void MainWindow::chooseDatasheets()
{
    // A folder that exists: a missing one would end up as the file name.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, MainViewsTr::tr("Import Datasheets"), folder,
        MainViewsTr::tr("Datasheets (*.pdf *.txt);;PDF files (*.pdf);;Text files (*.txt);;All files (*)"));
    if (!paths.isEmpty())
        importDatasheets(paths);
}

bool MainWindow::importDatasheets(const QStringList &paths)
{
    const Database *database = m_session->database();
    if (database->isReadOnly()) {
        QMessageBox::warning(this, MainViewsTr::tr("Import Datasheets"),
                             MainViewsTr::tr("The database %1 is read-only: nothing can be imported into it.")
                                 .arg(QDir::toNativeSeparators(database->path())));
        return false;
    }
    // The step tells the session what it wrote; the panes follow.
    ImportDatasheetDialog dialog(*m_session, paths, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    std::unique_ptr<CmdImportDatasheet> command = dialog.createCommand();
    // The handler outlives this call: a later redo of the step may fail too.
    command->setErrorHandler([this](const QString &message) {
        QMessageBox::critical(this, MainViewsTr::tr("Import failed"), message);
    });
    // A failed or empty import marks itself obsolete and the stack drops it.
    const int before = m_undoStack->index();
    m_undoStack->push(command.release());
    if (m_undoStack->index() == before)
        return false;
    statusBar()->showMessage(paths.size() == 1 ? MainViewsTr::tr("Datasheet imported")
                                               : MainViewsTr::tr("%1 datasheets imported").arg(paths.size()),
                             5000);
    return true;
}

QString MainWindow::snapshotFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("snapshots"));
}

void MainWindow::chooseCatalog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, MainViewsTr::tr("Import Catalog"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        MainViewsTr::tr("BMEcat catalogs (*.xml *.zip *.7z);;All files (*)"));
    if (!path.isEmpty())
        importCatalog(path);
}

bool MainWindow::importCatalog(const QString &path)
{
    const Database *database = m_session->database();
    if (database->isReadOnly()) {
        QMessageBox::warning(this, MainViewsTr::tr("Import Catalog"),
                             MainViewsTr::tr("The database %1 is read-only: nothing can be imported into it.")
                                 .arg(QDir::toNativeSeparators(database->path())));
        return false;
    }
    ImportCatalogDialog dialog(*m_session, path, snapshotFolder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    std::unique_ptr<CmdImportCatalog> command = dialog.createCommand();
    if (command) {
        command->setErrorHandler([this](const QString &message) {
            QMessageBox::critical(this, MainViewsTr::tr("Import failed"), message);
        });
        const int before = m_undoStack->index();
        m_undoStack->push(command.release()); // records the import written by the dialog
        if (m_undoStack->index() == before)
            return false;
        statusBar()->showMessage(MainViewsTr::tr("Catalog %1 imported").arg(QFileInfo(path).fileName()), 5000);
        return true;
    }
    const QStringList items = dialog.writtenItems();
    if (items.isEmpty())
        return false;
    // Too large for an undo step: the steps before it cannot be undone
    // past it either.
    m_undoStack->clear();
    m_session->notifyPartsChanged(items);
    statusBar()->showMessage(
        dialog.snapshotPath().isEmpty()
            ? MainViewsTr::tr("Catalog %1 imported (cannot be undone)").arg(QFileInfo(path).fileName())
            : MainViewsTr::tr("Catalog %1 imported; File ▸ Restore Catalog Snapshot… goes back to the catalog before it")
                  .arg(QFileInfo(path).fileName()),
        15000);
    return true;
}

void MainWindow::chooseSnapshot()
{
    const QString folder = snapshotFolder();
    if (CatalogSnapshot::list(folder).isEmpty()) {
        QMessageBox::information(this, MainViewsTr::tr("Restore Catalog Snapshot"),
                                 MainViewsTr::tr("There is no catalog snapshot yet: one is saved before an import "
                                                 "too large to be undone."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, MainViewsTr::tr("Restore Catalog Snapshot"), folder,
                                                      MainViewsTr::tr("Catalog snapshots (catalog-*.sqlite)"));
    if (!path.isEmpty())
        restoreSnapshot(path);
}

bool MainWindow::restoreSnapshot(const QString &path, bool ask)
{
    const Database *database = m_session->database();
    if (database->isReadOnly()) {
        QMessageBox::warning(this, MainViewsTr::tr("Restore Catalog Snapshot"),
                             MainViewsTr::tr("The database %1 is read-only: nothing can be restored into it.")
                                 .arg(QDir::toNativeSeparators(database->path())));
        return false;
    }
    if (ask
        && QMessageBox::question(this, MainViewsTr::tr("Restore Catalog Snapshot"),
                                 MainViewsTr::tr("Replace the whole catalog %1 by the snapshot %2? Every change "
                                                 "made to the catalog since is lost, and this cannot be undone.")
                                     .arg(database->path(), QFileInfo(path).fileName()))
               != QMessageBox::Yes)
        return false;
    // On a connection of the task's own thread, in one transaction.
    QString error;
    BackgroundTask task;
    task.start([database, path, &error](TaskControl &) {
        try {
            const std::unique_ptr<Database> connection = database->reopen();
            CatalogSnapshot::restore(path, *connection);
        } catch (const DatabaseError &failure) {
            error = failure.message();
        }
    });
    TaskProgressDialog progress(&task, MainViewsTr::tr("Restoring the catalog from %1…").arg(QFileInfo(path).fileName()),
                                this);
    progress.setCancelButton(nullptr); // one transaction: it completes or changes nothing
    progress.run();
    if (!error.isEmpty()) {
        QMessageBox::critical(this, MainViewsTr::tr("Restore Catalog Snapshot"), error);
        return false;
    }
    // Everything is read anew; undo steps of the catalog before are gone.
    m_session->open(m_session->database()->reopen());
    statusBar()->showMessage(MainViewsTr::tr("Catalog restored from %1").arg(QFileInfo(path).fileName()), 10000);
    return true;
}

std::optional<PartRecord> MainWindow::currentPart() const
{
    const QString item = m_history.current();
    const PartRepository *repository = m_session->repository();
    if (item.isEmpty() || !repository)
        return std::nullopt;
    try {
        return repository->find(item);
    } catch (const DatabaseError &) {
        return std::nullopt;
    }
}

bool MainWindow::showPart(const QString &itemNumber)
{
    const PartRepository *repository = m_session->repository();
    if (!repository)
        return false;
    try {
        const std::optional<PartRecord> record = repository->find(itemNumber);
        if (!record) {
            m_detailView->showMessage(itemNumber, MainViewsTr::tr("%1 is not in the catalog.").arg(itemNumber));
            return false;
        }
        m_catalog->selectItem(record->itemNumber());
        m_detailView->showPart(*record);
        return true;
    } catch (const DatabaseError &error) {
        m_detailView->showMessage(MainViewsTr::tr("Cannot read %1").arg(itemNumber), error.message());
        return false;
    }
}

void MainWindow::openPart(const QString &itemNumber)
{
    if (itemNumber.isEmpty() || itemNumber == m_history.current())
        return;
    if (showPart(itemNumber))
        m_history.visit(itemNumber);
    updateNavigation();
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        showPart(m_history.back());
    updateNavigation();
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        showPart(m_history.forward());
    updateNavigation();
}

void MainWindow::updateNavigation()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
    const bool hasPart = !m_history.current().isEmpty();
    m_print->setEnabled(hasPart);
    m_exportPdf->setEnabled(hasPart);
}

DatasheetPrinter MainWindow::datasheetPrinter() const
{
    return DatasheetPrinter(AppSettings::load().partFormatter(QLocale()));
}

void MainWindow::printDatasheet()
{
    const std::optional<PartRecord> part = currentPart();
    if (!part)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(part->itemNumber());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(MainViewsTr::tr("Print Datasheet %1").arg(part->itemNumber()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&part, printer = datasheetPrinter()](QPrinter *target) { printer.print(*part, *target); });
    preview.exec();
}

void MainWindow::exportDatasheet()
{
    const std::optional<PartRecord> part = currentPart();
    if (!part)
        return;
    QString name = part->itemNumber();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString folder = AppSettings::load().exportStartFolder();
    QString selectedFilter;
    const QString a4 = MainViewsTr::tr("PDF, A4 (*.pdf)");
    const QString letter = MainViewsTr::tr("PDF, Letter (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(
        this, MainViewsTr::tr("Export Datasheet as PDF"), QDir(folder).filePath(name + QStringLiteral(".pdf")),
        a4 + QStringLiteral(";;") + letter, &selectedFilter);
    if (path.isEmpty())
        return;
    // Laid out and written on a worker thread, from a copy of the record.
    FileExportTask task(path, [record = *part, useLetter = selectedFilter == letter,
                               printer = datasheetPrinter()](QString *) {
        return printer.pdf(record, useLetter);
    });
    task.start();
    TaskProgressDialog progress(&task, MainViewsTr::tr("Writing the datasheet of %1…").arg(part->itemNumber()), this);
    progress.run();
    if (task.wasCancelled())
        return; // nothing written
    if (!task.error().isEmpty())
        QMessageBox::critical(this, MainViewsTr::tr("Export failed"), task.error());
    else
        statusBar()->showMessage(MainViewsTr::tr("Datasheet written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::updateStatus()
{
    const Database *database = m_session->database();
    if (!database)
        return;
    int count = 0;
    try {
        count = m_session->repository()->count();
    } catch (const DatabaseError &) {
    }
    const QString parts = count == 1 ? MainViewsTr::tr("1 part") : MainViewsTr::tr("%1 parts").arg(locale().toString(count));
    QString text = MainViewsTr::tr("Database: %1 — %2").arg(QDir::toNativeSeparators(database->path()), parts);
    if (database->isReadOnly())
        text += MainViewsTr::tr(" (read-only)");
    m_databaseLabel->setText(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, MainViewsTr::tr("About Connector Configurator"),
        MainViewsTr::tr("<h3>Connector Configurator %1</h3><p>Configures pluggable installation connector "
           "assemblies and browses their datasheets offline.</p><p>Catalog data is shown as "
           "its sources state it; values no source gives read \"not known\".</p>")
            .arg(QApplication::applicationVersion()));
}

bool MainWindow::openProject(const QString &path)
{
    return m_projectSession->openProject(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_projectSession->maybeSave()) {
        event->ignore();
        return;
    }
    m_projectSession->discardAutosave();
    AppSettings::setMainWindowGeometry(saveGeometry());
    AppSettings::setMainWindowState(saveState());
    event->accept();
}

void MainWindow::configureCurrentPart()
{
    if (m_configurator->startWithSocket(m_history.current()))
        m_configurator->fitToView();
    m_tabs->setCurrentWidget(m_configurator);
}

} // namespace cc
