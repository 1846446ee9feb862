#pragma once

#include "models/part/Mountings.h"
#include "models/part/PartRecord.h"
#include "models/rules/Assembly.h"
#include "models/rules/RuleMessage.h"

#include <QString>

namespace cc {

// One side of an assembly with its part found in the catalog.
struct ResolvedSide
{
    QString role; // 'socket' or 'plug'
    PartRecord part;
    Assembly::Side input;
    QString mounting; // as given, else as the part states; empty when unknown
    // A connector for mounted installation by its data (snap-in kind or a
    // mounting other than flying): D1 says these come with locking levers.
    bool mountedByData = false;

    bool flying() const { return Mountings::isFlying(mounting); }
    QString item() const { return part.itemNumber(); }
    // The side a finding about this side names.
    RuleMessage::Side side() const
    {
        return role == QLatin1String("socket") ? RuleMessage::Side::Socket
                                               : RuleMessage::Side::Plug;
    }
};

} // namespace cc
