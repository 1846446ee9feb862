#pragma once

#include <QObject>
#include <functional>
#include <memory>

class QThread;

namespace cc {

class Database;

// A thread with a connection of its own to a database (Database::reopen():
// a connection belongs to the thread that opened it), for queries that
// would keep the GUI waiting. Jobs run one after the other, in the order
// posted. The connection is opened by the first job, in the worker thread,
// and closed in that thread when the worker stops.
//
// The database given must outlive the worker: stop() (or the destructor)
// waits for the running job and closes the worker's connection, so call it
// before the main connection goes away.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(Database &)>;
    using Failure = std::function<void(const QString &message)>;

    explicit DatabaseWorker(const Database &database, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // Runs `job` in the worker thread. When the connection cannot be
    // opened or the job throws, `failed` runs there instead with a message
    // (DatabaseError's text). Both run in the worker thread: hand results
    // to the GUI with deliver().
    void post(Job job, Failure failed);
    // Waits until every job posted so far has run (their deliver() calls are
    // then made). An object whose jobs call deliver(this, ...) waits so
    // before it goes away while the worker stays.
    void waitForJobs();
    // Waits for the jobs posted so far, closes the connection and ends the
    // thread. Jobs posted later are dropped.
    void stop();

    // Runs `call` in the thread of `receiver`, unless `receiver` is
    // destroyed before that (then never).
    static void deliver(QObject *receiver, std::function<void()> call);

private:
    class Host;
    QThread *m_thread;
    Host *m_host; // lives in m_thread
};

} // namespace cc
