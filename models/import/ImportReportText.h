#pragma once

#include "models/import/DatasheetImportReport.h"

#include <QString>

namespace cc {

// A datasheet import's report as text for the command line and the import
// dialog: the part, how many fields were read, what is added or changed
// (field by field, old -> new), the conflicts and each line that could not
// be placed, with its line number.
class ImportReportText
{
public:
    // `dryRun`: says "would" instead of what was done.
    static QString text(const DatasheetImportReport &report, bool dryRun);
    static QString actionText(const PartImport &part, bool dryRun);
};

} // namespace cc
