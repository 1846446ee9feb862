#pragma once

#include <QObject>

class QWidget;

namespace cc {

// Keeps the mouse wheel from changing a spin box or combo box the user has
// not focused: scrolling a form or a table over such a control scrolls the
// form (the wheel event goes on to the parent), it does not change a
// value by accident. A click or Tab focuses the control; then the wheel
// steps it as usual.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Gives `widget` Qt::StrongFocus (the wheel no longer focuses it) and
    // filters its wheel events; the guard belongs to the widget.
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace cc
