#pragma once

#include <Qt>

class QPainter;
class QRectF;
class QString;

namespace cc {

// Text `heightMm` high in the drawing's scene units (1 mm), placed in
// `rect`: drawn at 10 pixels per mm and scaled down, so that it stays sharp
// at every zoom.
void drawSceneText(QPainter *painter, const QRectF &rect, const QString &text, double heightMm,
                   Qt::Alignment alignment = Qt::AlignCenter);

} // namespace cc
