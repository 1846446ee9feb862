#pragma once

#include "models/import/PartImport.h"
#include "models/import/PartRecordMerge.h"
#include "models/part/PartRecord.h"

#include <optional>

namespace cc {

// The rules every import (datasheets, catalog feeds) follows for one part,
// given the part as stored (if it is) and as the source gives it:
//   * a new part is added as the source gives it, with origin 'import';
//   * a part the source is about (`mainPart`), stored with origin
//     'catalog' or 'import', takes every value the source states
//     (PartRecordMerge::Replace) and becomes 'import' with the source as
//     its source; values the source does not state are kept;
//   * a part the user edited (origin 'user') keeps the user's values: only
//     unknown values are filled in, every difference is a conflict
//     (PartRecordMerge::FillOnly), unless `overwriteUserEdits`;
//   * a part the source only names (a datasheet's counterparts and
//     accessories) is only filled in and keeps its source.
// The action is Unchanged when nothing differs.
class PartImportRules
{
public:
    static PartImport plan(const std::optional<PartRecord> &existing, const PartRecord &incoming, bool mainPart,
                           bool overwriteUserEdits, PartRecordMerge::Lists lists = PartRecordMerge::Lists::Whole);
};

} // namespace cc
