#pragma once

#include "models/rules/Assembly.h"
#include "models/rules/AssemblyDefaults.h"
#include "models/rules/AssemblyResult.h"

#include <QCoreApplication>

namespace cc {

class PartCatalog;

// What one assembly needs, from the catalog's data and the rules the sources
// state (issue 4): mating, locking levers, strain relief housings, lockout
// caps, snap-in frames, the conductor check, optional accessories, ratings
// and shared approvals. Where the data are silent the result says so.
class AssemblyEvaluator
{
public:
    // Choices the user has not made are decided by `defaults` (none: they
    // stay open).
    explicit AssemblyEvaluator(const PartCatalog &catalog, AssemblyDefaults defaults = {});

    AssemblyResult evaluate(const Assembly &assembly) const;

private:
    const PartCatalog &m_catalog;
    AssemblyDefaults m_defaults;
};

} // namespace cc
