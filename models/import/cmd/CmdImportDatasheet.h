#pragma once

#include "db/PartSnapshot.h"
#include "models/import/DatasheetImporter.h"
#include "models/import/DatasheetImportReport.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QUndoCommand>
#include <functional>
#include <optional>

namespace cc {

class CatalogSession;
class Database;

// Imports datasheet files as one undoable step. redo() imports every file
// that is a datasheet in one transaction (a failure writes nothing and is
// kept in error()); files that cannot be imported are reported and skipped.
// Before writing it takes a snapshot of every part the import touches and
// of the sources it writes; undo() restores exactly that state, removing
// the parts the import added. On a shared catalog undo() first checks that
// nobody changed those parts since the import: if someone did, it restores
// nothing (their change is kept), reports it, and the step leaves the stack.
//
// Made on a CatalogSession, the step writes to the session's database and
// tells the session which parts it wrote (CatalogSession::partsChanged)
// after every redo() and undo() that changed the catalog, the recording of
// an import already written included; so nobody needs to look into the undo
// stack to learn that the catalog changed.
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
    // The same on the session's open catalog (which must be open), telling
    // the session of every change.
    CmdImportDatasheet(CatalogSession &session, const QStringList &paths,
                       DatasheetImporter::Options options, QUndoCommand *parent = nullptr);
    CmdImportDatasheet(CatalogSession &session, const QStringList &paths,
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
    // Tells the session (if any) that the parts of m_reports changed.
    void notifyPartsChanged() const;

    Database &m_database;
    QPointer<CatalogSession> m_session;
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
