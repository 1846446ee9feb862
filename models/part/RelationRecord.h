#pragma once

#include <QString>

#include <optional>

namespace cc {

// A part named on another part's datasheet: a counterpart or an accessory.
struct RelationRecord
{
    QString itemNumber; // the related part
    QString relation;   // 'counterpart' or 'accessory'
    QString group;      // accessory group, e.g. 'Locking levers'
    std::optional<bool> required;
    QString description; // filled when read back from the database
    QString kind;        // filled when read back from the database
    QString sourceReference;
};

} // namespace cc
