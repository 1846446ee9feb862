#pragma once

#include "models/rules/AssemblyChoices.h"
#include "models/rules/AssemblyResult.h"
#include "models/rules/ResolvedSide.h"

#include <QCoreApplication>

namespace cc {

class AccessoryPool;
class AccessoryRuleBook;

// A strain relief housing for a flying side: it fits by family (or the
// connectors' datasheets), pole count, cable outer diameter and cable count,
// not by gender (catalog-facts T1). D1: IP2xC holds only when mated and
// secured with a strain relief housing. How many per side comes from the
// catalog's rules (T1: one on each side of a mated set).
class StrainReliefRules
{
public:
    static void apply(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                      const ResolvedSide &side, const AssemblyChoices &choices,
                      AssemblyResult &result);
};

} // namespace cc
