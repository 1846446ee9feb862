#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// How a connector is installed (the part fields mounting and for_mounting,
// and a project's sides): flying lead, snap-in, PCB, distribution.
class Mountings
{
public:
    static const CodeTable &table();
};

} // namespace cc
