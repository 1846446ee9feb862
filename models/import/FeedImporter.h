#pragma once

#include "models/import/FeedImportReport.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace cc {

class Database;
class TaskControl;

// Imports a catalog feed (BMEcat, plain or zipped; models/import/feed) into
// the parts database, streaming: products are read, planned and written a
// batch at a time, so that memory does not grow with the file (beyond the
// item numbers, for duplicates and references).
//
// The rules of the datasheet import apply (PartImportRules), a product
// being the part its file is about: same file again changes nothing; a
// newer file updates what it states and keeps the rest (rows it states, an
// IEC rating or a conductor class, replace the part's row of that kind:
// PartRecordMerge::Lists::ByRow); a user's edits win unless
// overwriteUserEdits, conflicts are reported field by field. The file
// becomes the source of what it writes (kind 'bmecat', file name, catalog id
// and version, date). mode="delete" removes a part (not a user's, unless
// overwriteUserEdits).
//
// References are resolved once every product is written, so that a
// product may refer to one further down the file: a reference to an item
// in the file or the catalog becomes a relation (or a supersession), one to
// an item in neither stays a reference and is reported, never an invented
// part.
class FeedImporter
{
public:
    struct Options
    {
        bool overwriteUserEdits = false;
        bool manufacturerPid = false; // item numbers from MANUFACTURER_PID
        QString family;               // for products whose file names none
        QString language;             // the program's language (ISO 639)
    };
    // Told, before a batch of parts is written, their item numbers (an
    // undo step takes its snapshot then).
    using BeforeWriting = std::function<void(const QStringList &items)>;

    static constexpr int batchSize = 500;
    // After writing at least this many parts an import compacts the search
    // index (as after any large write: searching stays fast).
    static constexpr int compactAfter = 1000;
    static void compactSearchIndex(Database &database, const QStringList &written);

    FeedImporter(Database &database, Options options);

    // Reads the file and imports it in one transaction, rolled back on a
    // dry run. Errors are in the report, never thrown.
    FeedImportReport importFile(const QString &path, bool dryRun);
    // The import in the caller's transaction. False when cancelled (the
    // caller rolls back). A file that cannot be imported leaves its reason
    // in report->error (the caller rolls back). `written` gets the item
    // numbers written. Throws DatabaseError.
    bool run(const QString &path, TaskControl &control, FeedImportReport *report, QStringList *written,
             const BeforeWriting &beforeWriting = {});

private:
    Database &m_database;
    Options m_options;
};

} // namespace cc
