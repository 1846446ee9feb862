#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/AssemblyRating.h"
#include "models/rules/ResolvedSide.h"
#include "models/rules/RuleMessage.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cc {

// Ratings and approvals of an assembly from those of its mated parts.
class AssemblyRatings
{
public:
    // Per market (IEC, UL) and quantity (voltage, impulse voltage, current)
    // that at least one side's part states: the lowest value with the parts
    // that limit it. A part's ratings without a condition count; a part with
    // only conditional ratings counts with its lowest one. Conditional
    // ratings below the main one are added to `messages` as notes.
    static QList<AssemblyRating> lowest(const QList<ResolvedSide> &sides,
                                        QList<RuleMessage> *messages);

    // The approvals all parts have (same kind, mark, issuer and standard;
    // certificates may differ), as the first part records them. Empty
    // optional when a part states no approvals at all; a warning in
    // `messages` says which.
    static std::optional<QList<ApprovalRecord>> shared(const QList<PartRecord> &parts,
                                                       QList<RuleMessage> *messages);
};

} // namespace cc
