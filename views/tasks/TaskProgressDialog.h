#pragma once

#include <QProgressDialog>

class QTimer;

namespace cc {

class BackgroundTask;

// Shows the progress of a BackgroundTask and lets the user cancel it. run()
// returns once the task has finished; the GUI keeps painting meanwhile.
// A task that ends within a moment shows no dialog at all (user input
// waits that moment instead of reaching other windows).
class TaskProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    TaskProgressDialog(BackgroundTask *task, const QString &label, QWidget *parent = nullptr);

    // Waits for the task (started by the caller). Returns whether the user
    // cancelled it.
    bool run();
    // How long a task may run before the dialog shows (milliseconds).
    static constexpr int graceMs = 250;

private:
    void poll();

    BackgroundTask *m_task;
    QTimer *m_timer;
    bool m_cancelRequested = false;
};

} // namespace cc
