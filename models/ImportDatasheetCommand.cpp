#include "ImportDatasheetCommand.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace cc {

ImportDatasheetCommand::ImportDatasheetCommand(Database &database, const QStringList &paths,
                                               QUndoCommand *parent)
    : ImportDatasheetCommand(database, paths, DatasheetImporter::Options(), parent)
{
}

ImportDatasheetCommand::ImportDatasheetCommand(Database &database, const QStringList &paths,
                                               DatasheetImporter::Options options,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_database(database)
    , m_paths(paths)
    , m_options(options)
{
    setText(paths.size() == 1
                ? QCoreApplication::translate("ImportDatasheetCommand", "Import datasheet")
                : QCoreApplication::translate("ImportDatasheetCommand", "Import %n datasheets",
                                              nullptr, static_cast<int>(paths.size())));
}

void ImportDatasheetCommand::redo()
{
    m_error.clear();
    m_reports.clear();
    m_snapshot.reset();
    DatasheetImporter importer(m_database, m_options);
    try {
        QStringList items;
        QStringList sources;
        for (const QString &path : m_paths) {
            m_reports.append(importer.plan(path));
            const DatasheetImportReport &report = m_reports.last();
            if (!report.ok() || !report.changesSomething())
                continue;
            for (const QString &item : report.itemNumbers()) {
                if (!items.contains(item))
                    items << item;
            }
            sources << report.source.reference;
            for (const PartImport &part : report.parts) {
                if (part.keepsSource && !sources.contains(part.record.source.reference))
                    sources << part.record.source.reference;
            }
        }
        if (items.isEmpty()) {
            setObsolete(true);
            return;
        }
        Transaction transaction = m_database.transaction(QCoreApplication::translate(
            "ImportDatasheetCommand", "Importing datasheets"));
        PartSnapshot snapshot = PartSnapshot::take(m_database, items, sources);
        for (DatasheetImportReport &report : m_reports) {
            importer.apply(report);
            report.written = report.ok() && report.changesSomething();
        }
        transaction.commit();
        m_snapshot = std::move(snapshot);
    } catch (const DatabaseError &error) {
        m_error = error.message();
        for (DatasheetImportReport &report : m_reports)
            report.written = false;
        // Nothing was written: no step to undo stays on the stack.
        setObsolete(true);
        if (m_errorHandler)
            m_errorHandler(m_error);
    }
}

void ImportDatasheetCommand::undo()
{
    if (!m_snapshot)
        return;
    try {
        Transaction transaction = m_database.transaction(QCoreApplication::translate(
            "ImportDatasheetCommand", "Undoing the import of datasheets"));
        m_snapshot->restore(m_database);
        transaction.commit();
        m_snapshot.reset();
    } catch (const DatabaseError &error) {
        m_error = error.message();
    }
}

} // namespace cc
