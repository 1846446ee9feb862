#include "views/configurator/MatingView.h"

#include "views/configurator/MatingScene.h"

#include <QWheelEvent>
#include <cmath>

namespace cc {

MatingView::MatingView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(252, 252, 248));
    // Small enough to leave a small screen to the inputs and the parts table.
    setMinimumSize(200, 100);
}

void MatingView::fitToView()
{
    if (!scene())
        return;
    const auto *mating = qobject_cast<const MatingScene *>(scene());
    const QRectF rect = mating ? mating->drawingRect() : scene()->itemsBoundingRect();
    if (!rect.isEmpty())
        fitInView(rect, Qt::KeepAspectRatio);
}

void MatingView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.5 || next > 400)
        return;
    scale(factor, factor);
}

double MatingView::zoom() const
{
    return transform().m11();
}

void MatingView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

} // namespace cc
