#pragma once

#include "models/rules/AssemblyChoices.h"
#include "models/rules/AssemblyResult.h"
#include "models/rules/ResolvedSide.h"

#include <QCoreApplication>

namespace cc {

class AccessoryPool;
class AccessoryRuleBook;

// A lockout cap for a socket left unmated. A separable cap covers several
// sockets, so the assembly counts the poles it uses, not caps; the catalog's
// rules say how many cap poles a socket pole takes.
class CoverRules
{
public:
    static void applyLockoutCap(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                                const ResolvedSide &socket, const AssemblyChoices &choices,
                                AssemblyResult &result);
    // True when a for_kinds text such as 'sockets and plugs' names `role`
    // ('socket' or 'plug'); also true when the text is empty (not stated).
    static bool forRole(const PartRecord &accessory, const QString &role);
};

} // namespace cc
