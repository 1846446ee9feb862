#include "views/bom/BomView.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/BomTableModel.h"
#include "models/bom/export/BomFormats.h"
#include "models/bom/export/BomHtmlWriter.h"
#include "models/catalog/PartCatalog.h"
#include "models/project/ProjectModel.h"
#include "models/settings/AppSettings.h"
#include "models/tasks/AtomicFileWriter.h"
#include "models/tasks/FileExportTask.h"
#include "views/bom/BomViewsTr.h"
#include "views/tasks/TaskProgressDialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
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

void BomView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    const QStringList headers = BomTable::headers();
    for (int column = 0; column < headers.size(); ++column) {
        QAction *action = menu.addAction(headers.at(column));
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
            QList<int> hidden;
            for (int i = 0; i < BomTable::ColumnCount; ++i) {
                if (m_table->isColumnHidden(i))
                    hidden << i;
            }
            AppSettings::setHiddenBomColumns(hidden);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

FileExportTask::Producer BomView::producer(const BillOfMaterials &bom, const QString &path)
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
    return [bom, format, options = BomWriteOptions()](QString *error) {
        return format->write(bom, options, error);
    };
}

QString BomView::exportTo(const QString &path) const
{
    QString error;
    const QByteArray bytes = producer(m_model->bom(), path)(&error);
    if (!error.isEmpty())
        return error;
    if (const auto failed = AtomicFileWriter::write(path, bytes))
        return *failed;
    return {};
}

FileExportTask *BomView::createExport(const QString &path)
{
    return new FileExportTask(path, producer(m_model->bom(), path), this);
}

void BomView::chooseAndExport()
{
    const QString folder = AppSettings::load().exportStartFolder();
    QString name = m_project->project().name;
    if (name.isEmpty())
        name = BomViewsTr::tr("bill-of-materials");
    const BomFormat &initial = BomFormats::defaultFormat();
    QString selected = initial.fileDialogFilter();
    QString path = QFileDialog::getSaveFileName(
        this, BomViewsTr::tr("Export Bill of Materials"),
        QDir(folder).filePath(name + QLatin1Char('.') + initial.suffix()),
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
    delete task; // the work has returned: finished() was delivered
}

void BomView::print(QPrinter *printer) const
{
    // Printing lays out the HTML page; it is no file format choice.
    QTextDocument document;
    document.setHtml(QString::fromUtf8(BomHtmlWriter::write(m_model->bom(), QDate::currentDate())));
    document.print(printer);
}

void BomView::printWithPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_project->project().name);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(BomViewsTr::tr("Print Bill of Materials"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &BomView::print);
    preview.exec();
}

} // namespace cc
