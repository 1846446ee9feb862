#include "models/bom/BomTable.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTr.h"
#include "models/part/PartTr.h"

namespace cc {

QStringList BomTable::headers()
{
    return {BomTr::tr("Pos."),           BomTr::tr("Qty needed"),     BomTr::tr("Packaging unit"), BomTr::tr("Order qty"),
            BomTr::tr("Surplus"),        BomTr::tr("Item number"),    BomTr::tr("Description"),    BomTr::tr("GTIN"),
            BomTr::tr("IEC rating"),     BomTr::tr("UL rating"),      BomTr::tr("Approvals"),      BomTr::tr("Customs tariff"),
            BomTr::tr("Country of origin"), BomTr::tr("Weight (g)"), BomTr::tr("Fire load (MJ)"), BomTr::tr("Used in"),
            BomTr::tr("Basis")};
}

QStringList BomTable::row(const BomLine &line)
{
    const QString unknown = PartTr::notKnown();
    const auto orUnknown = [&unknown](const QString &text) {
        return text.isEmpty() ? unknown : text;
    };
    const auto weight = line.weightG();
    const auto fireLoad = line.fireLoadMj();
    return {QString::number(line.position),
            QString::number(line.quantity),
            line.packagingUnit ? QString::number(*line.packagingUnit) : unknown,
            QString::number(line.orderQuantity),
            line.packagingUnit ? QString::number(line.surplus()) : unknown,
            line.itemNumber,
            line.inCatalog ? orUnknown(line.description) : BomTr::tr("not in the catalog"),
            orUnknown(line.gtin),
            BillOfMaterials::ratingText(line.iecRating),
            BillOfMaterials::ratingText(line.ulRating),
            BillOfMaterials::approvalsText(line.approvals),
            orUnknown(line.customsTariff),
            orUnknown(line.countryOfOrigin),
            weight ? BillOfMaterials::number(*weight, 2) : unknown,
            fireLoad ? BillOfMaterials::number(*fireLoad, 3) : unknown,
            line.usedIn.join(QStringLiteral(", ")),
            line.basisText()};
}

QString BomTable::weightTotal(const BillOfMaterials &bom)
{
    if (const auto weight = bom.weightG())
        return BillOfMaterials::number(*weight, 2);
    return BomTr::tr("not known (%1 known)").arg(BillOfMaterials::number(bom.knownWeightG(), 2));
}

QString BomTable::fireLoadTotal(const BillOfMaterials &bom)
{
    if (const auto fireLoad = bom.fireLoadMj())
        return BillOfMaterials::number(*fireLoad, 3);
    return BomTr::tr("not known (%1 known)").arg(BillOfMaterials::number(bom.knownFireLoadMj(), 3));
}

QStringList BomTable::totalsRow(const BillOfMaterials &bom)
{
    QStringList cells;
    for (int i = 0; i < ColumnCount; ++i)
        cells.append(QString());
    cells[Position] = BomTr::tr("Total");
    cells[Quantity] = QString::number(bom.pieces());
    cells[OrderQuantity] = QString::number(bom.orderPieces());
    cells[Surplus] = QString::number(bom.orderPieces() - bom.pieces());
    cells[WeightG] = weightTotal(bom);
    cells[FireLoadMj] = fireLoadTotal(bom);
    return cells;
}

bool BomTable::isNumeric(int column)
{
    return column == Position || column == Quantity || column == PackagingUnit
        || column == OrderQuantity || column == Surplus || column == WeightG
        || column == FireLoadMj;
}

} // namespace cc
