#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/MatingVerdict.h"
#include "views/configurator/AccessoryOutline.h"

#include <QGraphicsScene>
#include <optional>

namespace cc {

class AccessoryOutlineItem;
class ConnectorItem;
class ScaleBarItem;

// The configurator's drawing in scene units of 1 mm: the socket at the
// origin with its mating face up, the mated plug on it, a candidate plug
// parked to the right that the user drags onto the socket, and a ruler.
class MatingScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // Gap between the bodies of a refused pair: it stops short.
    static constexpr double RefusedGapMm = 12.0;

    explicit MatingScene(QObject *parent = nullptr);

    // Rebuilds the drawing; `candidate` is left out when it is the mated plug.
    void setParts(const std::optional<PartRecord> &socket, const std::optional<PartRecord> &matedPlug,
                  const std::optional<PartRecord> &candidate);
    // Shows the candidate stopped short of the socket with the features
    // that keep it from mating highlighted.
    void showRefused(const MatingVerdict &verdict);
    // Draws the accessories the assembly takes around the socket and the
    // mated plug (housings behind the flying sides, the lever across the
    // connection, a lockout cap on a spare socket, snap-in frames); call
    // after setParts().
    void setAccessories(const QList<AccessoryOutline> &outlines);
    const QList<AccessoryOutlineItem *> &accessoryItems() const { return m_accessories; }

    ConnectorItem *socketItem() const { return m_socket; }
    ConnectorItem *matedPlugItem() const { return m_mated; }
    ConnectorItem *candidateItem() const { return m_candidate; }
    ScaleBarItem *scaleBar() const { return m_scale; }
    // Where the candidate is parked before it is dragged.
    QPointF parkingPosition() const;
    // The parts' bodies and the ruler with a margin: what "fit" shows.
    QRectF drawingRect() const;
    // Where a plug sits on the socket when mated (its top left corner).
    QPointF matedPosition(const ConnectorItem *plug) const;

signals:
    // The user dropped the candidate plug onto the socket.
    void plugDropped(const QString &itemNumber);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    bool nearSocket(const ConnectorItem *plug) const;

    ConnectorItem *m_socket = nullptr;
    ConnectorItem *m_mated = nullptr;
    ConnectorItem *m_candidate = nullptr;
    ScaleBarItem *m_scale = nullptr;
    QList<AccessoryOutlineItem *> m_accessories;
    bool m_dragging = false;
};

} // namespace cc
