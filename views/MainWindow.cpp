#include "MainWindow.h"

#include "CatalogOpener.h"
#include "CatalogTableModel.h"
#include "Database.h"
#include "DatabaseError.h"
#include "PartDetailView.h"
#include "PartRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace cc {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogView(new QTableView(this))
    , m_detailView(new PartDetailView(this))
    , m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("Connector Configurator"));
    setCentralWidget(m_detailView);

    m_catalogView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogView->setAlternatingRowColors(true);
    m_catalogView->setWordWrap(false);
    m_catalogView->verticalHeader()->hide();
    m_catalogView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_catalogView->horizontalHeader()->setStretchLastSection(true);
    m_catalogView->setObjectName(QStringLiteral("catalogView"));

    auto *catalogDock = new QDockWidget(tr("Catalog"), this);
    catalogDock->setObjectName(QStringLiteral("catalogDock"));
    catalogDock->setWidget(m_catalogView);
    catalogDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                             | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock);

    statusBar()->addWidget(m_databaseLabel, 1);
    createMenus();
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))
        ->addAction(catalogDock->toggleViewAction());

    connect(m_detailView, &PartDetailView::partRequested, this, &MainWindow::openPart);

    setDatabase(std::move(database));

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/state")))
        resizeDocks({catalogDock}, {700}, Qt::Horizontal);
}

MainWindow::~MainWindow()
{
    // The model reads through the repository, the repository through the
    // database: take them down in that order.
    m_catalogView->setModel(nullptr);
    delete m_model;
    m_repository.reset();
    m_database.reset();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Catalog Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Connector Configurator"), this, &MainWindow::showAbout);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_catalogView->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_repository.reset();
    m_database = std::move(database);
    m_repository = std::make_unique<PartRepository>(*m_database);
    m_model = new CatalogTableModel(*m_repository, this);
    m_catalogView->setModel(m_model);
    m_catalogView->resizeColumnsToContents();
    m_catalogView->setColumnWidth(CatalogTableModel::Description,
                                  qMin(m_catalogView->columnWidth(CatalogTableModel::Description),
                                       fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30));
    connect(m_catalogView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedPart);
    updateStatus();
    if (m_model->rowCount() > 0)
        m_catalogView->selectRow(0);
    else
        m_detailView->showMessage(tr("The catalog is empty"),
                                  tr("This database holds no parts yet."));
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Catalog Database"), QFileInfo(m_database->path()).absolutePath(),
        tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        CatalogOpener::Opened opened = CatalogOpener::open(path);
        if (!opened.warning.isEmpty())
            QMessageBox::warning(this, tr("Catalog not updated"), opened.warning);
        setDatabase(std::move(opened.database));
    } catch (const DatabaseError &error) {
        QMessageBox::critical(this, tr("Cannot open the database"), error.message());
    }
}

void MainWindow::showSelectedPart()
{
    const QString item = m_model->itemNumberAt(m_catalogView->currentIndex().row());
    if (item.isEmpty())
        return;
    try {
        const std::optional<PartRecord> record = m_repository->find(item);
        if (record)
            m_detailView->showPart(*record);
        else
            m_detailView->showMessage(item, tr("This part is no longer in the catalog."));
    } catch (const DatabaseError &error) {
        m_detailView->showMessage(tr("Cannot read %1").arg(item), error.message());
    }
}

void MainWindow::openPart(const QString &itemNumber)
{
    try {
        const std::optional<PartRecord> record = m_repository->find(itemNumber);
        if (!record) {
            m_detailView->showMessage(itemNumber, tr("%1 is not in the catalog.").arg(itemNumber));
            return;
        }
        int row = m_model->rowOf(record->itemNumber());
        while (row < 0 && m_model->canFetchMore(QModelIndex())) {
            m_model->fetchMore(QModelIndex());
            row = m_model->rowOf(record->itemNumber());
        }
        if (row >= 0) {
            const QSignalBlocker blocker(m_catalogView->selectionModel());
            m_catalogView->selectRow(row);
            m_catalogView->scrollTo(m_model->index(row, 0));
        }
        m_detailView->showPart(*record);
    } catch (const DatabaseError &error) {
        m_detailView->showMessage(tr("Cannot read %1").arg(itemNumber), error.message());
    }
}

void MainWindow::updateStatus()
{
    const int count = m_model->totalCount();
    const QString parts = count == 1 ? tr("1 part") : tr("%1 parts").arg(locale().toString(count));
    QString text = tr("Database: %1 — %2").arg(QDir::toNativeSeparators(m_database->path()), parts);
    if (m_database->isReadOnly())
        text += tr(" (read-only)");
    m_databaseLabel->setText(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Connector Configurator"),
        tr("<h3>Connector Configurator %1</h3><p>Configures pluggable installation connector "
           "assemblies and browses their datasheets offline.</p><p>Catalog data is shown as "
           "its sources state it; values no source gives read \"not known\".</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace cc
