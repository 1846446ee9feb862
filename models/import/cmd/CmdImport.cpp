#include "models/import/cmd/CmdImport.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Transaction.h"
#include "models/catalog/CatalogSession.h"
#include "models/import/ImportStep.h"
#include "models/import/ImportTr.h"
#include "models/tasks/TaskControl.h"

namespace cc {

CmdImport::CmdImport(Database &database, CatalogSession *session, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_database(database)
    , m_session(session)
{
}

void CmdImport::recordWritten(PartSnapshot snapshot, PartSnapshot after, const QStringList &items)
{
    m_snapshot = std::move(snapshot);
    m_after = std::move(after);
    m_items = items;
    m_written = true;
}

void CmdImport::notifyPartsChanged() const
{
    if (m_session && !m_items.isEmpty())
        m_session->notifyPartsChanged(m_items);
}

void CmdImport::redo()
{
    if (m_written) {
        m_written = false; // a later redo() imports again
        notifyPartsChanged(); // written before, shown from now on
        return;
    }
    m_error.clear();
    m_snapshot.reset();
    m_after.reset();
    m_items.clear();
    // The same import as the dialog's, without its preview: read, then
    // planned and written in one transaction with other writers waiting.
    const std::unique_ptr<ImportStep> step = makeStep();
    TaskControl control;
    try {
        const bool written = step->apply(m_database, control);
        stepDone(*step, written);
        if (!written) {
            setObsolete(true); // nothing to import
            return;
        }
        m_snapshot = step->snapshot();
        m_after = step->written();
        m_items = step->writtenItems();
        notifyPartsChanged();
    } catch (const DatabaseError &error) {
        m_error = error.message();
        stepDone(*step, false);
        // Nothing was written: no step to undo stays on the stack.
        setObsolete(true);
        if (m_errorHandler)
            m_errorHandler(m_error);
    }
}

void CmdImport::undo()
{
    if (!m_snapshot)
        return;
    const QString operation = undoOperation();
    try {
        Transaction transaction = m_database.transaction(operation);
        PartSnapshot::lockParts(m_database);
        if (m_after) {
            const QStringList changed = m_after->changedIn(m_after->retake(m_database));
            if (!changed.isEmpty()) {
                throw DatabaseError(
                    DatabaseError::Kind::Conflict, operation,
                    ImportTr::tr("another user changed %1 after this import, so it was not undone (their "
                                 "change is kept)")
                        .arg(changed.join(QStringLiteral(", "))));
            }
        }
        m_snapshot->restore(m_database);
        transaction.commit();
        m_snapshot.reset();
        m_after.reset();
        notifyPartsChanged();
    } catch (const DatabaseError &error) {
        m_error = error.message();
        if (error.kind() == DatabaseError::Kind::Conflict) {
            // The step cannot be undone any more: it leaves the stack.
            m_snapshot.reset();
            m_after.reset();
            setObsolete(true);
            notifyPartsChanged(); // the other user's change is shown
        }
        if (m_errorHandler)
            m_errorHandler(m_error);
    }
}

} // namespace cc
