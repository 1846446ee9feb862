#pragma once

#include <QByteArray>
#include <QDate>

namespace cc {

class BillOfMaterials;

// The bill of materials as a PDF for purchasing (QPdfWriter and QPainter,
// needs a QGuiApplication): A4 landscape, a title block with the project
// name and date, the table with its header row repeated on every page, the
// totals, the warnings and "Page i of n" on every page.
class BomPdfWriter
{
public:
    static QByteArray write(const BillOfMaterials &bom, const QDate &date);
};

} // namespace cc
