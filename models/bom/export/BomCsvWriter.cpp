#include "models/bom/export/BomCsvWriter.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"

namespace cc {

QString BomCsvWriter::field(const QString &text)
{
    static const QString special = QStringLiteral(",;\"\r\n");
    bool quote = text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    for (const QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString BomCsvWriter::record(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &text : fields)
        quoted.append(field(text));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray BomCsvWriter::write(const BillOfMaterials &bom)
{
    QString text;
    text += record(BomTable::headers());
    for (const BomLine &line : bom.lines)
        text += record(BomTable::row(line, BomTable::Unknown::Empty));
    text += record(BomTable::totalsRow(bom, BomTable::Unknown::Empty));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace cc
