#include "models/tasks/TaskControl.h"

namespace cc {

bool TaskControl::report(int done, int total)
{
    m_total.store(total);
    m_done.store(done);
    if (m_observer)
        m_observer(done, total);
    return !isCancelled();
}

} // namespace cc
