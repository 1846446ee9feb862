#pragma once

#include <QGraphicsView>

namespace cc {

// The view of the mating drawing: zoom with the wheel (around the mouse),
// pan by dragging the background, fit the drawing to the view.
class MatingView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MatingView(QWidget *parent = nullptr);

    void fitToView();
    void zoomBy(double factor);
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace cc
