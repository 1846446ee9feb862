#include "views/configurator/AccessoryOutlineItem.h"

#include "views/configurator/SceneText.h"

#include <QPainter>

namespace cc {

namespace {

constexpr double labelHeightMm = 4.0;
constexpr double labelWidthMm = 60.0;

} // namespace

AccessoryOutlineItem::AccessoryOutlineItem(const AccessoryOutline &outline, const QRectF &rect,
                                           bool sizeKnown, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_outline(outline)
    , m_rect(rect)
    , m_sizeKnown(sizeKnown)
{
    setToolTip(outline.label);
    setZValue(-1); // behind the connectors
}

QRectF AccessoryOutlineItem::labelRect() const
{
    // Beside the accessory, to its right.
    return QRectF(m_rect.right() + 2, m_rect.center().y() - labelHeightMm / 2, labelWidthMm,
                  labelHeightMm);
}

QRectF AccessoryOutlineItem::boundingRect() const
{
    return m_rect.united(labelRect()).adjusted(-1, -1, 1, 1);
}

void AccessoryOutlineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_outline.colour.isValid() ? m_outline.colour : QColor(200, 200, 200);
    fill.setAlpha(70);
    QPen pen(QColor(60, 60, 60), 0.4, m_sizeKnown ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 1.0, 1.0);
    painter->setPen(QColor(40, 40, 40));
    drawSceneText(painter, labelRect(), m_outline.label, 2.4, Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace cc
