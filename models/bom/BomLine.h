#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/ItemBasis.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// One line of a bill of materials: an item number over all assemblies.
// Values no source states are empty, never zero.
struct BomLine
{
    int position = 0;
    QString itemNumber;
    QString description; // empty when the part is not in the catalog
    bool inCatalog = true;
    int quantity = 0;                  // pieces needed
    std::optional<int> packagingUnit;  // pieces per package
    int orderQuantity = 0;             // rounded up to whole packages; = quantity when unknown
    int surplus() const { return orderQuantity - quantity; }
    QString gtin;
    std::optional<RatingRecord> iecRating;
    std::optional<RatingRecord> ulRating;
    QList<ApprovalRecord> approvals;
    QString customsTariff;
    QString countryOfOrigin;
    std::optional<double> unitWeightG;
    std::optional<double> unitFireLoadMj;
    // For the quantity needed.
    std::optional<double> weightG() const
    {
        return unitWeightG ? std::optional<double>(*unitWeightG * quantity) : std::nullopt;
    }
    std::optional<double> fireLoadMj() const
    {
        return unitFireLoadMj ? std::optional<double>(*unitFireLoadMj * quantity) : std::nullopt;
    }
    QStringList usedIn; // designations of the assemblies that use it
    // What the line rests on beside the catalog's facts: the rules that give
    // its quantity, the defaults that chose it, the user's choices.
    QList<ItemBasis> basis;
    // The basis in words: 'rule R1: …; colour: black (default)'.
    QString basisText() const;
};

} // namespace cc
