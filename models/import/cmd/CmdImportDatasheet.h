#pragma once

#include "db/PartSnapshot.h"
#include "models/import/cmd/CmdImport.h"
#include "models/import/DatasheetImporter.h"
#include "models/import/DatasheetImportReport.h"

#include <QList>
#include <QStringList>

namespace cc {

class CatalogSession;
class Database;

// Imports datasheet files as one undoable step (see CmdImport): redo()
// imports every file that is a datasheet in one transaction; files that
// cannot be imported are reported and skipped.
class CmdImportDatasheet : public CmdImport
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

    QList<DatasheetImportReport> reports() const { return m_reports; }
    // The parts and sources an import of `reports` writes: what a snapshot
    // for its undo must hold.
    static void touched(const QList<DatasheetImportReport> &reports, QStringList *items,
                        QStringList *sources);

protected:
    std::unique_ptr<ImportStep> makeStep() const override;
    void stepDone(const ImportStep &step, bool written) override;
    QString undoOperation() const override;

private:
    CmdImportDatasheet(Database &database, CatalogSession *session, const QStringList &paths,
                       DatasheetImporter::Options options, QUndoCommand *parent);

    QStringList m_paths;
    DatasheetImporter::Options m_options;
    QList<DatasheetImportReport> m_reports;
};

} // namespace cc
