#include "models/import/cmd/CmdImportDatasheet.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Transaction.h"
#include "models/catalog/CatalogSession.h"
#include "models/import/DatasheetImportJob.h"
#include "models/import/ImportTr.h"
#include "models/tasks/TaskControl.h"

#include <QCoreApplication>

namespace cc {

CmdImportDatasheet::CmdImportDatasheet(Database &database, const QStringList &paths,
                                               QUndoCommand *parent)
    : CmdImportDatasheet(database, paths, DatasheetImporter::Options(), parent)
{
}

CmdImportDatasheet::CmdImportDatasheet(Database &database, const QStringList &paths,
                                               DatasheetImporter::Options options,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_database(database)
    , m_paths(paths)
    , m_options(options)
{
    setText(paths.size() == 1
                ? ImportTr::tr("Import datasheet")
                : ImportTr::tr("Import %n datasheets",
                                              nullptr, static_cast<int>(paths.size())));
}

CmdImportDatasheet::CmdImportDatasheet(Database &database, const QStringList &paths,
                                               DatasheetImporter::Options options,
                                               const QList<DatasheetImportReport> &written,
                                               PartSnapshot snapshot, PartSnapshot after,
                                               QUndoCommand *parent)
    : CmdImportDatasheet(database, paths, options, parent)
{
    m_reports = written;
    m_snapshot = std::move(snapshot);
    m_after = std::move(after);
    m_written = true;
}

CmdImportDatasheet::CmdImportDatasheet(CatalogSession &session, const QStringList &paths,
                                       DatasheetImporter::Options options, QUndoCommand *parent)
    : CmdImportDatasheet(*session.database(), paths, options, parent)
{
    m_session = &session;
}

CmdImportDatasheet::CmdImportDatasheet(CatalogSession &session, const QStringList &paths,
                                       DatasheetImporter::Options options,
                                       const QList<DatasheetImportReport> &written,
                                       PartSnapshot snapshot, PartSnapshot after, QUndoCommand *parent)
    : CmdImportDatasheet(*session.database(), paths, options, written, std::move(snapshot),
                         std::move(after), parent)
{
    m_session = &session;
}

void CmdImportDatasheet::notifyPartsChanged() const
{
    if (!m_session)
        return;
    QStringList items;
    QStringList sources;
    touched(m_reports, &items, &sources);
    m_session->notifyPartsChanged(items);
}

void CmdImportDatasheet::touched(const QList<DatasheetImportReport> &reports, QStringList *items,
                                     QStringList *sources)
{
    for (const DatasheetImportReport &report : reports) {
        if (!report.ok() || !report.changesSomething())
            continue;
        for (const QString &item : report.itemNumbers()) {
            if (!items->contains(item))
                *items << item;
        }
        *sources << report.source.reference;
        for (const PartImport &part : report.parts) {
            if (part.keepsSource && !sources->contains(part.record.source.reference))
                *sources << part.record.source.reference;
        }
    }
}

void CmdImportDatasheet::redo()
{
    if (m_written) {
        m_written = false; // a later redo() imports again
        notifyPartsChanged(); // written before, shown from now on
        return;
    }
    m_error.clear();
    m_reports.clear();
    m_snapshot.reset();
    m_after.reset();
    // The same import as the dialog's, without its preview: read, then
    // planned and written in one transaction with other writers waiting.
    DatasheetImportJob job(m_paths, m_options);
    TaskControl control;
    try {
        const bool written = job.apply(m_database, control);
        m_reports = job.reports();
        if (!written) {
            setObsolete(true); // nothing to import
            return;
        }
        m_snapshot = job.snapshot();
        m_after = job.written();
        notifyPartsChanged();
    } catch (const DatabaseError &error) {
        m_error = error.message();
        m_reports = job.reports();
        for (DatasheetImportReport &report : m_reports)
            report.written = false;
        // Nothing was written: no step to undo stays on the stack.
        setObsolete(true);
        if (m_errorHandler)
            m_errorHandler(m_error);
    }
}

void CmdImportDatasheet::undo()
{
    if (!m_snapshot)
        return;
    const QString operation
        = ImportTr::tr("Undoing the import of datasheets");
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
