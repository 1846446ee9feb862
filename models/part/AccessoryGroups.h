#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// The groups a datasheet lists accessories in ("Locking levers", "Strain
// relief", ...), as they are stored, with their labels. A group not in the
// table is shown as it is.
class AccessoryGroups
{
public:
    static const CodeTable &table();
};

} // namespace cc
