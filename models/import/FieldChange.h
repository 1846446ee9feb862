#pragma once

#include <QString>

namespace cc {

// One field of a part as an import finds it and as the import has it.
// Values are shown as text; an empty text means "not known".
struct FieldChange
{
    QString field; // column name, or ratings, conductor_ranges, approvals,
                   // classifications, note: TOPIC, counterpart ITEM, accessory ITEM
    QString oldValue;
    QString newValue;
};

} // namespace cc
