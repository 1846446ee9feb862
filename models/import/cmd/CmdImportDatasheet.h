#pragma once

#include "db/PartSnapshot.h"
#include "models/import/DatasheetImporter.h"
#include "models/import/DatasheetImportReport.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>
#include <functional>
#include <optional>

namespace cc {

class Database;

// Imports datasheet files as one undoable step. redo() imports every file
// that is a datasheet in one transaction (a failure writes nothing and is
// kept in error()); files that cannot be imported are reported and skipped.
// Before writing it takes a snapshot of every part the import touches and
// of the sources it writes; undo() restores exactly that state, removing
// the parts the import added. On a shared catalog undo() first checks that
// nobody changed those parts since the import: if someone did, it restores
// nothing (their change is kept), reports it, and the step leaves the stack.
class CmdImportDatasheet : public QUndoCommand
{
public:
    CmdImportDatasheet(Database &database, const QStringList &paths,
                           QUndoCommand *parent = nullptr);
    CmdImportDatasheet(Database &database, const QStringList &paths,
                           DatasheetImporter::Options options, QUndoCommand *parent = nullptr);
    // An import already written, in one transaction, by a worker thread
    // (DatasheetImportJob): the first redo() only records it; undo() and
    // a later redo() work as for any import.
    CmdImportDatasheet(Database &database, const QStringList &paths,
                           DatasheetImporter::Options options,
                           const QList<DatasheetImportReport> &written, PartSnapshot snapshot,
                           PartSnapshot after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QList<DatasheetImportReport> reports() const { return m_reports; }
    QString error() const { return m_error; }
    // Called when redo() fails; the command then marks itself obsolete, so
    // that a stack drops it (and deletes it) right after pushing it.
    void setErrorHandler(std::function<void(const QString &)> handler) { m_errorHandler = std::move(handler); }
    bool changedSomething() const { return m_snapshot.has_value(); }
    // The parts and sources an import of `reports` writes: what a snapshot
    // for its undo must hold.
    static void touched(const QList<DatasheetImportReport> &reports, QStringList *items,
                        QStringList *sources);

private:
    Database &m_database;
    QStringList m_paths;
    DatasheetImporter::Options m_options;
    QList<DatasheetImportReport> m_reports;
    QString m_error;
    std::function<void(const QString &)> m_errorHandler;
    std::optional<PartSnapshot> m_snapshot; // set while the import is written
    std::optional<PartSnapshot> m_after;    // the same parts right after the import
    bool m_written = false; // written before the first redo()
};

} // namespace cc
