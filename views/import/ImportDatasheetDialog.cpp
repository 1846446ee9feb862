#include "views/import/ImportDatasheetDialog.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "models/catalog/CatalogSession.h"
#include "models/catalog/DatabaseWorker.h"
#include "models/import/cmd/CmdImportDatasheet.h"
#include "models/import/DatasheetImportJob.h"
#include "models/import/ImportReportText.h"
#include "models/tasks/TaskControl.h"
#include "views/import/ImportViewsTr.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {

ImportDatasheetDialog::ImportDatasheetDialog(CatalogSession &session, const QStringList &paths,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_paths(paths)
    , m_preview(new QPlainTextEdit(this))
    , m_heading(new QLabel(ImportViewsTr::tr("The import will make these changes:"), this))
    , m_overwrite(new QCheckBox(ImportViewsTr::tr("Let the datasheets overwrite values I edited myself"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_poll(new QTimer(this))
    , m_worker(std::make_unique<DatabaseWorker>(*session.database()))
    , m_job(std::make_shared<DatasheetImportJob>(paths, DatasheetImporter::Options()))
{
    setWindowTitle(ImportViewsTr::tr("Import datasheets"));
    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_preview->setReadOnly(true);
    // Long report lines (a conflict, a line not placed) wrap at the width.
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setObjectName(QStringLiteral("preview"));
    layout->addWidget(m_preview, 1);
    m_overwrite->setObjectName(QStringLiteral("overwriteUserEdits"));
    m_overwrite->setVisible(false);
    layout->addWidget(m_overwrite);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress->setObjectName(QStringLiteral("progress"));
    layout->addWidget(m_progress);
    m_buttons->button(QDialogButtonBox::Ok)->setText(ImportViewsTr::tr("Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDatasheetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDatasheetDialog::reject);
    connect(m_overwrite, &QCheckBox::toggled, this, &ImportDatasheetDialog::startPlan);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportDatasheetDialog::pollProgress);
    resize(760, 520);
    startPlan();
}

ImportDatasheetDialog::~ImportDatasheetDialog()
{
    // A write under way is rolled back; the worker's connection is closed
    // before the database may go away.
    if (m_control)
        m_control->cancel();
    m_worker.reset();
}

DatasheetImporter::Options ImportDatasheetDialog::options() const
{
    DatasheetImporter::Options options;
    options.overwriteUserEdits = m_overwrite->isChecked();
    return options;
}

void ImportDatasheetDialog::setImportObserver(std::function<void(int, int)> observer)
{
    m_importObserver = std::move(observer);
}

void ImportDatasheetDialog::showBusy(const QString &text)
{
    m_busy = true;
    m_status->setText(text);
    m_progress->setRange(0, static_cast<int>(m_paths.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_poll->start();
}

void ImportDatasheetDialog::pollProgress()
{
    if (!m_control)
        return;
    const int total = m_control->total();
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(qMin(m_control->done(), total));
        m_status->setText((m_importing ? ImportViewsTr::tr("Importing datasheet %1 of %2…") : ImportViewsTr::tr("Reading datasheet %1 of %2…"))
                              .arg(qMin(m_control->done() + 1, total))
                              .arg(total));
    }
}

void ImportDatasheetDialog::startPlan()
{
    if (m_importing)
        return;
    if (m_control)
        m_control->cancel(); // a plan under way for other options
    const int generation = ++m_generation;
    m_control = std::make_shared<TaskControl>();
    const DatasheetImporter::Options planOptions = options();
    showBusy(ImportViewsTr::tr("Reading the datasheets…"));
    const std::shared_ptr<DatasheetImportJob> job = m_job;
    const std::shared_ptr<TaskControl> control = m_control;
    // `this` outlives the worker: the destructor stops it first.
    m_worker->post(
        [this, job, control, generation, planOptions](Database &database) {
            const bool done = job->plan(database, *control, planOptions);
            DatabaseWorker::deliver(this, [this, generation, done] { planned(generation, !done, QString()); });
        },
        [this, generation](const QString &message) {
            DatabaseWorker::deliver(this, [this, generation, message] { planned(generation, false, message); });
        });
}

void ImportDatasheetDialog::planned(int generation, bool cancelled, const QString &error)
{
    if (generation != m_generation)
        return; // planned for options changed since
    m_busy = false;
    m_poll->stop();
    m_progress->setVisible(false);
    if (m_rejectWhenStopped || cancelled) {
        QDialog::reject();
        return;
    }
    if (!error.isEmpty()) {
        m_status->setText(ImportViewsTr::tr("The datasheets could not be checked: %1").arg(error));
        m_reports.clear();
        m_preview->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_acceptWhenPlanned = false;
        return;
    }
    m_status->clear();
    updatePreview();
    if (m_acceptWhenPlanned) {
        m_acceptWhenPlanned = false;
        accept();
    }
}

void ImportDatasheetDialog::updatePreview()
{
    m_reports = m_job->reports();
    QString text;
    bool conflicts = false;
    for (const DatasheetImportReport &report : std::as_const(m_reports)) {
        conflicts = conflicts || report.hasConflicts();
        text += ImportReportText::text(report, true) + QLatin1Char('\n');
    }
    m_preview->setPlainText(text);
    const bool changes = m_job->changesSomething();
    m_heading->setText(changes ? ImportViewsTr::tr("The import will make these changes:")
                               : ImportViewsTr::tr("Unchanged: the catalog already holds what "
                                                   "these datasheets state."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(changes);
    m_overwrite->setVisible(conflicts || m_overwrite->isChecked());
}

void ImportDatasheetDialog::accept()
{
    if (m_importing)
        return;
    if (m_busy) { // still reading: import as soon as the preview is ready
        m_acceptWhenPlanned = true;
        return;
    }
    if (!m_job->changesSomething()) {
        QDialog::accept(); // nothing to write
        return;
    }
    startImport();
}

void ImportDatasheetDialog::startImport()
{
    m_importing = true;
    m_overwrite->setEnabled(false);
    m_control = std::make_shared<TaskControl>();
    if (m_importObserver)
        m_control->setObserver(m_importObserver);
    showBusy(ImportViewsTr::tr("Importing the datasheets…"));
    const std::shared_ptr<DatasheetImportJob> job = m_job;
    const std::shared_ptr<TaskControl> control = m_control;
    m_worker->post(
        [this, job, control](Database &database) {
            const bool written = job->apply(database, *control);
            const bool cancelled = control->isCancelled();
            DatabaseWorker::deliver(this, [this, written, cancelled] { imported(written, cancelled, QString()); });
        },
        [this](const QString &message) {
            DatabaseWorker::deliver(this, [this, message] { imported(false, false, message); });
        });
}

void ImportDatasheetDialog::imported(bool written, bool cancelled, const QString &error)
{
    m_busy = false;
    m_importing = false;
    m_poll->stop();
    m_progress->setVisible(false);
    m_overwrite->setEnabled(true);
    if (written) {
        m_written = true;
        m_reports = m_job->reports();
        QDialog::accept();
        return;
    }
    if (cancelled || m_rejectWhenStopped) {
        QDialog::reject(); // rolled back: nothing written
        return;
    }
    m_status->setText(error.isEmpty() ? ImportViewsTr::tr("Nothing was imported: the datasheets change nothing.")
                                      : ImportViewsTr::tr("Nothing was imported: %1").arg(error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void ImportDatasheetDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
        return;
    }
    // Stop the worker first; planned() or imported() rejects.
    m_rejectWhenStopped = true;
    m_acceptWhenPlanned = false;
    m_control->cancel();
    m_status->setText(ImportViewsTr::tr("Cancelling…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

QString ImportDatasheetDialog::previewText() const
{
    return m_preview->toPlainText();
}

std::unique_ptr<CmdImportDatasheet> ImportDatasheetDialog::createCommand() const
{
    if (m_written && m_job->snapshot()) {
        return std::make_unique<CmdImportDatasheet>(m_session, m_paths, m_job->options(),
                                                    m_job->reports(), *m_job->snapshot(),
                                                    *m_job->written());
    }
    return std::make_unique<CmdImportDatasheet>(m_session, m_paths, options());
}

} // namespace cc
