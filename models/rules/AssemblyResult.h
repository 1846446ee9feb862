#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/AssemblyChoice.h"
#include "models/rules/AssemblyItem.h"
#include "models/rules/AssemblyRating.h"
#include "models/rules/MatingVerdict.h"
#include "models/rules/RuleMessage.h"

#include <QList>
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
    // The rules' findings in the order they were made: errors, warnings
    // and notes (see RuleMessage::Severity).
    QList<RuleMessage> messages;
    QList<AssemblyRating> ratings;
    // Approvals every mated part has; empty optional when a part states none.
    std::optional<QList<ApprovalRecord>> sharedApprovals;

    void add(const RuleMessage &message) { messages.append(message); }

    QList<RuleMessage> ofSeverity(RuleMessage::Severity severity) const
    {
        QList<RuleMessage> list;
        for (const RuleMessage &message : messages) {
            if (message.severity == severity)
                list.append(message);
        }
        return list;
    }
    QList<RuleMessage> errors() const { return ofSeverity(RuleMessage::Severity::Error); }
    QList<RuleMessage> warnings() const { return ofSeverity(RuleMessage::Severity::Warning); }
    QList<RuleMessage> notes() const { return ofSeverity(RuleMessage::Severity::Note); }
    qsizetype count(RuleMessage::Severity severity) const
    {
        qsizetype n = 0;
        for (const RuleMessage &message : messages)
            n += message.severity == severity ? 1 : 0;
        return n;
    }

    // The assembly can be built as given: no error.
    bool ok() const { return count(RuleMessage::Severity::Error) == 0; }

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
