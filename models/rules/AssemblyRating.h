#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// One rating of an assembly: the lowest value of its mated parts for one
// market and quantity, and the part(s) that limit it.
struct AssemblyRating
{
    QString market;   // 'IEC' or 'UL'
    QString quantity; // 'voltage_v', 'impulse_voltage_kv' or 'current_a'
    QString unit;     // 'V', 'kV', 'A'
    // Set only when every mated part states this rating.
    std::optional<double> value;
    // The lowest value the parts state, even when some part states none.
    std::optional<double> lowestStated;
    QStringList limitingItems; // parts with the lowest stated value
    QString standard;          // of the limiting rating, e.g. 'IEC/EN 60664-1'
    QString category;          // e.g. 'III/3'
    QStringList itemsWithout;  // mated parts that state no such rating
    QString message;           // one sentence for display
};

} // namespace cc
