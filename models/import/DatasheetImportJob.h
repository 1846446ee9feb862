#pragma once

#include "db/PartSnapshot.h"
#include "models/import/DatasheetImporter.h"
#include "models/import/ImportStep.h"
#include "models/import/DatasheetImportReport.h"
#include "models/import/parser/DatasheetParseResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace cc {

class Database;
class TaskControl;

// The import of many datasheet files as work for a thread of its own
// (DatabaseWorker, with its own connection), with progress and cancel:
//   plan()  reads and parses every file and works out what it changes,
//           writing nothing (the import dialog's preview);
//   apply() writes it all in one transaction, planning again from the
//           parsed files against the database as it is then. Cancelled, it
//           rolls back: nothing is written. When another user changed a
//           part of the preview in between (the catalog may be shared on a
//           server), it writes nothing and throws a DatabaseError of kind
//           Conflict naming the parts: the user's preview is out of date.
// After apply() the reports and the snapshot of what was there before make
// the CmdImportDatasheet that records the step for undo.
class DatasheetImportJob : public ImportStep
{
public:
    DatasheetImportJob(const QStringList &paths, DatasheetImporter::Options options);

    const QStringList &paths() const { return m_paths; }
    DatasheetImporter::Options options() const { return m_options; }
    // One step per file. Returns false when cancelled. Errors of a file are
    // in its report; a DatabaseError of the lookup is thrown. Planning again
    // with other options does not read the files again.
    bool plan(Database &database, TaskControl &control);
    bool plan(Database &database, TaskControl &control, DatasheetImporter::Options options);
    bool isPlanned() const { return m_planned; }
    const QList<DatasheetImportReport> &reports() const { return m_reports; }
    bool changesSomething() const;

    // One step per file, in one transaction. Returns whether it was written;
    // false when cancelled or when nothing changes. Throws DatabaseError
    // (rolled back, nothing written).
    bool apply(Database &database, TaskControl &control) override;
    // Set by a successful apply(): the parts before and after the import.
    const std::optional<PartSnapshot> &snapshot() const override { return m_snapshot; }
    const std::optional<PartSnapshot> &written() const override { return m_after; }
    QStringList writtenItems() const override;

private:
    // Throws the conflict that `changed` (item numbers) is not empty.
    // Reads and parses the files not read yet, one step per file; false
    // when cancelled.
    bool readFiles(TaskControl &control);
    // What each file changes now (or why it cannot be read).
    QList<DatasheetImportReport> planned(const DatasheetImporter &importer) const;
    static void throwIfChanged(const QStringList &changed);

    QStringList m_paths;
    DatasheetImporter::Options m_options;
    // Per file: parsed, or nullopt when it could not be read.
    QList<std::optional<DatasheetParseResult>> m_parsed;
    QList<DatasheetImportReport> m_unreadable; // per file: why it cannot be read
    QList<DatasheetImportReport> m_reports;
    bool m_planned = false;
    std::optional<PartSnapshot> m_base; // the parts as the preview saw them
    std::optional<PartSnapshot> m_snapshot;
    std::optional<PartSnapshot> m_after;
};

} // namespace cc
