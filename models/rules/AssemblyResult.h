#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/AssemblyChoice.h"
#include "models/rules/AssemblyItem.h"
#include "models/rules/AssemblyRating.h"
#include "models/rules/MatingVerdict.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace cc {

// What AssemblyEvaluator concludes for one Assembly.
struct AssemblyResult
{
    // Empty for a spare outlet or when a part is missing.
    std::optional<MatingVerdict> mating;
    QList<AssemblyItem> requiredItems;
    QList<AssemblyItem> optionalItems; // offered, not forced
    QList<AssemblyChoice> choices;
    QStringList errors;   // the assembly cannot be built as given
    QStringList warnings; // data or input missing, or data that disagree
    QStringList notes;    // reasons for what is (not) needed, strip lengths, ...
    QList<AssemblyRating> ratings;
    // Approvals every mated part has; empty optional when a part states none.
    std::optional<QList<ApprovalRecord>> sharedApprovals;

    bool ok() const { return errors.isEmpty(); }

    QList<AssemblyItem> requiredOfKind(const QString &kind) const
    {
        QList<AssemblyItem> items;
        for (const AssemblyItem &item : requiredItems) {
            if (item.kind == kind)
                items.append(item);
        }
        return items;
    }
    QList<AssemblyItem> optionalOfKind(const QString &kind) const
    {
        QList<AssemblyItem> items;
        for (const AssemblyItem &item : optionalItems) {
            if (item.kind == kind)
                items.append(item);
        }
        return items;
    }
    const AssemblyChoice *choice(const QString &kind, PartField attribute) const
    {
        for (const AssemblyChoice &entry : choices) {
            if (entry.kind == kind && entry.attribute == attribute)
                return &entry;
        }
        return nullptr;
    }
};

} // namespace cc
