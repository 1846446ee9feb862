#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

namespace cc {

// A ruler in scene units of 1 mm: a tick per millimetre, a label every 10 mm.
class ScaleBarItem : public QGraphicsItem
{
public:
    explicit ScaleBarItem(double lengthMm, QGraphicsItem *parent = nullptr);

    double length() const { return m_length; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double m_length;
};

} // namespace cc
