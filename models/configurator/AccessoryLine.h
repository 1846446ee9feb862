#pragma once

#include "models/rules/ItemBasis.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// One line of the configurator's parts table: an accessory the assembly
// needs (required) or may take (optional), the item it lists and how many,
// counted as the bill of materials counts it. AccessoryLines makes them
// from the rules' result and the user's picks; the view shows them.
struct AccessoryLine
{
    enum class Need { Required, Optional };
    // Where the quantity comes from: the user, a rule, a default (one per
    // assembly for an optional accessory no rule counts), the poles of a
    // separable item shared by several assemblies, or nowhere.
    enum class QuantityFrom { User, Rule, Default, Poles, NotStated };

    Need need = Need::Required;
    QString kind; // accessory kind, e.g. 'locking_lever'
    QString side; // 'socket', 'plug' or 'connection'
    // The items that fit, in catalog order (the rules and the choices,
    // user's or defaults, have narrowed them).
    QStringList candidates;
    // The item the line lists: the user's pick, else the only candidate;
    // empty while several fit and none is picked.
    QString itemNumber;
    bool picked = false; // the user picked the item
    bool included = true; // an optional accessory: ticked
    // Pieces per assembly as counted (for an optional accessory not ticked:
    // as it would be counted); empty when nothing states it.
    std::optional<int> quantity;
    // What the rules give, or for an optional accessory the default of one;
    // the quantity a reset returns to.
    std::optional<int> ruleQuantity;
    // Where that comes from: Rule, Default, Poles or NotStated.
    QuantityFrom ruleQuantityFrom = QuantityFrom::NotStated;
    QuantityFrom quantityFrom = QuantityFrom::NotStated;
    // A separable item shared by several assemblies (lockout caps): the
    // poles this assembly uses of an item with polesPerItem poles.
    std::optional<int> polesUsed;
    std::optional<int> polesPerItem;
    QStringList quantitySources; // the rules' sources that state it ('R1')
    // '1 per connection (source R1)', '4 of the 12 poles of one separable item'.
    QString quantityText;
    // What the line rests on, as the bill of materials marks it: rules,
    // defaults (colour, operation, quantity) and the user's quantity.
    QList<ItemBasis> basis;
    QString reason;
    // Where the user's entry is: an index into ConfiguredAssembly's
    // chosenItems (required) or optionalItems (a ticked optional
    // accessory); -1 when there is none.
    int chosenIndex = -1;
    int optionalIndex = -1;
    // The line's place among the lines of its need, kind and side (an
    // optional accessory ticked twice, as two items, has two lines).
    int ordinal = 0;

    bool isRequired() const { return need == Need::Required; }
    bool hasItem() const { return !itemNumber.isEmpty(); }
    // Several items fit (or the pick is not one of them): the user may pick.
    bool offersChoice() const
    {
        return candidates.size() > 1 || (hasItem() && !candidates.contains(itemNumber));
    }
    bool pickFits() const { return !hasItem() || candidates.contains(itemNumber); }
    // The quantity can be edited once the line has an item (and, optional,
    // is ticked).
    bool quantityEditable() const { return hasItem() && included; }
    bool quantityIsUsers() const { return quantityFrom == QuantityFrom::User; }
    // Which line this is, for keeping a table's rows across evaluations
    // (ticking or picking leaves it the same line): need, kind, side, ordinal.
    QString key() const
    {
        return QStringList { need == Need::Required ? QStringLiteral("r") : QStringLiteral("o"),
                             kind, side, QString::number(ordinal) }
            .join(QChar(0x1f));
    }
};

} // namespace cc
