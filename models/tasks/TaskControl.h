#pragma once

#include <atomic>
#include <functional>

namespace cc {

// Shared between a long task running off the GUI thread and the GUI that
// shows its progress: the task reports how far it is and asks whether it
// should stop; the GUI reads the progress and may ask it to stop. Every
// member is safe to use from any thread.
class TaskControl
{
public:
    // Asks the task to stop; it stops at its next check and leaves nothing
    // half done (its writes are rolled back or discarded).
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // Called by the task: `done` of `total` steps (total 0: not known).
    // Returns false when the task should stop.
    bool report(int done, int total);
    int done() const { return m_done.load(); }
    int total() const { return m_total.load(); }

    // Runs in the task's thread at every report(), before the cancel check
    // (tests use it to cancel at a known step). Set it before the task starts.
    void setObserver(std::function<void(int done, int total)> observer) { m_observer = std::move(observer); }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::function<void(int, int)> m_observer;
};

} // namespace cc
