#pragma once

#include "models/bom/export/BomWriteOptions.h"

#include <QByteArray>

namespace cc {

class BillOfMaterials;

// The bill of materials as a PDF for purchasing (QPdfWriter; needs a
// QGuiApplication): A4 landscape, laid out by BomPageLayout as the printout
// is: a title block with the project name and date, the table with its
// header row repeated on every page and columns sized to their texts, the
// totals, the rules the lines rest on, the warnings and "Page i of n".
// The options' hidden columns are left out.
class BomPdfWriter
{
public:
    static QByteArray write(const BillOfMaterials &bom, const BomWriteOptions &options);
};

} // namespace cc
