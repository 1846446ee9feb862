#pragma once

#include "models/rules/AssemblyResult.h"
#include "models/rules/ResolvedSide.h"

#include <QCoreApplication>

namespace cc {

// Notes the strip length of a side's part and checks the side's conductors,
// when given, against the part's conductor range for their class.
class ConductorCheck
{
public:
    static void apply(const ResolvedSide &side, AssemblyResult &result);
};

} // namespace cc
