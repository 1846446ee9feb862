#include "models/import/cmd/CmdImportDatasheet.h"

#include "models/catalog/CatalogSession.h"
#include "models/import/DatasheetImportJob.h"
#include "models/import/ImportTr.h"

namespace cc {

namespace {

QStringList itemsOf(const QList<DatasheetImportReport> &reports)
{
    QStringList items;
    QStringList sources;
    CmdImportDatasheet::touched(reports, &items, &sources);
    return items;
}

} // namespace

CmdImportDatasheet::CmdImportDatasheet(Database &database, CatalogSession *session, const QStringList &paths,
                                       DatasheetImporter::Options options, QUndoCommand *parent)
    : CmdImport(database, session, parent)
    , m_paths(paths)
    , m_options(options)
{
    setText(paths.size() == 1
                ? ImportTr::tr("Import datasheet")
                : ImportTr::tr("Import %n datasheets",
                                              nullptr, static_cast<int>(paths.size())));
}

CmdImportDatasheet::CmdImportDatasheet(Database &database, const QStringList &paths,
                                               QUndoCommand *parent)
    : CmdImportDatasheet(database, nullptr, paths, DatasheetImporter::Options(), parent)
{
}

CmdImportDatasheet::CmdImportDatasheet(Database &database, const QStringList &paths,
                                               DatasheetImporter::Options options,
                                               QUndoCommand *parent)
    : CmdImportDatasheet(database, nullptr, paths, options, parent)
{
}

CmdImportDatasheet::CmdImportDatasheet(Database &database, const QStringList &paths,
                                               DatasheetImporter::Options options,
                                               const QList<DatasheetImportReport> &written,
                                               PartSnapshot snapshot, PartSnapshot after,
                                               QUndoCommand *parent)
    : CmdImportDatasheet(database, nullptr, paths, options, parent)
{
    m_reports = written;
    recordWritten(std::move(snapshot), std::move(after), itemsOf(written));
}

CmdImportDatasheet::CmdImportDatasheet(CatalogSession &session, const QStringList &paths,
                                       DatasheetImporter::Options options, QUndoCommand *parent)
    : CmdImportDatasheet(*session.database(), &session, paths, options, parent)
{
}

CmdImportDatasheet::CmdImportDatasheet(CatalogSession &session, const QStringList &paths,
                                       DatasheetImporter::Options options,
                                       const QList<DatasheetImportReport> &written,
                                       PartSnapshot snapshot, PartSnapshot after, QUndoCommand *parent)
    : CmdImportDatasheet(*session.database(), &session, paths, options, parent)
{
    m_reports = written;
    recordWritten(std::move(snapshot), std::move(after), itemsOf(written));
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

std::unique_ptr<ImportStep> CmdImportDatasheet::makeStep() const
{
    return std::make_unique<DatasheetImportJob>(m_paths, m_options);
}

void CmdImportDatasheet::stepDone(const ImportStep &step, bool written)
{
    m_reports = static_cast<const DatasheetImportJob &>(step).reports();
    if (!written) {
        for (DatasheetImportReport &report : m_reports)
            report.written = false;
    }
}

QString CmdImportDatasheet::undoOperation() const
{
    return ImportTr::tr("Undoing the import of datasheets");
}

} // namespace cc
