#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// The groups a datasheet sorts its approvals into.
class ApprovalKinds
{
public:
    static const CodeTable &table();
};

} // namespace cc
