#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// How a locking lever is operated (the part field operation, a project's
// lever choice): by hand or with a tool.
class LeverOperations
{
public:
    static const CodeTable &table();
};

} // namespace cc
