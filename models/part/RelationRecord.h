#pragma once

#include <QString>

#include <optional>

namespace cc {

// A part named by another part's source: a counterpart or an accessory
// (datasheets and feeds), the content of a kit, a spare part or a similar
// part (feeds).
struct RelationRecord
{
    QString itemNumber; // the related part
    QString relation;   // 'counterpart', 'accessory', 'kit_content', 'spare_part', 'similar'
    QString group;      // accessory group, e.g. 'Locking levers'
    std::optional<bool> required;
    QString description; // filled when read back from the database
    QString kind;        // filled when read back from the database
    QString sourceReference;
    std::optional<double> quantity = std::nullopt; // how many of it (kit content); unknown when not stated
};

} // namespace cc
