#pragma once

#include "Assembly.h"
#include "AssemblyResult.h"
#include "ResolvedSide.h"

#include <QCoreApplication>
#include <QList>

namespace cc {

class AccessoryPool;

// Locking levers (D1): connectors for mounted installation come with levers
// fitted; additional levers are needed only where both sides are flying
// leads. The catalog does not state how many per connection.
class LeverRules
{
    Q_DECLARE_TR_FUNCTIONS(LeverRules)

public:
    static void apply(const AccessoryPool &pool, const QList<ResolvedSide> &sides,
                      const Assembly &assembly, AssemblyResult &result);
};

} // namespace cc
