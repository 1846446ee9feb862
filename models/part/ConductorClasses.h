#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// The conductor classes a connector states a range for (conductor ranges,
// a project's cables). The spellings are the row names of vendor datasheets.
class ConductorClasses
{
public:
    static const CodeTable &table();
};

} // namespace cc
