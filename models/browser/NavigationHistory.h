#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// Back and forward through the parts a user has looked at, as in a browser.
class NavigationHistory
{
public:
    // Records a visit; a visit after going back drops the forward entries.
    void visit(const QString &item);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_items.size(); }
    QString back();
    QString forward();
    QString current() const { return m_current >= 0 ? m_items.at(m_current) : QString(); }
    void clear();

private:
    QStringList m_items;
    qsizetype m_current = -1;
};

} // namespace cc
