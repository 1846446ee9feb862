#pragma once

#include "models/import/DatasheetImportReport.h"
#include "models/import/FeedImportReport.h"

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
    // A catalog feed's report: the catalog, the counts (products read,
    // added, changed, unchanged, deleted, skipped), each skipped product and
    // each value left out with its line and reason, the changes field by
    // field, the conflicts and the references left unresolved. Lists end
    // after FeedImportReport::maxDetails entries with how many more there are.
    static QString text(const FeedImportReport &report, bool dryRun);
    // The counts alone, one line.
    static QString counts(const FeedImportReport &report, bool dryRun);
};

} // namespace cc
