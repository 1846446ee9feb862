#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/MatingReason.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>

namespace cc {

// A socket or plug drawn to scale in scene units of 1 mm: the body (width ×
// height from the catalog) in the part's colour, one contact per pole at the
// pin spacing with its marking, and the coding key with its letter on the
// mating edge (top for a socket, bottom for a plug). A part whose dimensions
// the catalog does not state is a dashed outline labelled so.
class ConnectorItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 601 };
    // Drawn size of an outline whose dimensions are not known.
    static constexpr double OutlineWidthMm = 30.0;
    static constexpr double OutlineHeightMm = 12.0;
    static constexpr double KeyHeightMm = 3.5;

    explicit ConnectorItem(const PartRecord &part, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const PartRecord &part() const { return m_part; }
    QString itemNumber() const { return m_part.itemNumber(); }
    bool isSocket() const { return m_female; }
    bool dimensionsKnown() const { return m_dimensionsKnown; }
    // The body in item coordinates (mm), origin at its top left corner.
    QRectF body() const { return QRectF(0, 0, m_width, m_height); }
    // Contact centres in item coordinates, one per pole.
    QList<QPointF> contactCentres() const;
    // The coding key's rectangle in item coordinates.
    QRectF codingKey() const;

    // Features drawn in red because they keep the pair from mating.
    void setConflicts(const QList<MatingReason::Code> &codes);
    const QList<MatingReason::Code> &conflicts() const { return m_conflicts; }
    void setMated(bool mated);
    bool isMated() const { return m_mated; }

private:
    bool conflicts(MatingReason::Code code) const { return m_conflicts.contains(code); }

    PartRecord m_part;
    bool m_female = false;
    bool m_dimensionsKnown = false;
    double m_width = OutlineWidthMm;
    double m_height = OutlineHeightMm;
    QList<MatingReason::Code> m_conflicts;
    bool m_mated = false;
};

} // namespace cc
