#pragma once

#include "views/configurator/AccessoryOutline.h"

#include <QGraphicsItem>

namespace cc {

// One accessory of the drawing: a rectangle in scene units of 1 mm at the
// place the scene gives it, filled lightly in the accessory's colour,
// solid where the catalog states the size and dashed where the drawing
// assumes it, with its label beside it.
class AccessoryOutlineItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 603 };

    AccessoryOutlineItem(const AccessoryOutline &outline, const QRectF &rect, bool sizeKnown,
                         QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const AccessoryOutline &outline() const { return m_outline; }
    // The accessory's rectangle in scene units (mm), without its label.
    QRectF shapeRect() const { return m_rect; }
    bool sizeKnown() const { return m_sizeKnown; }

private:
    QRectF labelRect() const;

    AccessoryOutline m_outline;
    QRectF m_rect;
    bool m_sizeKnown;
};

} // namespace cc
