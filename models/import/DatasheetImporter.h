#pragma once

#include "models/import/DatasheetImportReport.h"
#include "models/import/parser/DatasheetParseResult.h"

#include <QString>

namespace cc {

class Database;

// Imports vendor datasheets (text or PDF) into the parts database.
//
// plan() reads and parses a file and works out, without writing, what the
// import changes: the datasheet's part and each counterpart and accessory it
// names is added, updated (field by field, old -> new) or unchanged.
//   * A new part is written as the datasheet gives it, with origin 'import'
//     and the datasheet file (name, path, date of import) as its source.
//   * The datasheet's part, when stored with origin 'catalog' or 'import',
//     takes every value the datasheet states (PartRecordMerge::Replace) and
//     becomes 'import' with the file as its source; values the datasheet
//     does not state are kept. A bundled catalog part re-imported with a
//     change therefore leaves the catalog: BundledCatalog no longer replaces
//     it. Re-importing the same datasheet changes nothing and writes nothing.
//   * A part the user edited (origin 'user') keeps the user's values: only
//     values it does not know are filled in, every other difference is
//     reported as a conflict. Options::overwriteUserEdits lets the
//     datasheet win instead (the part becomes 'import').
//   * A counterpart or accessory that exists is never overwritten with the
//     few fields its short description gives: only unknown values are
//     filled in, disagreements are conflicts (PartRecordMerge::FillOnly). It
//     keeps its source; a catalog part that gets a value becomes 'import'.
//   * A counterpart or accessory gets the values the listing derives
//     (ListingDerivation: the family of the datasheet's part, when that
//     states one), with the datasheet file as their provenance's source; a
//     derived value never overwrites a stated one, and a value a datasheet
//     states replaces a derived one without a conflict.
// apply() writes a plan; importFile() plans and writes one file in one
// transaction, so that a failure writes nothing.
class DatasheetImporter
{
public:
    struct Options
    {
        bool overwriteUserEdits = false;
    };

    explicit DatasheetImporter(Database &database);
    DatasheetImporter(Database &database, Options options);

    DatasheetImportReport plan(const QString &path) const;
    // Reads and parses a file (the slow part of plan(): a PDF's text is laid
    // out again). False when it cannot be read; `*failed` then says why.
    static bool read(const QString &path, DatasheetParseResult *parsed, DatasheetImportReport *failed);
    DatasheetImportReport plan(const DatasheetParseResult &parsed, const QString &path) const;
    // Writes the plan; the caller owns the transaction. Throws DatabaseError.
    void apply(const DatasheetImportReport &report);
    // plan() and, unless `dryRun`, apply() in one transaction. Errors are
    // reported in the result, never thrown.
    DatasheetImportReport importFile(const QString &path, bool dryRun);

private:
    PartImport planPart(const PartRecord &incoming, bool mainPart) const;

    Database &m_database;
    Options m_options;
};

} // namespace cc
