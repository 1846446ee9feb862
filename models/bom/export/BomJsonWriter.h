#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace cc {

class BillOfMaterials;

// The bill of materials as JSON: {"project", "lines": [...], "totals",
// "warnings"}; unknown values are null (see README).
class BomJsonWriter
{
public:
    static QJsonObject toJson(const BillOfMaterials &bom);
    static QByteArray write(const BillOfMaterials &bom);
};

} // namespace cc
