#pragma once

#include <QString>

#include <optional>

namespace cc {

// A reference from a part to another item number exactly as a catalog feed
// states it (BMEcat PRODUCT_REFERENCE), resolved or not: what the feed's
// relations (RelationRecord) and supersessions are made from, and what is
// left when the other item is not in the catalog.
struct ReferenceRecord
{
    QString type;       // the feed's type: accessories, mandatory, select, ...
    QString itemNumber; // the item referred to
    std::optional<double> quantity;

    bool operator==(const ReferenceRecord &other) const
    {
        return type == other.type && itemNumber == other.itemNumber && quantity == other.quantity;
    }
};

} // namespace cc
