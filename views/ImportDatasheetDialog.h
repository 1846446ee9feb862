#pragma once

#include "DatasheetImportReport.h"
#include "DatasheetImporter.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace cc {

class Database;
class ImportDatasheetCommand;

// Shows, before anything is written, what importing datasheet files (text
// or PDF, one or several) would add or change in the database: per file the
// part, the changed fields old -> new, conflicts with the user's own values
// and the lines that could not be placed. OK imports (through
// createCommand(), an undoable step), Cancel leaves the database as it is.
class ImportDatasheetDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDatasheetDialog(Database &database, const QStringList &paths,
                          QWidget *parent = nullptr);

    QString previewText() const;
    QList<DatasheetImportReport> reports() const { return m_reports; }
    DatasheetImporter::Options options() const;
    // The undo command that performs the import the dialog shows; the
    // caller pushes it onto its undo stack (which runs redo()).
    std::unique_ptr<ImportDatasheetCommand> createCommand() const;

private:
    void updatePreview();

    Database &m_database;
    QStringList m_paths;
    QList<DatasheetImportReport> m_reports;
    QPlainTextEdit *m_preview;
    QCheckBox *m_overwrite;
    QDialogButtonBox *m_buttons;
};

} // namespace cc
