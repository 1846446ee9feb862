#pragma once

#include "AssemblyResult.h"
#include "ResolvedSide.h"

#include <QCoreApplication>
#include <QList>

namespace cc {

class AccessoryPool;

// Accessories offered, not forced: protective caps, marker cards and
// operating tools of the connector system. The catalog states no quantity.
class OptionalAccessories
{
    Q_DECLARE_TR_FUNCTIONS(OptionalAccessories)

public:
    static void offer(const AccessoryPool &pool, const QList<ResolvedSide> &sides,
                      AssemblyResult &result);
};

} // namespace cc
