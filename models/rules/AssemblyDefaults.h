#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// What decides a choice the user has not made (issue 15: choices get
// defaults): the preferred accessory colours, first first, and the lever
// operation. A project carries its own (new projects take them from
// Settings); empty defaults decide nothing, as `bom --no-defaults` wants.
struct AssemblyDefaults
{
    QStringList colourOrder; // e.g. black, white
    QString leverOperation;  // a LeverOperations code; empty: none

    bool isEmpty() const { return colourOrder.isEmpty() && leverOperation.isEmpty(); }
    bool operator==(const AssemblyDefaults &other) const
    {
        return colourOrder == other.colourOrder && leverOperation == other.leverOperation;
    }
    bool operator!=(const AssemblyDefaults &other) const { return !(*this == other); }
};

} // namespace cc
