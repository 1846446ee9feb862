#include "views/tasks/TaskProgressDialog.h"

#include "models/tasks/BackgroundTask.h"
#include "views/tasks/TasksViewsTr.h"

#include <QEventLoop>
#include <QPushButton>
#include <QTimer>
#include <limits>

namespace cc {

TaskProgressDialog::TaskProgressDialog(BackgroundTask *task, const QString &label, QWidget *parent)
    : QProgressDialog(label, TasksViewsTr::tr("Cancel"), 0, 0, parent)
    , m_task(task)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("taskProgress"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    // Shown by run() when the task takes long, not by QProgressDialog's timer.
    setMinimumDuration(std::numeric_limits<int>::max());
    setMinimumWidth(420);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &TaskProgressDialog::poll);
    connect(this, &QProgressDialog::canceled, this, [this] {
        m_cancelRequested = true;
        m_task->cancel();
        setLabelText(TasksViewsTr::tr("Cancelling…"));
        if (QPushButton *button = findChild<QPushButton *>())
            button->setEnabled(false);
    });
    connect(m_task, &BackgroundTask::finished, this, [this] {
        m_timer->stop();
        done(m_cancelRequested ? QDialog::Rejected : QDialog::Accepted);
    });
}

bool TaskProgressDialog::run()
{
    if (!m_task->isRunning())
        return m_cancelRequested;
    {
        // A short task: wait without a dialog, painting but holding back input.
        QEventLoop grace;
        QTimer::singleShot(graceMs, &grace, &QEventLoop::quit);
        connect(m_task, &BackgroundTask::finished, &grace, &QEventLoop::quit);
        grace.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (m_task->isRunning()) {
        poll();
        m_timer->start();
        exec();
    }
    return m_cancelRequested;
}

void TaskProgressDialog::poll()
{
    const int total = m_task->control().total();
    if (total <= 0) {
        setRange(0, 0); // busy
        return;
    }
    setRange(0, total);
    setValue(qMin(m_task->control().done(), total));
}

} // namespace cc
