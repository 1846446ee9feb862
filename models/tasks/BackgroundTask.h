#pragma once

#include "models/tasks/TaskControl.h"

#include <QObject>
#include <functional>
#include <memory>

class QThread;

namespace cc {

// Runs one piece of long work (an export, say) on a thread of its own, so
// that the GUI stays responsive. The work gets a TaskControl to report
// progress and to check for cancellation. finished() is emitted in the
// owner's thread once the work has returned; destroying the task cancels
// the work and waits for it, so no result arrives after its owner is gone.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Starts `work` on a new thread. A task runs once.
    void start(std::function<void(TaskControl &)> work);
    TaskControl &control() { return m_control; }
    bool isRunning() const { return m_running; }
    void cancel() { m_control.cancel(); }
    // Blocks until the work has returned (finished() follows through the
    // event loop).
    void wait();

signals:
    void finished();

private:
    TaskControl m_control;
    QThread *m_thread = nullptr;
    bool m_running = false;
};

} // namespace cc
