#pragma once

#include "models/rules/AssemblyChoices.h"
#include "models/rules/AssemblyResult.h"
#include "models/rules/ResolvedSide.h"

#include <QCoreApplication>
#include <QList>

namespace cc {

class AccessoryPool;
class AccessoryRuleBook;

// Locking levers (D1): connectors for mounted installation come with levers
// fitted; additional levers are needed only where both sides are flying
// leads. How many per connection comes from the catalog's rules (D1 states
// no number).
class LeverRules
{
public:
    static void apply(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                      const QList<ResolvedSide> &sides, const AssemblyChoices &choices,
                      AssemblyResult &result);
};

} // namespace cc
