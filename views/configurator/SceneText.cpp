#include "views/configurator/SceneText.h"

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace cc {

void drawSceneText(QPainter *painter, const QRectF &rect, const QString &text, double heightMm,
                   Qt::Alignment alignment)
{
    const double scale = 0.1; // draw at 10 px per mm, then scale down
    painter->save();
    painter->scale(scale, scale);
    QFont font = painter->font();
    font.setPixelSize(qMax(1, qRound(heightMm / scale)));
    painter->setFont(font);
    const QRectF scaled(rect.x() / scale, rect.y() / scale, rect.width() / scale,
                        rect.height() / scale);
    painter->drawText(scaled, static_cast<int>(alignment) | Qt::TextDontClip, text);
    painter->restore();
}

} // namespace cc
