#pragma once

#include "db/PartSnapshot.h"
#include "models/import/cmd/CmdImport.h"
#include "models/import/FeedImporter.h"
#include "models/import/FeedImportReport.h"

#include <QString>

namespace cc {

class CatalogSession;
class Database;

// Imports a catalog feed (BMEcat) as one undoable step (see CmdImport). Only
// for feeds the size of an undo step (FeedImportJob::undoLimit products): a
// larger import is written without one, after the user was told.
class CmdImportCatalog : public CmdImport
{
public:
    CmdImportCatalog(Database &database, const QString &path, FeedImporter::Options options,
                     QUndoCommand *parent = nullptr);
    CmdImportCatalog(CatalogSession &session, const QString &path, FeedImporter::Options options,
                     QUndoCommand *parent = nullptr);
    // An import already written by a worker thread (FeedImportJob): the
    // first redo() only records it.
    CmdImportCatalog(Database &database, const QString &path, FeedImporter::Options options,
                     const FeedImportReport &written, PartSnapshot snapshot, PartSnapshot after,
                     const QStringList &items, QUndoCommand *parent = nullptr);
    CmdImportCatalog(CatalogSession &session, const QString &path, FeedImporter::Options options,
                     const FeedImportReport &written, PartSnapshot snapshot, PartSnapshot after,
                     const QStringList &items, QUndoCommand *parent = nullptr);

    FeedImportReport report() const { return m_report; }

protected:
    std::unique_ptr<ImportStep> makeStep() const override;
    void stepDone(const ImportStep &step, bool written) override;
    QString undoOperation() const override;

private:
    CmdImportCatalog(Database &database, CatalogSession *session, const QString &path,
                     FeedImporter::Options options, QUndoCommand *parent);

    QString m_path;
    FeedImporter::Options m_options;
    FeedImportReport m_report;
};

} // namespace cc
