#include "models/bom/export/BomHtmlWriter.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/export/BomExportTr.h"

#include <QCoreApplication>

namespace cc {

namespace {


QString cells(const QStringList &texts, const char *tag)
{
    QString html;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const bool numeric = BomTable::isNumeric(static_cast<int>(i));
        html += QStringLiteral("<%1%2>%3</%1>")
                    .arg(QLatin1String(tag),
                         numeric ? QStringLiteral(" class=\"num\"") : QString(),
                         texts.at(i).toHtmlEscaped());
    }
    return QStringLiteral("<tr>") + html + QStringLiteral("</tr>\n");
}

} // namespace

QByteArray BomHtmlWriter::write(const BillOfMaterials &bom, const QDate &date)
{
    const QString title = BomExportTr::tr("Bill of materials");
    const QString name = bom.projectName.isEmpty() ? BomExportTr::tr("Unnamed project") : bom.projectName;
    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%1 – %2</title>\n<style>\n"
                       "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }\n"
                       "table { border-collapse: collapse; }\n"
                       "th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top; }\n"
                       "th { background: #e8e8e8; }\n"
                       "td.num, th.num { text-align: right; }\n"
                       "tfoot td { font-weight: bold; }\n"
                       ".warnings li { color: #8a4b00; }\n"
                       "</style>\n</head>\n<body>\n")
                       .arg(title.toHtmlEscaped(), name.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n<p>%2: <b>%3</b><br>%4: %5</p>\n")
                .arg(title.toHtmlEscaped(), BomExportTr::tr("Project").toHtmlEscaped(), name.toHtmlEscaped(),
                     BomExportTr::tr("Date").toHtmlEscaped(), date.toString(Qt::ISODate));
    html += QStringLiteral("<table>\n<thead>\n") + cells(BomTable::headers(), "th")
        + QStringLiteral("</thead>\n<tbody>\n");
    for (const BomLine &line : bom.lines)
        html += cells(BomTable::row(line), "td");
    html += QStringLiteral("</tbody>\n<tfoot>\n") + cells(BomTable::totalsRow(bom), "td")
        + QStringLiteral("</tfoot>\n</table>\n");
    if (const QStringList rules = bom.ruleNotes(); !rules.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul class=\"rules\">\n")
                    .arg(BomExportTr::tr("Rules the lines rest on").toHtmlEscaped());
        for (const QString &rule : rules)
            html += QStringLiteral("<li>%1</li>\n").arg(rule.toHtmlEscaped());
        html += QStringLiteral("</ul>\n");
    }
    if (!bom.warnings.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul class=\"warnings\">\n")
                    .arg(BomExportTr::tr("Warnings").toHtmlEscaped());
        for (const QString &warning : bom.warnings)
            html += QStringLiteral("<li>%1</li>\n").arg(warning.toHtmlEscaped());
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace cc
