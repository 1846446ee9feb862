#pragma once

#include <QString>

#include <optional>

namespace cc {

// The conductor range of a part for one conductor class, in mm² and AWG.
struct ConductorRangeRecord
{
    QString conductorClass; // a code of ConductorClasses
    std::optional<double> minMm2;
    std::optional<double> maxMm2;
    std::optional<int> minAwg; // AWG of minMm2 (the larger number)
    std::optional<int> maxAwg;
};

} // namespace cc
