#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/MatingVerdict.h"

namespace cc {

// A part of the catalog compared with the part a user looks at.
struct MatingCandidate
{
    PartRecord part;
    MatingVerdict verdict;
};

} // namespace cc
