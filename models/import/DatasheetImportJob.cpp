#include "models/import/DatasheetImportJob.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Transaction.h"
#include "models/import/cmd/CmdImportDatasheet.h"
#include "models/import/ImportTr.h"
#include "models/tasks/TaskControl.h"

namespace cc {

DatasheetImportJob::DatasheetImportJob(const QStringList &paths, DatasheetImporter::Options options)
    : m_paths(paths)
    , m_options(options)
{
}

bool DatasheetImportJob::plan(Database &database, TaskControl &control, DatasheetImporter::Options options)
{
    m_options = options;
    return plan(database, control);
}

bool DatasheetImportJob::readFiles(TaskControl &control)
{
    const int total = static_cast<int>(m_paths.size());
    for (int i = static_cast<int>(m_parsed.size()); i < total; ++i) {
        if (!control.report(i, total))
            return false;
        DatasheetParseResult parsed;
        DatasheetImportReport failed;
        if (DatasheetImporter::read(m_paths.at(i), &parsed, &failed)) {
            m_parsed.append(std::move(parsed));
            m_unreadable.append(DatasheetImportReport());
        } else {
            m_parsed.append(std::nullopt);
            m_unreadable.append(failed); // says why it cannot be read
        }
    }
    return true;
}

QList<DatasheetImportReport> DatasheetImportJob::planned(const DatasheetImporter &importer) const
{
    QList<DatasheetImportReport> reports;
    for (qsizetype i = 0; i < m_paths.size(); ++i)
        reports.append(m_parsed.at(i) ? importer.plan(*m_parsed.at(i), m_paths.at(i)) : m_unreadable.at(i));
    return reports;
}

bool DatasheetImportJob::plan(Database &database, TaskControl &control)
{
    m_base.reset();
    if (!readFiles(control))
        return false;
    const int total = static_cast<int>(m_paths.size());
    control.report(total, total);
    m_reports = planned(DatasheetImporter(database, m_options));
    QStringList items;
    QStringList sources;
    CmdImportDatasheet::touched(m_reports, &items, &sources);
    m_base = PartSnapshot::take(database, items, sources);
    m_planned = true;
    return true;
}

QStringList DatasheetImportJob::writtenItems() const
{
    QStringList items;
    QStringList sources;
    CmdImportDatasheet::touched(m_reports, &items, &sources);
    return items;
}

bool DatasheetImportJob::changesSomething() const
{
    for (const DatasheetImportReport &report : m_reports) {
        if (report.ok() && report.changesSomething())
            return true;
    }
    return false;
}

bool DatasheetImportJob::apply(Database &database, TaskControl &control)
{
    m_snapshot.reset();
    m_after.reset();
    const int total = static_cast<int>(m_paths.size());
    // Without a preview there is nothing to compare with: the files are
    // read and planned in the transaction only.
    if (!readFiles(control))
        return false;
    Transaction transaction = database.transaction(ImportTr::tr("Importing datasheets"));
    // Other writers wait from here to the commit, so what is compared with
    // the preview below stays true until it is written.
    PartSnapshot::lockParts(database);
    if (m_base)
        throwIfChanged(m_base->changedIn(m_base->retake(database)));
    // Planned again inside the transaction, from the files already parsed:
    // what is written matches the database it is written to.
    DatasheetImporter importer(database, m_options);
    QList<DatasheetImportReport> reports = planned(importer);
    m_reports = reports;
    QStringList items;
    QStringList sources;
    CmdImportDatasheet::touched(reports, &items, &sources);
    if (items.isEmpty())
        return false;
    // Parts the import touches now but did not in the preview (someone
    // added a counterpart the datasheet names, for example).
    QStringList added;
    for (const QString &item : items) {
        if (m_base && !m_base->itemNumbers().contains(item))
            added << item;
    }
    throwIfChanged(added);
    PartSnapshot snapshot = PartSnapshot::take(database, items, sources);
    for (int i = 0; i < total; ++i) {
        if (!control.report(i, total))
            return false; // the transaction rolls back
        DatasheetImportReport &report = reports[i];
        importer.apply(report);
        report.written = report.ok() && report.changesSomething();
    }
    // The last chance to cancel: after commit() the import is complete.
    if (!control.report(total, total))
        return false;
    PartSnapshot after = snapshot.retake(database);
    transaction.commit();
    m_reports = reports;
    m_snapshot = std::move(snapshot);
    m_after = std::move(after);
    return true;
}

void DatasheetImportJob::throwIfChanged(const QStringList &changed)
{
    if (changed.isEmpty())
        return;
    throw DatabaseError(
        DatabaseError::Kind::Conflict, ImportTr::tr("Importing datasheets"),
        ImportTr::tr("another user changed %1 since the preview was made, so nothing was imported (their "
           "change is kept). Open the import again to see what it changes now.")
            .arg(changed.join(QStringLiteral(", "))));
}

} // namespace cc
