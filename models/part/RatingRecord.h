#pragma once

#include <QString>

#include <optional>

namespace cc {

// One rating row of a part: voltage, impulse voltage and current under one
// standard (IEC or UL) and its conditions.
struct RatingRecord
{
    QString standard; // 'IEC/EN 60664-1', 'UL 1977'
    QString market;   // 'IEC' or 'UL'
    QString overvoltageCategory;
    std::optional<int> pollutionDegree;
    std::optional<double> voltageV;
    std::optional<double> impulseVoltageKv;
    std::optional<double> currentA;
    QString condition;
};

} // namespace cc
