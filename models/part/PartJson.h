#pragma once

#include <QJsonObject>

namespace cc {

struct PartRecord;

// A part's whole record as JSON, as `show --format json` prints it: every
// scalar field by its column name (null when unknown), the lists, a few
// groupings (dimensions_mm, eclass, etim) that tools consume directly, and
// under "derived" the fields whose value is derived, each with its value and
// provenance ({"family": {"value", "basis", "listed_by", "from", "source"}}).
class PartJson
{
public:
    static QJsonObject toJson(const PartRecord &record);
};

} // namespace cc
