#include "views/configurator/MatingScene.h"

#include "views/configurator/ConfiguratorViewsTr.h"
#include "views/configurator/ConnectorItem.h"
#include "views/configurator/ScaleBarItem.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <cmath>

namespace cc {

MatingScene::MatingScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

void MatingScene::setParts(const std::optional<PartRecord> &socket, const std::optional<PartRecord> &matedPlug,
                           const std::optional<PartRecord> &candidate)
{
    clear();
    m_socket = m_mated = m_candidate = nullptr;
    m_scale = nullptr;
    m_dragging = false;
    if (!socket)
        return;
    m_socket = new ConnectorItem(*socket);
    addItem(m_socket);
    if (matedPlug) {
        m_mated = new ConnectorItem(*matedPlug);
        m_mated->setMated(true);
        m_socket->setMated(true);
        addItem(m_mated);
        m_mated->setPos(matedPosition(m_mated));
    }
    if (candidate && (!matedPlug || candidate->itemNumber() != matedPlug->itemNumber())) {
        m_candidate = new ConnectorItem(*candidate);
        m_candidate->setFlag(QGraphicsItem::ItemIsMovable);
        m_candidate->setCursor(Qt::OpenHandCursor);
        m_candidate->setToolTip(ConfiguratorViewsTr::tr("Drag onto the socket to mate"));
        addItem(m_candidate);
        m_candidate->setPos(parkingPosition());
    }
    const double width = m_socket->body().width();
    m_scale = new ScaleBarItem(std::max(20.0, std::ceil(width / 10.0) * 10.0));
    addItem(m_scale);
    m_scale->setPos(0, m_socket->body().height() + 7);
    setSceneRect(itemsBoundingRect().adjusted(-10, -10, 10, 10).united(QRectF(-10, -50, 120, 90)));
}

QRectF MatingScene::drawingRect() const
{
    QRectF rect;
    for (const ConnectorItem *item : {m_socket, m_mated, m_candidate}) {
        if (item && item->isVisible())
            rect = rect.united(item->mapRectToScene(item->body()));
    }
    if (m_scale)
        rect = rect.united(m_scale->mapRectToScene(QRectF(0, 0, m_scale->length(), 6)));
    return rect.adjusted(-20, -10, 20, 6);
}

QPointF MatingScene::parkingPosition() const
{
    const double right = m_socket ? m_socket->body().width() : 0;
    return QPointF(right + 20, -30);
}

QPointF MatingScene::matedPosition(const ConnectorItem *plug) const
{
    if (!m_socket)
        return {};
    const double x = (m_socket->body().width() - plug->body().width()) / 2;
    return QPointF(x, -plug->body().height() - ConnectorItem::KeyHeightMm);
}

void MatingScene::showRefused(const MatingVerdict &verdict)
{
    if (!m_candidate || !m_socket)
        return;
    QList<MatingReason::Code> codes;
    for (const MatingReason &reason : verdict.reasons)
        codes << reason.code;
    m_candidate->setConflicts(codes);
    m_socket->setConflicts(codes);
    m_socket->setMated(false);
    m_candidate->setPos(matedPosition(m_candidate) - QPointF(0, RefusedGapMm));
    if (m_mated)
        m_mated->setVisible(false);
}

bool MatingScene::nearSocket(const ConnectorItem *plug) const
{
    const QRectF zone = m_socket->sceneBoundingRect().adjusted(-10, -25, 10, 5);
    return zone.intersects(plug->mapRectToScene(plug->body()));
}

void MatingScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragging = m_candidate && mouseGrabberItem() == m_candidate;
}

void MatingScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    const bool dropped = m_dragging && m_candidate && m_socket && nearSocket(m_candidate);
    m_dragging = false;
    if (dropped)
        emit plugDropped(m_candidate->itemNumber()); // may rebuild the scene
}

} // namespace cc
