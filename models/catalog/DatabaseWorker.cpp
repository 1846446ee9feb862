#include "models/catalog/DatabaseWorker.h"

#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QMetaObject>
#include <QThread>
#include <exception>

namespace cc {

// Lives in the worker thread and owns the connection there.
class DatabaseWorker::Host : public QObject
{
public:
    explicit Host(const Database &main)
        : m_main(main)
    {
    }
    ~Host() override = default; // runs in the worker thread: closes the connection there

    void run(const Job &job, const Failure &failed)
    {
        try {
            if (!m_database)
                m_database = m_main.reopen(true);
            job(*m_database);
        } catch (const DatabaseError &error) {
            if (failed)
                failed(error.message());
        } catch (const std::exception &error) {
            if (failed)
                failed(QString::fromLocal8Bit(error.what()));
        }
    }

private:
    const Database &m_main;
    std::unique_ptr<Database> m_database;
};

DatabaseWorker::DatabaseWorker(const Database &database, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_host(new Host(database))
{
    m_thread->setObjectName(QStringLiteral("DatabaseWorker"));
    m_host->moveToThread(m_thread);
    // Deferred deletions still run after the thread's event loop ended:
    // the host, and with it the connection, goes away in the worker thread.
    connect(m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    stop();
}

void DatabaseWorker::post(Job job, Failure failed)
{
    if (!m_host)
        return;
    Host *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, job = std::move(job), failed = std::move(failed)] { host->run(job, failed); },
        Qt::QueuedConnection);
}

void DatabaseWorker::waitForJobs()
{
    if (!m_host || QThread::currentThread() == m_thread)
        return;
    // Jobs run in the order posted: this one runs after every earlier one.
    QMetaObject::invokeMethod(m_host, [] {}, Qt::BlockingQueuedConnection);
}

void DatabaseWorker::stop()
{
    if (!m_thread)
        return;
    // quit() is handled after the jobs already queued.
    QMetaObject::invokeMethod(m_host, [thread = m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_host = nullptr;
}

void DatabaseWorker::deliver(QObject *receiver, std::function<void()> call)
{
    QMetaObject::invokeMethod(receiver, std::move(call), Qt::QueuedConnection);
}

} // namespace cc
