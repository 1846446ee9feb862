#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace cc {

// An item the user names in an assembly: a pick among the accessories that
// fit (`choices.items`) or an optional accessory (`optional`). Quantities are
// per assembly; an empty quantity is one the user has not given.
struct ProjectItem
{
    QString itemNumber;
    std::optional<int> quantity;
    QString kind; // accessory kind the pick is for, e.g. 'locking_lever'; may be empty
    QString side; // 'socket', 'plug' or 'connection'; empty: any side
    QJsonObject extra; // keys this program does not know, kept on save

    bool operator==(const ProjectItem &other) const
    {
        return itemNumber == other.itemNumber && quantity == other.quantity
            && kind == other.kind && side == other.side && extra == other.extra;
    }
    bool operator!=(const ProjectItem &other) const { return !(*this == other); }
};

} // namespace cc
