#pragma once

#include "db/PartSnapshot.h"
#include "models/import/FeedImporter.h"
#include "models/import/FeedImportReport.h"
#include "models/import/ImportStep.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

class Database;
class TaskControl;

// The import of a catalog feed as work for a thread of its own
// (DatabaseWorker), with progress and cancel, as the import dialog runs it:
//   plan()  imports the file in a transaction that is rolled back: the
//           preview (counts, conflicts, the report) exactly as the import
//           will be, nothing written;
//   apply() imports it in one transaction. Cancelled, it rolls back. When
//           another user changed a part of the preview in between, it
//           writes nothing and throws a DatabaseError of kind Conflict.
// An import of up to undoLimit products is one undo step (CmdImportCatalog):
// apply() takes a snapshot of each batch of parts before writing it. A
// larger one cannot be undone (setUndoable(false): no snapshot is kept); the
// dialog says so before it starts and offers a snapshot of the whole
// catalog instead (CatalogSnapshot).
class FeedImportJob : public ImportStep
{
public:
    // Feeds of at most this many products are imported as an undo step.
    static constexpr int undoLimit = 5000;

    FeedImportJob(const QString &path, FeedImporter::Options options);

    const QString &path() const { return m_path; }
    FeedImporter::Options options() const { return m_options; }
    // The preview. False when cancelled; a file that cannot be imported
    // says why in report().error. Throws DatabaseError.
    bool plan(Database &database, TaskControl &control);
    bool plan(Database &database, TaskControl &control, FeedImporter::Options options);
    bool isPlanned() const { return m_isPlanned; }
    const FeedImportReport &report() const { return m_report; }
    bool changesSomething() const { return m_report.ok() && m_report.changesSomething(); }
    // Whether the import is small enough to be undone (known after plan()).
    bool isUndoable() const { return m_report.read <= undoLimit; }
    // Without undo, apply() keeps no snapshot (a feed of any size).
    void setUndoable(bool undoable) { m_keepSnapshot = undoable; }

    bool apply(Database &database, TaskControl &control) override;
    const std::optional<PartSnapshot> &snapshot() const override { return m_snapshot; }
    const std::optional<PartSnapshot> &written() const override { return m_after; }
    QStringList writtenItems() const override { return m_written; }

private:
    static void throwIfChanged(const QStringList &changed);

    QString m_path;
    FeedImporter::Options m_options;
    FeedImportReport m_report;
    QStringList m_planned;  // the parts the preview writes
    QStringList m_written;  // the parts apply() wrote
    bool m_keepSnapshot = true;
    std::optional<PartSnapshot> m_base; // the parts as the preview saw them
    std::optional<PartSnapshot> m_snapshot;
    std::optional<PartSnapshot> m_after;
    bool m_isPlanned = false;
};

} // namespace cc
