#pragma once

#include "models/rules/AssemblyResult.h"
#include "models/rules/ResolvedSide.h"

#include <QCoreApplication>
#include <QList>

namespace cc {

class AccessoryPool;
class AccessoryRuleBook;

// Accessories offered, not forced: protective caps, marker cards and
// operating tools of the connector system. Their quantity comes from the
// catalog's rules (D1 states none).
class OptionalAccessories
{
public:
    static void offer(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                      const QList<ResolvedSide> &sides, AssemblyResult &result);
};

} // namespace cc
