#include "ImportDatasheetDialog.h"

#include "DatabaseError.h"
#include "ImportDatasheetCommand.h"
#include "ImportReportText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

ImportDatasheetDialog::ImportDatasheetDialog(Database &database, const QStringList &paths,
                                             QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_paths(paths)
    , m_preview(new QPlainTextEdit(this))
    , m_overwrite(new QCheckBox(tr("Let the datasheets overwrite values I edited myself"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import datasheets"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The import will make these changes:"), this));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setObjectName(QStringLiteral("preview"));
    layout->addWidget(m_preview, 1);
    m_overwrite->setObjectName(QStringLiteral("overwriteUserEdits"));
    layout->addWidget(m_overwrite);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_overwrite, &QCheckBox::toggled, this, &ImportDatasheetDialog::updatePreview);
    resize(760, 520);
    updatePreview();
}

DatasheetImporter::Options ImportDatasheetDialog::options() const
{
    DatasheetImporter::Options options;
    options.overwriteUserEdits = m_overwrite->isChecked();
    return options;
}

void ImportDatasheetDialog::updatePreview()
{
    m_reports.clear();
    QString text;
    bool changes = false;
    bool conflicts = false;
    const DatasheetImporter importer(m_database, options());
    for (const QString &path : m_paths) {
        try {
            m_reports.append(importer.plan(path));
        } catch (const DatabaseError &error) {
            DatasheetImportReport failed;
            failed.path = path;
            failed.error = error.message();
            m_reports.append(failed);
        }
        const DatasheetImportReport &report = m_reports.last();
        changes = changes || (report.ok() && report.changesSomething());
        conflicts = conflicts || report.hasConflicts();
        text += ImportReportText::text(report, true) + QLatin1Char('\n');
    }
    m_preview->setPlainText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(changes);
    m_overwrite->setVisible(conflicts || m_overwrite->isChecked());
}

QString ImportDatasheetDialog::previewText() const
{
    return m_preview->toPlainText();
}

std::unique_ptr<ImportDatasheetCommand> ImportDatasheetDialog::createCommand() const
{
    return std::make_unique<ImportDatasheetCommand>(m_database, m_paths, options());
}

} // namespace cc
