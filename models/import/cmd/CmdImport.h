#pragma once

#include "db/PartSnapshot.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUndoCommand>
#include <functional>
#include <memory>
#include <optional>

namespace cc {

class CatalogSession;
class Database;
class ImportStep;

// An import as one undoable step, whatever it imports (the datasheets of
// CmdImportDatasheet, the catalog feed of CmdImportCatalog). redo() runs
// the import (ImportStep::apply(): one transaction; a failure writes
// nothing and is kept in error()); the import takes a snapshot of every part
// it touches and of the sources it writes before writing, and undo()
// restores exactly that state, removing the parts the import added. On a
// shared catalog undo() first checks that nobody changed those parts since
// the import: if someone did, it restores nothing (their change is kept),
// reports it, and the step leaves the stack.
//
// Made on a CatalogSession, the step tells the session which parts it wrote
// (CatalogSession::partsChanged) after every redo() and undo() that changed
// the catalog, the recording of an import already written included; so
// nobody needs to look into the undo stack to learn that the catalog
// changed.
class CmdImport : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

    QString error() const { return m_error; }
    // Called when redo() or undo() fails; a failed redo() marks the command
    // obsolete, so that a stack drops it (and deletes it) right after
    // pushing it.
    void setErrorHandler(std::function<void(const QString &)> handler) { m_errorHandler = std::move(handler); }
    bool changedSomething() const { return m_snapshot.has_value(); }

protected:
    CmdImport(Database &database, CatalogSession *session, QUndoCommand *parent);
    // An import already written, in one transaction, by a worker thread:
    // the first redo() only records it.
    void recordWritten(PartSnapshot snapshot, PartSnapshot after, const QStringList &items);

    // The import to run by redo() (the first one without a preview, or
    // again after undo()).
    virtual std::unique_ptr<ImportStep> makeStep() const = 0;
    // After redo() ran `step`: whether it wrote the import. Not called when
    // redo() only records an import written before.
    virtual void stepDone(const ImportStep &step, bool written) = 0;
    // "Undoing the import of datasheets": heads undo()'s error message.
    virtual QString undoOperation() const = 0;

private:
    void notifyPartsChanged() const;

    Database &m_database;
    QPointer<CatalogSession> m_session;
    QString m_error;
    std::function<void(const QString &)> m_errorHandler;
    std::optional<PartSnapshot> m_snapshot; // set while the import is written
    std::optional<PartSnapshot> m_after;    // the same parts right after the import
    QStringList m_items;                    // the parts the import wrote
    bool m_written = false;                 // written before the first redo()
};

} // namespace cc
