#include "views/configurator/MatingScene.h"

#include "views/configurator/AccessoryOutlineItem.h"
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
    m_accessories.clear();
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

void MatingScene::setAccessories(const QList<AccessoryOutline> &outlines)
{
    for (AccessoryOutlineItem *item : std::as_const(m_accessories)) {
        removeItem(item);
        delete item;
    }
    m_accessories.clear();
    if (!m_socket)
        return;
    const QRectF socket = m_socket->mapRectToScene(m_socket->body());
    const QRectF plug = m_mated ? m_mated->mapRectToScene(m_mated->body()) : QRectF();
    // Sizes the catalog does not state are drawn at these, dashed.
    constexpr double assumedLengthMm = 30.0;
    constexpr double frameMarginMm = 3.0;
    constexpr double barMm = 3.0;
    for (const AccessoryOutline &outline : outlines) {
        const double length = outline.lengthMm.value_or(assumedLengthMm);
        bool known = outline.lengthMm.has_value();
        QRectF rect;
        switch (outline.place) {
        case AccessoryOutline::Place::SocketHousing:
            rect = QRectF(socket.left(), socket.bottom(), socket.width(), length);
            break;
        case AccessoryOutline::Place::PlugHousing:
            if (plug.isNull())
                continue;
            rect = QRectF(plug.left(), plug.top() - length, plug.width(), length);
            break;
        case AccessoryOutline::Place::Lever:
            rect = QRectF(socket.left() - 2 * barMm, socket.top() - barMm,
                          socket.width() + 4 * barMm, 2 * barMm);
            known = false;
            break;
        case AccessoryOutline::Place::LockoutCap:
            rect = QRectF(socket.left(), socket.top() - 2 * barMm, socket.width(), 2 * barMm);
            known = false;
            break;
        case AccessoryOutline::Place::SocketFrame:
        case AccessoryOutline::Place::PlugFrame: {
            const QRectF body = outline.place == AccessoryOutline::Place::SocketFrame ? socket : plug;
            if (body.isNull())
                continue;
            rect = body.adjusted(-frameMarginMm, -frameMarginMm, frameMarginMm, frameMarginMm);
            known = false;
            break;
        }
        }
        auto *item = new AccessoryOutlineItem(outline, rect, known);
        addItem(item);
        m_accessories.append(item);
    }
    // The ruler below everything drawn.
    if (m_scale) {
        double bottom = socket.bottom();
        for (const AccessoryOutlineItem *item : std::as_const(m_accessories))
            bottom = std::max(bottom, item->shapeRect().bottom());
        m_scale->setPos(0, bottom + 7);
    }
    setSceneRect(itemsBoundingRect().adjusted(-10, -10, 10, 10).united(QRectF(-10, -50, 120, 90)));
}

QRectF MatingScene::drawingRect() const
{
    QRectF rect;
    for (const ConnectorItem *item : {m_socket, m_mated, m_candidate}) {
        if (item && item->isVisible())
            rect = rect.united(item->mapRectToScene(item->body()));
    }
    for (const AccessoryOutlineItem *item : m_accessories)
        rect = rect.united(item->mapRectToScene(item->boundingRect()));
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
