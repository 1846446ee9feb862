#pragma once

#include "MatingVerdict.h"
#include "PartRecord.h"

namespace cc {

// A part of the catalog compared with the part a user looks at.
struct MatingCandidate
{
    PartRecord part;
    MatingVerdict verdict;
};

} // namespace cc
