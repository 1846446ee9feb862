#include "models/browser/NavigationHistory.h"

namespace cc {

namespace {
constexpr qsizetype maxEntries = 200;
}

void NavigationHistory::visit(const QString &item)
{
    if (item.isEmpty() || current() == item)
        return;
    m_items.erase(m_items.begin() + (m_current + 1), m_items.end());
    m_items.append(item);
    if (m_items.size() > maxEntries)
        m_items.removeFirst();
    m_current = m_items.size() - 1;
}

QString NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

QString NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}

void NavigationHistory::clear()
{
    m_items.clear();
    m_current = -1;
}

} // namespace cc
