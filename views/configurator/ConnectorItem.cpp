#include "views/configurator/ConnectorItem.h"

#include "models/datasheet/CodingColours.h"
#include "models/part/PartKinds.h"
#include "views/configurator/ConfiguratorViewsTr.h"
#include "views/configurator/SceneText.h"

#include <QPainter>

namespace cc {

namespace {

const QColor conflictRed(210, 20, 20);

QColor textOn(const QColor &background)
{
    return background.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

ConnectorItem::ConnectorItem(const PartRecord &part, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_part(part)
    , m_female(PartKinds::isFemale(part))
{
    const std::optional<double> width = part.widthMm();
    const std::optional<double> height = part.heightMm();
    m_dimensionsKnown = width && height && *width > 0 && *height > 0;
    if (m_dimensionsKnown) {
        m_width = *width;
        m_height = *height;
    }
}

QRectF ConnectorItem::boundingRect() const
{
    // Room for the coding key and the caption (wider than a narrow body).
    return QRectF(-35, -9, m_width + 70, m_height + 18);
}

QList<QPointF> ConnectorItem::contactCentres() const
{
    QList<QPointF> centres;
    const std::optional<int> poles = m_part.poles();
    if (!poles || *poles <= 0 || *poles > 48)
        return centres;
    const std::optional<double> spacing = m_part.pinSpacingMm();
    // Without a stated spacing the contacts are spread evenly (and the
    // caption says that the spacing is not known).
    const double pitch = spacing && m_dimensionsKnown && *spacing * *poles <= m_width ? *spacing
                                                                                     : m_width / *poles;
    const double y = m_female ? m_height * 0.6 : m_height * 0.4;
    for (int i = 0; i < *poles; ++i)
        centres << QPointF(m_width / 2 + (i - (*poles - 1) / 2.0) * pitch, y);
    return centres;
}

QRectF ConnectorItem::codingKey() const
{
    const double keyWidth = qMin(8.0, m_width / 3);
    const double y = m_female ? -KeyHeightMm : m_height;
    // Socket key left of the centre line, plug key right of it: mated, the
    // two keys sit side by side in the gap between the bodies.
    const double x = m_female ? m_width / 2 - keyWidth : m_width / 2;
    return QRectF(x, y, keyWidth, KeyHeightMm);
}

void ConnectorItem::setConflicts(const QList<MatingReason::Code> &codes)
{
    m_conflicts = codes;
    update();
}

void ConnectorItem::setMated(bool mated)
{
    m_mated = mated;
    update();
}

void ConnectorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = CodingColours::colourFor(m_part.colour());
    const bool colourKnown = colour.isValid() && m_dimensionsKnown;
    const bool familyConflict = conflicts(MatingReason::Code::Family) || conflicts(MatingReason::Code::Gender)
        || conflicts(MatingReason::Code::NotAConnector);
    QPen outline(familyConflict ? conflictRed : QColor(40, 40, 40), familyConflict ? 0.8 : 0.3,
                 m_dimensionsKnown ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(colourKnown ? colour : (colour.isValid() ? colour.lighter(170) : QColor(245, 245, 245)));
    painter->drawRoundedRect(body(), 1.0, 1.0);
    const QColor ink = colourKnown ? textOn(colour) : QColor(Qt::black);

    // Contacts: openings on a socket, pins on a plug.
    const QList<QPointF> centres = contactCentres();
    const bool polesConflict = conflicts(MatingReason::Code::Poles);
    if (centres.isEmpty()) {
        painter->setPen(ink);
        drawSceneText(painter, body(), ConfiguratorViewsTr::tr("pole count not known"), 2.2);
    } else {
        QStringList markings = m_part.marking().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (markings.size() != centres.size()) {
            markings.clear();
            for (int i = 1; i <= centres.size(); ++i)
                markings << QString::number(i);
        }
        const double pitch = centres.size() > 1 ? centres.at(1).x() - centres.at(0).x() : m_width;
        const double radius = qMin(pitch * 0.22, m_height * 0.16);
        for (int i = 0; i < centres.size(); ++i) {
            const QPointF centre = centres.at(i);
            painter->setPen(QPen(polesConflict ? conflictRed : ink, polesConflict ? 0.6 : 0.25));
            painter->setBrush(m_female ? QColor(20, 20, 20) : QColor(200, 170, 60));
            painter->drawEllipse(centre, radius, radius);
            painter->setPen(polesConflict ? conflictRed : ink);
            const double textY = m_female ? centre.y() - radius - 3.2 : centre.y() + radius + 0.4;
            drawSceneText(painter, QRectF(centre.x() - pitch / 2, textY, pitch, 2.8), markings.at(i), 2.2);
        }
    }

    // The coding key, always with its letter.
    const QString coding = m_part.coding();
    const bool codingConflict = conflicts(MatingReason::Code::Coding);
    painter->setPen(QPen(codingConflict ? conflictRed : QColor(40, 40, 40), codingConflict ? 0.7 : 0.25,
                         coding.isEmpty() ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(codingConflict ? QColor(255, 215, 215) : QColor(250, 250, 250));
    painter->drawRect(codingKey());
    painter->setPen(codingConflict ? conflictRed : QColor(Qt::black));
    drawSceneText(painter, codingKey(), coding.isEmpty() ? QStringLiteral("?") : coding, 2.6);

    // Caption: item number and what is not known.
    QStringList caption{itemNumber()};
    if (!m_dimensionsKnown)
        caption << ConfiguratorViewsTr::tr("dimensions not known (outline, not to scale)");
    else if (!m_part.pinSpacingMm())
        caption << ConfiguratorViewsTr::tr("pin spacing not known");
    if (m_mated)
        caption << ConfiguratorViewsTr::tr("mated");
    painter->setPen(QColor(50, 50, 50));
    const QRectF captionRect = m_female ? QRectF(-30, m_height + 0.5, m_width + 60, 3)
                                        : QRectF(-30, -3.5, m_width + 60, 3);
    drawSceneText(painter, captionRect, caption.join(QStringLiteral(" · ")), 2.0);
}

} // namespace cc
