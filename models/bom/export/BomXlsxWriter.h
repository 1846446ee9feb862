#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace cc {

class BillOfMaterials;

// The bill of materials as an Excel workbook (libxlsxwriter): a title block,
// the table with real numeric cells and number formats, totals, warnings;
// printed landscape on A4 with the header row repeated and page numbers.
class BomXlsxWriter
{
public:
    // The file's bytes; empty with *error set when writing fails.
    static QByteArray write(const BillOfMaterials &bom, const QDate &date, QString *error);
};

} // namespace cc
