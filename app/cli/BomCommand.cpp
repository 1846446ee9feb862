#include "app/cli/BomCommand.h"

#include "app/cli/CliTr.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "models/bom/BillOfMaterials.h"
#include "models/bom/export/BomFormats.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/project/ProjectFile.h"
#include "models/project/ProjectFileError.h"
#include "models/settings/AppSettings.h"
#include "models/tasks/AtomicFileWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cc {

namespace {


QStringList binaryIds()
{
    QStringList ids;
    for (const BomFormat &format : BomFormats::all()) {
        if (format.isBinary())
            ids << format.id();
    }
    return ids;
}

} // namespace

QString BomCommand::summary() const
{
    return CliTr::tr("Write the bill of materials of a project (.ccproj).");
}

void BomCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliTr::tr("Project file (.ccproj)."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        CliTr::tr("Output format: %1 (default: by the -o file's suffix, else %2).")
            .arg(BomFormats::idsText(), BomFormats::defaultFormat().id()),
        QStringLiteral("FORMAT")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        CliTr::tr("Write to FILE (needed for the binary formats: %1).")
            .arg(binaryIds().join(QStringLiteral(", "))),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("no-defaults"),
        CliTr::tr("Decide no choice by a default: every choice the project leaves open stays "
                  "a warning.")));
}

int BomCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(CliTr::tr("Name one project file."));
    const QString output = parser.value(QStringLiteral("output"));
    // --format, else the suffix of -o, else the default (csv).
    const QString asked = parser.value(QStringLiteral("format"));
    const QString suffix = QFileInfo(output).suffix();
    const BomFormat *format = &BomFormats::defaultFormat();
    if (!asked.isEmpty())
        format = BomFormats::byId(asked);
    else if (!suffix.isEmpty())
        format = BomFormats::bySuffix(suffix);
    if (!format)
        return usageError(BomFormats::unknownFormatMessage(asked.isEmpty() ? suffix : asked));
    if (format->isBinary() && output.isEmpty())
        return usageError(CliTr::tr("The %1 format needs an output file: -o FILE.").arg(format->id()));

    const std::unique_ptr<Database> database = openDatabase(parser);
    if (!database)
        return Failure;
    try {
        const PartRepository repository(*database);
        const DatabasePartCatalog catalog(repository);
        const ProjectFile::Opened opened = ProjectFile::open(arguments.first(), catalog);
        if (!opened.missingItems.isEmpty()) {
            m_err << opened.missingMessage << Qt::endl;
            return Failure;
        }
        Project project = opened.project;
        // A project of format 1 states no defaults: it gets the Settings'.
        if (!project.defaultsStated)
            project.defaults = AppSettings::load().assemblyDefaults;
        const bool strict = parser.isSet(QStringLiteral("no-defaults"));
        const BillOfMaterials bom = BillOfMaterials::build(
            project, catalog,
            strict ? BillOfMaterials::Defaults::None : BillOfMaterials::Defaults::Apply);
        QString writerError;
        const QByteArray bytes = format->write(bom, BomWriteOptions(), &writerError);
        if (!writerError.isEmpty()) {
            m_err << writerError << Qt::endl;
            return Failure;
        }
        for (const QString &warning : bom.warnings)
            m_err << CliTr::tr("Warning: %1").arg(warning) << Qt::endl;
        if (output.isEmpty()) {
            // fromUtf8 drops a byte order mark; the CSV keeps it.
            if (bytes.startsWith("\xEF\xBB\xBF"))
                m_out << QChar(0xFEFF);
            m_out << QString::fromUtf8(bytes);
            m_out.flush();
            return Success;
        }
        if (const auto error = AtomicFileWriter::write(output, bytes)) {
            m_err << *error << Qt::endl;
            return Failure;
        }
        return Success;
    } catch (const ProjectFileError &error) {
        m_err << error.message() << Qt::endl;
        return Failure;
    } catch (const DatabaseError &error) {
        m_err << error.message() << Qt::endl;
        return Failure;
    }
}

} // namespace cc
