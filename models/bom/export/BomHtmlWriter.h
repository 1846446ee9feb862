#pragma once

#include <QByteArray>
#include <QDate>

namespace cc {

class BillOfMaterials;

// The bill of materials as a standalone HTML page (UTF-8): title block,
// table with the totals in its footer, warnings.
class BomHtmlWriter
{
public:
    static QByteArray write(const BillOfMaterials &bom, const QDate &date);
};

} // namespace cc
