#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/AssemblyRating.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace cc {

// Ratings and approvals of an assembly from those of its mated parts.
class AssemblyRatings
{
    Q_DECLARE_TR_FUNCTIONS(AssemblyRatings)

public:
    // Per market (IEC, UL) and quantity (voltage, impulse voltage, current)
    // that at least one part states: the lowest value with the parts that
    // limit it. A part's ratings without a condition count; a part with only
    // conditional ratings counts with its lowest one. Conditional ratings
    // below the main one are added to `notes`.
    static QList<AssemblyRating> lowest(const QList<PartRecord> &parts, QStringList *notes);

    // The approvals all parts have (same kind, mark, issuer and standard;
    // certificates may differ), as the first part records them. Empty
    // optional when a part states no approvals at all; `warnings` says which.
    static std::optional<QList<ApprovalRecord>> shared(const QList<PartRecord> &parts,
                                                       QStringList *warnings);
};

} // namespace cc
