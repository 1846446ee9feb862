#include "app/cli/ImportCatalogCommand.h"

#include "app/cli/CliTr.h"
#include "db/Database.h"
#include "models/import/FeedImporter.h"
#include "models/import/ImportReportText.h"


namespace cc {

QString ImportCatalogCommand::summary() const
{
    return CliTr::tr("Import catalog feeds (BMEcat with ETIM features, XML or zipped) into the catalog.");
}

void ImportCatalogCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliTr::tr("Catalog feed: a BMEcat file (.xml) or an archive holding one (.zip)."),
                                 QStringLiteral("FILE..."));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        CliTr::tr("Write nothing; report what would change.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("family"),
        CliTr::tr("The family of products whose file names none (MANUFACTURER_TYPE_DESCR)."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("manufacturer-pid"),
        CliTr::tr("Take the manufacturer's item numbers (MANUFACTURER_PID) instead of the supplier's.")));
    parser.addOption(QCommandLineOption(QStringLiteral("overwrite-user-edits"),
                                        CliTr::tr("Let the file overwrite values the user edited.")));
}

int ImportCatalogCommand::execute(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(CliTr::tr("Name at least one catalog file."));
    if (parser.isSet(QStringLiteral("family")) && parser.value(QStringLiteral("family")).trimmed().isEmpty())
        return usageError(CliTr::tr("--family needs a name."));
    const std::unique_ptr<Database> database = openDatabase(parser);
    if (!database)
        return Failure;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    FeedImporter::Options options;
    options.overwriteUserEdits = parser.isSet(QStringLiteral("overwrite-user-edits"));
    options.manufacturerPid = parser.isSet(QStringLiteral("manufacturer-pid"));
    options.family = parser.value(QStringLiteral("family")).trimmed();
    // The command line speaks English: the English description when the
    // file has one, else the catalog's default language.
    options.language = QStringLiteral("eng");
    FeedImporter importer(*database, options);
    int exitCode = Success;
    for (const QString &file : files) {
        const FeedImportReport report = importer.importFile(file, dryRun);
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
