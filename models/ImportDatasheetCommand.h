#pragma once

#include "DatasheetImportReport.h"
#include "DatasheetImporter.h"
#include "PartSnapshot.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

#include <optional>

namespace cc {

class Database;

// Imports datasheet files as one undoable step. redo() imports every file
// that is a datasheet in one transaction (a failure writes nothing and is
// kept in error()); files that cannot be imported are reported and skipped.
// Before writing it takes a snapshot of every part the import touches and
// of the sources it writes; undo() restores exactly that state, removing
// the parts the import added.
class ImportDatasheetCommand : public QUndoCommand
{
public:
    ImportDatasheetCommand(Database &database, const QStringList &paths,
                           QUndoCommand *parent = nullptr);
    ImportDatasheetCommand(Database &database, const QStringList &paths,
                           DatasheetImporter::Options options, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QList<DatasheetImportReport> reports() const { return m_reports; }
    QString error() const { return m_error; }
    // Called when redo() fails; the command then marks itself obsolete, so
    // that a stack drops it (and deletes it) right after pushing it.
    void setErrorHandler(std::function<void(const QString &)> handler) { m_errorHandler = std::move(handler); }
    bool changedSomething() const { return m_snapshot.has_value(); }

private:
    Database &m_database;
    QStringList m_paths;
    DatasheetImporter::Options m_options;
    QList<DatasheetImportReport> m_reports;
    QString m_error;
    std::function<void(const QString &)> m_errorHandler;
    std::optional<PartSnapshot> m_snapshot; // set while the import is written
};

} // namespace cc
