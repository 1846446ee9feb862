#include "views/bom/BomView.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/BomTableModel.h"
#include "models/bom/export/BomFormats.h"
#include "models/bom/export/BomPageLayout.h"
#include "models/catalog/PartCatalog.h"
#include "models/project/ProjectModel.h"
#include "models/settings/AppSettings.h"
#include "models/tasks/AtomicFileWriter.h"
#include "models/tasks/FileExportTask.h"
#include "views/bom/BomViewsTr.h"
#include "views/tasks/TaskProgressDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QScreen>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

BomView::BomView(ProjectModel *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new BomTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_warnings(new QListWidget(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(BomTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("bomTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BomTable::Position, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &BomView::showColumnMenu);
    m_warnings->setObjectName(QStringLiteral("bomWarnings"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *exportButton = new QPushButton(BomViewsTr::tr("Export…"), this);
    connect(exportButton, &QPushButton::clicked, this, &BomView::chooseAndExport);
    auto *printButton = new QPushButton(BomViewsTr::tr("Print…"), this);
    connect(printButton, &QPushButton::clicked, this, &BomView::printWithPreview);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_totals, 1);
    bar->addWidget(exportButton);
    bar->addWidget(printButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_warnings);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    layout->addLayout(bar);

    for (const int column : AppSettings::hiddenBomColumns(BomTable::ColumnCount))
        m_table->setColumnHidden(column, true);
    connect(m_project, &ProjectModel::projectChanged, this, &BomView::rebuild);
    rebuild();
}

void BomView::rebuild()
{
    BillOfMaterials bom;
    if (const PartCatalog *catalog = m_project->catalog())
        bom = BillOfMaterials::build(m_project->project(), *catalog);
    m_model->setBom(bom);
    m_table->resizeColumnsToContents();
    m_warnings->clear();
    m_warnings->addItems(bom.warnings);
    m_warnings->setVisible(!bom.warnings.isEmpty());
    m_totals->setText(BomViewsTr::tr("Pieces needed %1, to order %2; weight %3 g, fire load %4 MJ")
                          .arg(bom.pieces())
                          .arg(bom.orderPieces())
                          .arg(BomTable::weightTotal(bom), BomTable::fireLoadTotal(bom)));
}

void BomView::setColumnShown(int column, bool shown)
{
    if (column < 0 || column >= BomTable::ColumnCount || m_table->isColumnHidden(column) == !shown)
        return;
    QList<int> hidden;
    for (int i = 0; i < BomTable::ColumnCount; ++i) {
        if (i == column ? !shown : m_table->isColumnHidden(i))
            hidden << i;
    }
    if (hidden.size() == BomTable::ColumnCount)
        return; // a table without columns shows nothing
    m_table->setColumnHidden(column, !shown);
    if (shown)
        m_table->resizeColumnToContents(column);
    AppSettings::setHiddenBomColumns(hidden);
    emit columnsChanged();
}

void BomView::fillColumnMenu(QMenu *menu)
{
    const QStringList headers = BomTable::headers();
    for (int column = 0; column < headers.size(); ++column) {
        QAction *action = menu->addAction(headers.at(column));
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnShown(column, shown);
        });
        // The menu follows the pane, also when a change was refused.
        connect(this, &BomView::columnsChanged, action, [this, action, column] {
            action->setChecked(!m_table->isColumnHidden(column));
        });
        connect(action, &QAction::toggled, action, [this, action, column] {
            action->setChecked(!m_table->isColumnHidden(column));
        });
    }
}

void BomView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    fillColumnMenu(&menu);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

BomWriteOptions BomView::writeOptions() const
{
    BomWriteOptions options;
    for (int column = 0; column < BomTable::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            options.hiddenColumns << column;
    }
    return options;
}

QString BomView::defaultFileName(const BomFormat &format) const
{
    return BomFormats::fileName(m_project->project().name, format,
                                BomViewsTr::tr("bill-of-materials"));
}

void BomView::reportExported(const QString &path)
{
    const BomFormat *format = BomFormats::bySuffix(QFileInfo(path).suffix());
    const int warnings = int(m_model->bom().warnings.size());
    QString text = BomViewsTr::tr("Bill of materials written to %1").arg(QDir::toNativeSeparators(path));
    if (format && !format->holdsWarnings() && warnings > 0) {
        text = BomViewsTr::tr("Bill of materials written to %1; a %2 file holds no warnings: its %3 "
                              "warnings are listed in the Bill of Materials pane")
                   .arg(QDir::toNativeSeparators(path), format->displayName())
                   .arg(warnings);
    }
    emit statusMessage(text);
}

FileExportTask::Producer BomView::producer(const BillOfMaterials &bom, const QString &path,
                                           const BomWriteOptions &options)
{
    const QString suffix = QFileInfo(path).suffix();
    const BomFormat *format = BomFormats::bySuffix(suffix);
    if (!format) {
        return [message = BomFormats::unknownFormatMessage(suffix)](QString *error) {
            *error = message;
            return QByteArray();
        };
    }
    // A copy of the bill: the worker never reads what the GUI thread may change.
    return [bom, format, options](QString *error) {
        return format->write(bom, options, error);
    };
}

QString BomView::exportTo(const QString &path)
{
    QString error;
    const QByteArray bytes = producer(m_model->bom(), path, writeOptions())(&error);
    if (!error.isEmpty())
        return error;
    if (const auto failed = AtomicFileWriter::write(path, bytes))
        return *failed;
    reportExported(path);
    return {};
}

FileExportTask *BomView::createExport(const QString &path)
{
    return new FileExportTask(path, producer(m_model->bom(), path, writeOptions()), this);
}

void BomView::chooseAndExport()
{
    const QString folder = AppSettings::load().exportStartFolder();
    const BomFormat &initial = BomFormats::defaultFormat();
    QString selected = initial.fileDialogFilter();
    QString path = QFileDialog::getSaveFileName(
        this, BomViewsTr::tr("Export Bill of Materials"), QDir(folder).filePath(defaultFileName(initial)),
        BomFormats::fileDialogFilters(), &selected);
    if (path.isEmpty())
        return;
    // A name without a format's suffix ("Hall 3.1") gets the chosen one's.
    if (!BomFormats::bySuffix(QFileInfo(path).suffix())) {
        const BomFormat *chosen = BomFormats::byFileDialogFilter(selected);
        path += QLatin1Char('.') + (chosen ? chosen : &initial)->suffix();
    }
    FileExportTask *task = createExport(path);
    task->start();
    TaskProgressDialog progress(task, BomViewsTr::tr("Exporting the bill of materials to %1…")
                                          .arg(QDir::toNativeSeparators(path)), this);
    progress.run();
    if (!task->error().isEmpty())
        QMessageBox::critical(this, BomViewsTr::tr("Export failed"), task->error());
    else if (!task->wasCancelled())
        reportExported(path);
    delete task; // the work has returned: finished() was delivered
}

void BomView::print(QPrinter *printer) const
{
    // The PDF's layout, on the printer's page.
    const BomPageLayout layout(m_model->bom(), writeOptions(), printer);
    QPainter painter(printer);
    layout.paint(painter);
}

void BomView::printWithPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(BomPageLayout::defaultPageLayout());
    printer.setDocName(m_project->project().name);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(BomViewsTr::tr("Print Bill of Materials"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &BomView::print);
    // The columns, chosen here as in the pane (one choice for both).
    if (auto *toolBar = preview.findChild<QToolBar *>()) {
        auto *button = new QToolButton(toolBar);
        button->setObjectName(QStringLiteral("bomPrintColumns"));
        button->setText(BomViewsTr::tr("Columns"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        fillColumnMenu(menu);
        button->setMenu(menu);
        toolBar->addSeparator();
        toolBar->addWidget(button);
    }
    if (auto *widget = preview.findChild<QPrintPreviewWidget *>()) {
        connect(this, &BomView::columnsChanged, widget, &QPrintPreviewWidget::updatePreview);
        // Whole pages to start with: the table is laid out to the page's width.
        widget->fitInView();
    }
    // Most of the screen: a landscape page is wide.
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        preview.resize(available.width() * 4 / 5, available.height() * 9 / 10);
    }
    preview.exec();
}

} // namespace cc
