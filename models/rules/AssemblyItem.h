#pragma once

#include "models/rules/ItemBasis.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// An accessory an assembly needs or may use: the catalog items that fit (the
// user picks one when there are several), how many, and why.
struct AssemblyItem
{
    QString kind;           // accessory kind, e.g. 'strain_relief_housing'
    QString side;           // 'socket', 'plug' or 'connection'
    QStringList candidates; // item numbers, in catalog order
    // Pieces per assembly; empty when the catalog does not state it.
    std::optional<int> quantity;
    // For items shared by pole count (separable caps): the poles this
    // assembly uses of an item with polesPerItem poles.
    std::optional<int> polesUsed;
    std::optional<int> polesPerItem;
    // '1 per flying side (source T1)', '4 of the 12 poles of one separable
    // item (source D1)', 'quantity not stated by the catalog'.
    QString quantityText;
    // The sources whose rules state the quantity ('T1'); empty when none does.
    QStringList quantitySources;
    // The sources of every catalog rule that applies to this item, also those
    // that state no quantity (e.g. 'D1' for locking levers).
    QStringList ruleSources;
    QString reason;
    // The rules the item and its quantity rest on, and the defaults that
    // chose it (e.g. its colour), in the order they were applied.
    QList<ItemBasis> basis;
};

} // namespace cc
