#include "models/bom/export/BomFormats.h"

#include "models/bom/export/BomCsvWriter.h"
#include "models/bom/export/BomExportTr.h"
#include "models/bom/export/BomHtmlWriter.h"
#include "models/bom/export/BomJsonWriter.h"
#include "models/bom/export/BomPdfWriter.h"
#include "models/bom/export/BomXlsxWriter.h"

#include <QGuiApplication>

namespace cc {

namespace {

QByteArray writeCsv(const BillOfMaterials &bom, const BomWriteOptions &, QString *)
{
    return BomCsvWriter::write(bom);
}

QByteArray writeXlsx(const BillOfMaterials &bom, const BomWriteOptions &options, QString *error)
{
    return BomXlsxWriter::write(bom, options.date, error);
}

QByteArray writePdf(const BillOfMaterials &bom, const BomWriteOptions &options, QString *error)
{
    // QPdfWriter lays out text with Qt Gui's fonts.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = BomExportTr::tr("PDF export needs the graphical part of Qt, which is not running.");
        return {};
    }
    return BomPdfWriter::write(bom, options);
}

QByteArray writeHtml(const BillOfMaterials &bom, const BomWriteOptions &options, QString *)
{
    return BomHtmlWriter::write(bom, options.date);
}

QByteArray writeJson(const BillOfMaterials &bom, const BomWriteOptions &, QString *)
{
    return BomJsonWriter::write(bom);
}

} // namespace

const QList<BomFormat> &BomFormats::all()
{
    using W = BomFormat::Warnings;
    static const QList<BomFormat> formats{
        {QStringLiteral("csv"), QT_TRANSLATE_NOOP("BomExport", "CSV"), {QStringLiteral("csv")},
         false, W::LeftOut, writeCsv},
        {QStringLiteral("xlsx"), QT_TRANSLATE_NOOP("BomExport", "Excel workbook"),
         {QStringLiteral("xlsx")}, true, W::Included, writeXlsx},
        {QStringLiteral("pdf"), QT_TRANSLATE_NOOP("BomExport", "PDF"), {QStringLiteral("pdf")}, true,
         W::Included, writePdf},
        {QStringLiteral("html"), QT_TRANSLATE_NOOP("BomExport", "HTML"),
         {QStringLiteral("html"), QStringLiteral("htm")}, false, W::Included, writeHtml},
        {QStringLiteral("json"), QT_TRANSLATE_NOOP("BomExport", "JSON"), {QStringLiteral("json")},
         false, W::Included, writeJson},
    };
    return formats;
}

const BomFormat &BomFormats::defaultFormat()
{
    return all().first();
}

const BomFormat *BomFormats::byId(const QString &id)
{
    for (const BomFormat &format : all()) {
        if (format.id().compare(id, Qt::CaseInsensitive) == 0)
            return &format;
    }
    return nullptr;
}

const BomFormat *BomFormats::bySuffix(const QString &suffix)
{
    for (const BomFormat &format : all()) {
        if (format.hasSuffix(suffix))
            return &format;
    }
    return nullptr;
}

const BomFormat *BomFormats::byFileDialogFilter(const QString &filter)
{
    for (const BomFormat &format : all()) {
        if (format.fileDialogFilter() == filter)
            return &format;
    }
    return nullptr;
}

QStringList BomFormats::ids()
{
    QStringList result;
    for (const BomFormat &format : all())
        result << format.id();
    return result;
}

QString BomFormats::fileDialogFilters()
{
    QStringList filters;
    for (const BomFormat &format : all())
        filters << format.fileDialogFilter();
    return filters.join(QStringLiteral(";;"));
}

QString BomFormats::idsText()
{
    QStringList list = ids();
    const QString last = list.takeLast();
    if (list.isEmpty())
        return last;
    //: A list of choices, e.g. "csv, xlsx, pdf, html or json": %1 all but the last, %2 the last.
    return BomExportTr::tr("%1 or %2").arg(list.join(QStringLiteral(", ")), last);
}

QString BomFormats::fileName(const QString &projectName, const BomFormat &format,
                             const QString &fallback)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    QString name;
    for (const QChar c : projectName)
        name += refused.contains(c) || c.category() == QChar::Other_Control ? QLatin1Char('-') : c;
    name = name.trimmed();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = fallback;
    return name + QLatin1Char('.') + format.suffix();
}

QString BomFormats::unknownFormatMessage(const QString &name)
{
    return BomExportTr::tr("Unknown format \"%1\"; use %2.").arg(name, idsText());
}

} // namespace cc
