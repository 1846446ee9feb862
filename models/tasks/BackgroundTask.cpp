#include "models/tasks/BackgroundTask.h"

#include <QThread>

namespace cc {

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    m_control.cancel();
    wait();
    delete m_thread;
}

void BackgroundTask::start(std::function<void(TaskControl &)> work)
{
    Q_ASSERT(!m_thread);
    m_running = true;
    m_thread = QThread::create([this, work = std::move(work)] { work(m_control); });
    // The thread object lives in this thread: its finished() is delivered
    // here, after the work returned.
    connect(m_thread, &QThread::finished, this, [this] {
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

void BackgroundTask::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
}

} // namespace cc
