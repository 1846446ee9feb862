#pragma once

#include "models/import/FeedImporter.h"
#include "models/import/FeedImportReport.h"

#include <QDialog>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTimer;

namespace cc {

class CatalogSession;
class CmdImportCatalog;
class DatabaseWorker;
class FeedImportJob;
class TaskControl;

// Shows, before anything is written, what importing a catalog feed (a
// BMEcat file, plain or zipped) would do: the counts (products read, added,
// changed, unchanged, deleted, skipped), the conflicts with the user's own
// values and the first lines of the report. Reading and writing run on a
// worker thread with its own connection, behind a progress bar with
// Cancel.
//
// A feed of up to FeedImportJob::undoLimit products becomes one undo step
// (createCommand()). A larger one cannot be undone: the dialog says so
// before it starts and, unless the user unticks it, saves a snapshot of the
// whole catalog first (CatalogSnapshot, in `snapshotFolder`), which File ▸
// Restore Catalog Snapshot… brings back.
class ImportCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    ImportCatalogDialog(CatalogSession &session, const QString &path, const QString &snapshotFolder,
                        QWidget *parent = nullptr);
    ~ImportCatalogDialog() override;

    QString previewText() const;
    QString summaryText() const;
    const FeedImportReport &report() const { return m_report; }
    FeedImporter::Options options() const;
    bool isBusy() const { return m_busy; }
    // Known once the preview is ready.
    bool isUndoable() const;
    // After the dialog imported (accepted): the undo step recording it, or
    // nullptr when the import was too large for one (or wrote nothing).
    std::unique_ptr<CmdImportCatalog> createCommand() const;
    // The parts the import wrote (for a session told without an undo step).
    QStringList writtenItems() const;
    // The snapshot saved before an import that cannot be undone; empty if none.
    QString snapshotPath() const { return m_snapshotPath; }
    // Tests: the undo limit to decide by instead of FeedImportJob's.
    void setUndoLimit(int limit) { m_undoLimit = limit; }

public slots:
    void accept() override;
    void reject() override;

private:
    void startPlan();
    void planned(int generation, bool cancelled, const QString &error);
    void startImport();
    void imported(bool written, bool cancelled, const QString &error);
    void showBusy(const QString &text);
    void pollProgress();
    void updatePreview();

    CatalogSession &m_session;
    QString m_path;
    QString m_snapshotFolder;
    QString m_snapshotPath;
    FeedImportReport m_report;
    QLabel *m_summary;
    QPlainTextEdit *m_preview;
    QLineEdit *m_family;
    QCheckBox *m_manufacturerPid;
    QCheckBox *m_overwrite;
    QLabel *m_undoWarning;
    QCheckBox *m_snapshot;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QTimer *m_poll;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::shared_ptr<FeedImportJob> m_job;
    std::shared_ptr<TaskControl> m_control;
    int m_generation = 0;
    int m_undoLimit;
    bool m_busy = false;
    bool m_importing = false;
    bool m_acceptWhenPlanned = false;
    bool m_rejectWhenStopped = false;
    bool m_written = false;
};

} // namespace cc
