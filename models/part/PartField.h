#pragma once

#include "models/part/PartFieldList.h"

namespace cc {

// A scalar field of a part (see PartFieldList.h).
enum class PartField : int {
#define CC_PART_FIELD_ENUM(type, name, key, accessor) name,
    CC_PART_FIELDS(CC_PART_FIELD_ENUM)
#undef CC_PART_FIELD_ENUM
};

// How many fields a part has.
inline constexpr int partFieldCount = 0
#define CC_PART_FIELD_COUNT(type, name, key, accessor) +1
    CC_PART_FIELDS(CC_PART_FIELD_COUNT)
#undef CC_PART_FIELD_COUNT
    ;

// The type of a field's values.
enum class PartFieldType { Text, Real, Integer, Boolean };

} // namespace cc
