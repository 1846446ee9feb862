#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// How a connector is installed (the part fields mounting and for_mounting,
// and a project's sides): flying lead, snap-in, PCB, distribution.
class Mountings
{
public:
    static const CodeTable &table();
    // Mounted installation (snap-in, PCB, distribution), as against a
    // flying lead; false for an empty or unknown code.
    static bool isMounted(const QString &mounting);
    // A flying lead: the connector ends a cable.
    static bool isFlying(const QString &mounting);
};

} // namespace cc
