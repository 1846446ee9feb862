#include "app/cli/ImportCommand.h"

#include "app/cli/CliTr.h"
#include "db/Database.h"
#include "models/import/DatasheetImporter.h"
#include "models/import/ImportReportText.h"

#include <QCoreApplication>

namespace cc {

QString ImportCommand::summary() const
{
    return CliTr::tr("Import vendor datasheets (text or PDF) into the catalog.");
}

void ImportCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        CliTr::tr("Datasheet file (text or PDF)."),
        QStringLiteral("FILE..."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("dry-run"),
        CliTr::tr("Write nothing; report what would change.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("overwrite-user-edits"),
        CliTr::tr("Let the datasheet overwrite values the user edited.")));
}

int ImportCommand::execute(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(
            CliTr::tr("Name at least one datasheet file."));
    const std::unique_ptr<Database> database = openDatabase(parser);
    if (!database)
        return Failure;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    DatasheetImporter::Options options;
    options.overwriteUserEdits = parser.isSet(QStringLiteral("overwrite-user-edits"));
    DatasheetImporter importer(*database, options);
    int exitCode = Success;
    for (const QString &file : files) {
        const DatasheetImportReport report = importer.importFile(file, dryRun);
        const QString text = ImportReportText::text(report, dryRun);
        if (report.ok()) {
            m_out << text;
        } else {
            m_err << text;
            exitCode = Failure;
        }
        m_out.flush();
        m_err.flush();
    }
    return exitCode;
}

} // namespace cc
