#include "models/import/cmd/CmdImportCatalog.h"

#include "models/catalog/CatalogSession.h"
#include "models/import/FeedImportJob.h"
#include "models/import/ImportTr.h"

#include <QFileInfo>

namespace cc {

CmdImportCatalog::CmdImportCatalog(Database &database, CatalogSession *session, const QString &path,
                                   FeedImporter::Options options, QUndoCommand *parent)
    : CmdImport(database, session, parent)
    , m_path(path)
    , m_options(std::move(options))
{
    setText(ImportTr::tr("Import catalog %1").arg(QFileInfo(path).fileName()));
}

CmdImportCatalog::CmdImportCatalog(Database &database, const QString &path, FeedImporter::Options options,
                                   QUndoCommand *parent)
    : CmdImportCatalog(database, nullptr, path, std::move(options), parent)
{
}

CmdImportCatalog::CmdImportCatalog(CatalogSession &session, const QString &path, FeedImporter::Options options,
                                   QUndoCommand *parent)
    : CmdImportCatalog(*session.database(), &session, path, std::move(options), parent)
{
}

CmdImportCatalog::CmdImportCatalog(CatalogSession &session, const QString &path, FeedImporter::Options options,
                                   const FeedImportReport &written, PartSnapshot snapshot, PartSnapshot after,
                                   const QStringList &items, QUndoCommand *parent)
    : CmdImportCatalog(*session.database(), &session, path, std::move(options), parent)
{
    m_report = written;
    recordWritten(std::move(snapshot), std::move(after), items);
}

CmdImportCatalog::CmdImportCatalog(Database &database, const QString &path, FeedImporter::Options options,
                                   const FeedImportReport &written, PartSnapshot snapshot, PartSnapshot after,
                                   const QStringList &items, QUndoCommand *parent)
    : CmdImportCatalog(database, nullptr, path, std::move(options), parent)
{
    m_report = written;
    recordWritten(std::move(snapshot), std::move(after), items);
}

std::unique_ptr<ImportStep> CmdImportCatalog::makeStep() const
{
    return std::make_unique<FeedImportJob>(m_path, m_options);
}

void CmdImportCatalog::stepDone(const ImportStep &step, bool written)
{
    m_report = static_cast<const FeedImportJob &>(step).report();
    m_report.written = written;
}

QString CmdImportCatalog::undoOperation() const
{
    return ImportTr::tr("Undoing the import of the catalog %1").arg(QFileInfo(m_path).fileName());
}

} // namespace cc
