#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// How a packaging unit is packed (the part field packaging_type).
class PackagingTypes
{
public:
    static const CodeTable &table();
};

} // namespace cc
