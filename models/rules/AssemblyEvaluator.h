#pragma once

#include "models/rules/Assembly.h"
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
    explicit AssemblyEvaluator(const PartCatalog &catalog);

    AssemblyResult evaluate(const Assembly &assembly) const;

private:
    const PartCatalog &m_catalog;
};

} // namespace cc
