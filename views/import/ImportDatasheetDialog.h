#pragma once

#include "models/import/DatasheetImporter.h"
#include "models/import/DatasheetImportReport.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTimer;

namespace cc {

class CatalogSession;
class DatabaseWorker;
class DatasheetImportJob;
class CmdImportDatasheet;
class TaskControl;

// Shows, before anything is written, what importing datasheet files (text
// or PDF, one or several) would add or change in the database: per file the
// part, the changed fields old -> new, conflicts with the user's own values
// and the lines that could not be placed.
//
// Reading the files and writing the import run on a worker thread with its
// own connection (DatabaseWorker), behind a progress bar; Cancel stops
// either. OK (Import) writes everything in one transaction, then the dialog
// is accepted and createCommand() records the step for undo. Cancel while
// importing rolls the transaction back: nothing is written and the dialog
// is rejected, so no undo step is pushed.
//
// It imports into the catalog open in `session` (which stays open while
// the dialog and its command live); the command tells the session which
// parts it wrote.
class ImportDatasheetDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDatasheetDialog(CatalogSession &session, const QStringList &paths,
                          QWidget *parent = nullptr);
    ~ImportDatasheetDialog() override;

    QString previewText() const;
    QList<DatasheetImportReport> reports() const { return m_reports; }
    DatasheetImporter::Options options() const;
    // Whether the worker is reading or writing.
    bool isBusy() const { return m_busy; }
    // The undo command for the import the dialog shows: after the dialog
    // imported (accepted), the step already written; else a command whose
    // redo() imports. The caller pushes it onto its undo stack.
    std::unique_ptr<CmdImportDatasheet> createCommand() const;
    // Called in the worker thread at every step of the import's write phase
    // (tests cancel there at a known step).
    void setImportObserver(std::function<void(int done, int total)> observer);

public slots:
    // Starts the import (once the preview is ready); the dialog is accepted
    // when it has been written.
    void accept() override;
    // Cancels reading or writing; the dialog is rejected once the worker has
    // stopped (a write under way is rolled back first).
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
    QStringList m_paths;
    QList<DatasheetImportReport> m_reports;
    QPlainTextEdit *m_preview;
    QLabel *m_heading;
    QCheckBox *m_overwrite;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QTimer *m_poll;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::shared_ptr<DatasheetImportJob> m_job; // used by the worker while m_busy
    std::shared_ptr<TaskControl> m_control;
    std::function<void(int, int)> m_importObserver;
    int m_generation = 0;
    bool m_busy = false;
    bool m_importing = false;
    bool m_acceptWhenPlanned = false;
    bool m_rejectWhenStopped = false;
    bool m_written = false;
};

} // namespace cc
