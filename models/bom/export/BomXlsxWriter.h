#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace cc {

class BillOfMaterials;

// The bill of materials as an Excel workbook (libxlsxwriter), for people
// who go on working with it. The first sheet: a title block, the table with
// numeric cells and number formats (a GTIN or customs tariff stays text),
// columns as wide as their texts (long texts wrap), the header frozen and
// filtering, and the totals as formulas (SUM) with their values. A value no
// source states is an empty cell with the comment "not known", never text
// in a column of numbers; a total stays empty (its formula waits for the
// missing values) while a line's value is unknown. The second sheet holds
// the warnings and the rules the lines rest on. Printed landscape on A4,
// one page wide, with the header row repeated and page numbers.
class BomXlsxWriter
{
public:
    // The file's bytes; empty with *error set when writing fails.
    static QByteArray write(const BillOfMaterials &bom, const QDate &date, QString *error);
};

} // namespace cc
