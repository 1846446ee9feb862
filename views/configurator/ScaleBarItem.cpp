#include "views/configurator/ScaleBarItem.h"

#include "views/configurator/ConfiguratorViewsTr.h"

#include <QPainter>

namespace cc {

ScaleBarItem::ScaleBarItem(double lengthMm, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_length(lengthMm)
{
}

QRectF ScaleBarItem::boundingRect() const
{
    return QRectF(-3, -1, m_length + 16, 7);
}

void ScaleBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(30, 30, 30), 0.2));
    painter->drawLine(QPointF(0, 0), QPointF(m_length, 0));
    const int ticks = static_cast<int>(m_length);
    for (int mm = 0; mm <= ticks; ++mm) {
        const double tick = mm % 10 == 0 ? 2.0 : (mm % 5 == 0 ? 1.4 : 0.8);
        painter->drawLine(QPointF(mm, 0), QPointF(mm, tick));
    }
    painter->save();
    painter->scale(0.1, 0.1);
    QFont font = painter->font();
    font.setPixelSize(20);
    painter->setFont(font);
    for (int mm = 0; mm <= ticks; mm += 10) {
        const QString label = mm == ticks - ticks % 10 ? ConfiguratorViewsTr::tr("%1 mm").arg(mm) : QString::number(mm);
        painter->drawText(QRectF((mm - 5) * 10.0, 22, 100, 30), Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip,
                          label);
    }
    painter->restore();
}

} // namespace cc
