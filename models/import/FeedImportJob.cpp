#include "models/import/FeedImportJob.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Transaction.h"
#include "models/import/ImportTr.h"
#include "models/tasks/TaskControl.h"

#include <QFileInfo>
#include <QSet>

namespace cc {

FeedImportJob::FeedImportJob(const QString &path, FeedImporter::Options options)
    : m_path(path)
    , m_options(std::move(options))
{
}

bool FeedImportJob::plan(Database &database, TaskControl &control, FeedImporter::Options options)
{
    m_options = std::move(options);
    return plan(database, control);
}

bool FeedImportJob::plan(Database &database, TaskControl &control)
{
    m_base.reset();
    m_isPlanned = false;
    FeedImportReport report;
    QStringList written;
    {
        // Imported and rolled back: the preview is what the import does.
        Transaction transaction = database.transaction(ImportTr::tr("Checking the catalog %1")
                                                           .arg(QFileInfo(m_path).fileName()));
        PartSnapshot::lockParts(database);
        if (!FeedImporter(database, m_options).run(m_path, control, &report, &written))
            return false;
    }
    m_report = report;
    m_planned = written;
    // What the preview saw, to find out later whether someone changed it.
    if (isUndoable())
        m_base = PartSnapshot::take(database, m_planned, {report.fileName});
    m_isPlanned = true;
    return true;
}

bool FeedImportJob::apply(Database &database, TaskControl &control)
{
    m_snapshot.reset();
    m_after.reset();
    m_written.clear();
    const QString fileName = QFileInfo(m_path).fileName();
    Transaction transaction = database.transaction(ImportTr::tr("Importing the catalog %1").arg(fileName));
    // Other writers wait from here to the commit.
    PartSnapshot::lockParts(database);
    if (m_base)
        throwIfChanged(m_base->changedIn(m_base->retake(database)));
    std::optional<PartSnapshot> snapshot;
    const FeedImporter::BeforeWriting beforeWriting = [&](const QStringList &items) {
        if (!m_keepSnapshot)
            return;
        PartSnapshot batch = PartSnapshot::take(database, items, snapshot ? QStringList() : QStringList{fileName});
        if (snapshot)
            snapshot->add(batch);
        else
            snapshot = std::move(batch);
    };
    FeedImportReport report;
    QStringList written;
    if (!FeedImporter(database, m_options).run(m_path, control, &report, &written, beforeWriting))
        return false; // cancelled: rolled back
    m_report = report;
    if (!report.ok() || written.isEmpty())
        return false;
    if (m_isPlanned) {
        // Parts the import writes now but did not in the preview (someone
        // added an item the file names, for example).
        const QSet<QString> planned(m_planned.cbegin(), m_planned.cend());
        QStringList added;
        for (const QString &item : std::as_const(written)) {
            if (!planned.contains(item))
                added << item;
        }
        throwIfChanged(added);
    }
    // The last chance to cancel: after commit() the import is complete.
    if (!control.report(control.total(), control.total()))
        return false;
    std::optional<PartSnapshot> after;
    if (snapshot)
        after = snapshot->retake(database);
    FeedImporter::compactSearchIndex(database, written);
    transaction.commit();
    m_report.written = true;
    m_written = written;
    m_snapshot = std::move(snapshot);
    m_after = std::move(after);
    return true;
}

void FeedImportJob::throwIfChanged(const QStringList &changed)
{
    if (changed.isEmpty())
        return;
    QStringList shown = changed.mid(0, 10);
    if (changed.size() > shown.size())
        shown << ImportTr::tr("and %n more", nullptr, static_cast<int>(changed.size() - shown.size()));
    throw DatabaseError(DatabaseError::Kind::Conflict, ImportTr::tr("Importing a catalog"),
                        ImportTr::tr("another user changed %1 since the preview was made, so nothing was imported "
                                     "(their change is kept). Open the import again to see what it changes now.")
                            .arg(shown.join(QStringLiteral(", "))));
}

} // namespace cc
