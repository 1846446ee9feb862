#include "views/import/ImportCatalogDialog.h"

#include "db/Database.h"
#include "models/catalog/CatalogSession.h"
#include "models/catalog/CatalogSnapshot.h"
#include "models/catalog/DatabaseWorker.h"
#include "models/import/cmd/CmdImportCatalog.h"
#include "models/import/FeedImportJob.h"
#include "models/import/ImportReportText.h"
#include "models/tasks/TaskControl.h"
#include "views/import/ImportViewsTr.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {

namespace {

// The preview shows the report's first lines; the counts say the rest.
constexpr int previewLines = 400;

} // namespace

ImportCatalogDialog::ImportCatalogDialog(CatalogSession &session, const QString &path,
                                         const QString &snapshotFolder, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(path)
    , m_snapshotFolder(snapshotFolder)
    , m_summary(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_family(new QLineEdit(this))
    , m_manufacturerPid(new QCheckBox(ImportViewsTr::tr("Use the manufacturer's item numbers (MANUFACTURER_PID)"), this))
    , m_overwrite(new QCheckBox(ImportViewsTr::tr("Let the catalog overwrite values I edited myself"), this))
    , m_undoWarning(new QLabel(this))
    , m_snapshot(new QCheckBox(ImportViewsTr::tr("Save a snapshot of the whole catalog first"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_poll(new QTimer(this))
    , m_worker(std::make_unique<DatabaseWorker>(*session.database()))
    , m_job(std::make_shared<FeedImportJob>(path, FeedImporter::Options()))
    , m_undoLimit(FeedImportJob::undoLimit)
{
    setWindowTitle(ImportViewsTr::tr("Import catalog %1").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setObjectName(QStringLiteral("preview"));
    layout->addWidget(m_preview, 1);
    auto *form = new QFormLayout;
    m_family->setObjectName(QStringLiteral("family"));
    m_family->setPlaceholderText(ImportViewsTr::tr("as the file states it"));
    form->addRow(ImportViewsTr::tr("Family of products whose file names none:"), m_family);
    layout->addLayout(form);
    m_manufacturerPid->setObjectName(QStringLiteral("manufacturerPid"));
    layout->addWidget(m_manufacturerPid);
    m_overwrite->setObjectName(QStringLiteral("overwriteUserEdits"));
    m_overwrite->setVisible(false);
    layout->addWidget(m_overwrite);
    m_undoWarning->setObjectName(QStringLiteral("undoWarning"));
    m_undoWarning->setWordWrap(true);
    m_undoWarning->setStyleSheet(QStringLiteral("color: #a40; font-weight: bold;"));
    m_undoWarning->setVisible(false);
    layout->addWidget(m_undoWarning);
    m_snapshot->setObjectName(QStringLiteral("snapshot"));
    m_snapshot->setChecked(true);
    m_snapshot->setVisible(false);
    layout->addWidget(m_snapshot);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress->setObjectName(QStringLiteral("progress"));
    layout->addWidget(m_progress);
    m_buttons->button(QDialogButtonBox::Ok)->setText(ImportViewsTr::tr("Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportCatalogDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportCatalogDialog::reject);
    connect(m_overwrite, &QCheckBox::toggled, this, &ImportCatalogDialog::startPlan);
    connect(m_manufacturerPid, &QCheckBox::toggled, this, &ImportCatalogDialog::startPlan);
    connect(m_family, &QLineEdit::editingFinished, this, [this] {
        if (m_family->text().trimmed() != m_job->options().family)
            startPlan();
    });
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportCatalogDialog::pollProgress);
    resize(820, 600);
    startPlan();
}

ImportCatalogDialog::~ImportCatalogDialog()
{
    // A write under way is rolled back; the worker's connection is closed
    // before the database may go away.
    if (m_control)
        m_control->cancel();
    m_worker.reset();
}

FeedImporter::Options ImportCatalogDialog::options() const
{
    FeedImporter::Options options;
    options.overwriteUserEdits = m_overwrite->isChecked();
    options.manufacturerPid = m_manufacturerPid->isChecked();
    options.family = m_family->text().trimmed();
    // The description in the program's language when the file has it (the
    // C locale speaks English).
    const QLocale::Language language = QLocale().language();
    options.language = QLocale::languageToCode(language == QLocale::C ? QLocale::English : language);
    return options;
}

bool ImportCatalogDialog::isUndoable() const
{
    return m_report.read <= m_undoLimit;
}

void ImportCatalogDialog::showBusy(const QString &text)
{
    m_busy = true;
    m_status->setText(text);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_poll->start();
}

void ImportCatalogDialog::pollProgress()
{
    if (!m_control)
        return;
    const int total = m_control->total();
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(qMin(m_control->done(), total));
    }
}

void ImportCatalogDialog::startPlan()
{
    if (m_importing)
        return;
    if (m_control)
        m_control->cancel(); // a preview under way for other options
    const int generation = ++m_generation;
    m_control = std::make_shared<TaskControl>();
    const FeedImporter::Options planOptions = options();
    showBusy(ImportViewsTr::tr("Reading the catalog…"));
    const std::shared_ptr<FeedImportJob> job = m_job;
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

void ImportCatalogDialog::planned(int generation, bool cancelled, const QString &error)
{
    if (generation != m_generation)
        return; // planned for options changed since
    m_busy = false;
    m_poll->stop();
    m_progress->setVisible(false);
    if (m_rejectWhenStopped) {
        QDialog::reject();
        return;
    }
    if (cancelled)
        return; // only a preview for other options cancels it, and that one is newer
    if (!error.isEmpty()) {
        m_status->setText(ImportViewsTr::tr("The catalog could not be checked: %1").arg(error));
        m_report = FeedImportReport();
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

void ImportCatalogDialog::updatePreview()
{
    m_report = m_job->report();
    if (!m_report.ok()) {
        m_summary->setText(ImportViewsTr::tr("This file cannot be imported; nothing of it would be written."));
    } else {
        m_summary->setText(
            ImportViewsTr::tr("Products read: %1. To add: %2, to change: %3, unchanged: %4, to delete: %5, "
                              "skipped: %6. Parts with conflicts: %7. References left unresolved: %8.")
                .arg(m_report.read)
                .arg(m_report.added)
                .arg(m_report.changed)
                .arg(m_report.unchanged)
                .arg(m_report.deleted)
                .arg(m_report.skipped)
                .arg(m_report.conflicted)
                .arg(m_report.unresolved));
    }
    QStringList lines = ImportReportText::text(m_report, true).split(QLatin1Char('\n'));
    if (lines.size() > previewLines) {
        const qsizetype more = lines.size() - previewLines;
        lines = lines.mid(0, previewLines);
        lines << ImportViewsTr::tr("… %n more lines", nullptr, static_cast<int>(more));
    }
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_job->changesSomething());
    m_overwrite->setVisible(m_report.conflicted > 0 || m_overwrite->isChecked());
    const bool large = m_report.ok() && m_job->changesSomething() && !isUndoable();
    m_undoWarning->setVisible(large);
    m_snapshot->setVisible(large);
    if (large) {
        m_undoWarning->setText(
            ImportViewsTr::tr("This import of %1 products cannot be undone (Edit ▸ Undo holds imports of up to %2 "
                              "products). With the snapshot, File ▸ Restore Catalog Snapshot… brings the whole "
                              "catalog back as it is now.")
                .arg(m_report.read)
                .arg(m_undoLimit));
    }
}

void ImportCatalogDialog::accept()
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

void ImportCatalogDialog::startImport()
{
    m_importing = true;
    for (QWidget *option : {static_cast<QWidget *>(m_overwrite), static_cast<QWidget *>(m_family),
                            static_cast<QWidget *>(m_manufacturerPid), static_cast<QWidget *>(m_snapshot)})
        option->setEnabled(false);
    m_control = std::make_shared<TaskControl>();
    const bool undoable = isUndoable();
    m_job->setUndoable(undoable);
    QString snapshot;
    if (!undoable && m_snapshot->isChecked()) {
        snapshot = QDir(m_snapshotFolder).filePath(CatalogSnapshot::fileName(QDateTime::currentDateTime()));
        showBusy(ImportViewsTr::tr("Saving a snapshot of the catalog…"));
    } else {
        showBusy(ImportViewsTr::tr("Importing the catalog…"));
    }
    const std::shared_ptr<FeedImportJob> job = m_job;
    const std::shared_ptr<TaskControl> control = m_control;
    m_worker->post(
        [this, job, control, snapshot](Database &database) {
            if (!snapshot.isEmpty()) {
                CatalogSnapshot::save(database, snapshot);
                DatabaseWorker::deliver(this, [this, snapshot] {
                    m_snapshotPath = snapshot;
                    m_status->setText(ImportViewsTr::tr("Importing the catalog…"));
                });
            }
            const bool written = job->apply(database, *control);
            const bool cancelled = control->isCancelled();
            DatabaseWorker::deliver(this, [this, written, cancelled] { imported(written, cancelled, QString()); });
        },
        [this](const QString &message) {
            DatabaseWorker::deliver(this, [this, message] { imported(false, false, message); });
        });
}

void ImportCatalogDialog::imported(bool written, bool cancelled, const QString &error)
{
    m_busy = false;
    m_importing = false;
    m_poll->stop();
    m_progress->setVisible(false);
    if (written) {
        m_written = true;
        m_report = m_job->report();
        QDialog::accept();
        return;
    }
    if (cancelled || m_rejectWhenStopped) {
        QDialog::reject(); // rolled back: nothing written
        return;
    }
    const FeedImportReport &report = m_job->report();
    QString why = error;
    if (why.isEmpty() && !report.ok())
        why = report.error;
    m_status->setText(why.isEmpty() ? ImportViewsTr::tr("Nothing was imported: the catalog changes nothing.")
                                    : ImportViewsTr::tr("Nothing was imported: %1").arg(why));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void ImportCatalogDialog::reject()
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

QString ImportCatalogDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ImportCatalogDialog::summaryText() const
{
    return m_summary->text();
}

std::unique_ptr<CmdImportCatalog> ImportCatalogDialog::createCommand() const
{
    if (!m_written || !m_job->snapshot() || !m_job->written())
        return nullptr;
    return std::make_unique<CmdImportCatalog>(m_session, m_path, m_job->options(), m_job->report(),
                                              *m_job->snapshot(), *m_job->written(), m_job->writtenItems());
}

QStringList ImportCatalogDialog::writtenItems() const
{
    return m_written ? m_job->writtenItems() : QStringList();
}

} // namespace cc
