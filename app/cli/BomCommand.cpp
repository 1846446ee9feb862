#include "app/cli/BomCommand.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "models/bom/BillOfMaterials.h"
#include "models/bom/export/BomCsvWriter.h"
#include "models/bom/export/BomHtmlWriter.h"
#include "models/bom/export/BomJsonWriter.h"
#include "models/bom/export/BomPdfWriter.h"
#include "models/bom/export/BomXlsxWriter.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/project/ProjectFile.h"
#include "models/project/ProjectFileError.h"
#include "models/tasks/AtomicFileWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>

namespace cc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BomCommand", text);
}

const QStringList &formats()
{
    static const QStringList list{QStringLiteral("csv"), QStringLiteral("xlsx"),
                                  QStringLiteral("pdf"), QStringLiteral("html"),
                                  QStringLiteral("json")};
    return list;
}

bool isBinary(const QString &format)
{
    return format == QLatin1String("xlsx") || format == QLatin1String("pdf");
}

} // namespace

QString BomCommand::summary() const
{
    return tr("Write the bill of materials of a project (.ccproj).");
}

void BomCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project file (.ccproj)."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        tr("Output format: csv, xlsx, pdf, html or json (default: by the -o file's suffix, "
           "else csv)."),
        QStringLiteral("FORMAT")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("Write to FILE (needed for xlsx and pdf)."),
                                        QStringLiteral("FILE")));
}

int BomCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(tr("Name one project file."));
    const QString output = parser.value(QStringLiteral("output"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        format = formats().contains(suffix) ? suffix : QStringLiteral("csv");
    }
    if (!formats().contains(format))
        return usageError(tr("Unknown format \"%1\"; use csv, xlsx, pdf, html or json.").arg(format));
    if (isBinary(format) && output.isEmpty())
        return usageError(tr("The %1 format needs an output file: -o FILE.").arg(format));
    if (format == QLatin1String("pdf") && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_err << tr("PDF export needs the graphical part of Qt, which is not running.") << Qt::endl;
        return Failure;
    }

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
        const BillOfMaterials bom = BillOfMaterials::build(opened.project, catalog);
        const QDate today = QDate::currentDate();
        QByteArray bytes;
        if (format == QLatin1String("csv")) {
            bytes = BomCsvWriter::write(bom);
        } else if (format == QLatin1String("json")) {
            bytes = BomJsonWriter::write(bom);
        } else if (format == QLatin1String("html")) {
            bytes = BomHtmlWriter::write(bom, today);
        } else if (format == QLatin1String("pdf")) {
            bytes = BomPdfWriter::write(bom, today);
        } else {
            QString error;
            bytes = BomXlsxWriter::write(bom, today, &error);
            if (bytes.isEmpty()) {
                m_err << error << Qt::endl;
                return Failure;
            }
        }
        for (const QString &warning : bom.warnings)
            m_err << tr("Warning: %1").arg(warning) << Qt::endl;
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
