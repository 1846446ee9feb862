#pragma once

#include "models/rules/AssemblyChoices.h"
#include "models/rules/AssemblyResult.h"
#include "models/rules/ResolvedSide.h"

#include <QCoreApplication>

namespace cc {

class AccessoryPool;
class AccessoryRuleBook;

// A side in snap-in mounting: the panel thickness against the snap-in part's
// own range, or, for a plug or socket that is not a snap-in version, a
// snap-in frame of its pole count whose range holds the panel. How many
// frames comes from the catalog's rules (D1 states no number).
class SnapInRules
{
public:
    static void apply(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                      const ResolvedSide &side, const AssemblyChoices &choices,
                      AssemblyResult &result);
};

} // namespace cc
