#include "views/widgets/WheelGuard.h"

#include <QEvent>
#include <QWidget>

namespace cc {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::install(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(new WheelGuard(widget));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return QObject::eventFilter(watched, event);
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (widget && widget->hasFocus())
        return false;
    // Not for this control: ignored, so that the parent (a scroll area, a
    // table) gets the event and scrolls.
    event->ignore();
    return true;
}

} // namespace cc
