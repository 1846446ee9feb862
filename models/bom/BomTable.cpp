#include "models/bom/BomTable.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTr.h"
#include "models/part/PartTr.h"

namespace cc {

namespace {

// As BillOfMaterials::ratingText() reads a rating.
bool stated(const std::optional<RatingRecord> &rating)
{
    return rating && (rating->voltageV || rating->currentA);
}

} // namespace

QStringList BomTable::headers()
{
    return {BomTr::tr("Pos."),           BomTr::tr("Qty needed"),     BomTr::tr("Packaging unit"), BomTr::tr("Order qty"),
            BomTr::tr("Surplus"),        BomTr::tr("Item number"),    BomTr::tr("Description"),    BomTr::tr("GTIN"),
            BomTr::tr("IEC rating"),     BomTr::tr("UL rating"),      BomTr::tr("Approvals"),      BomTr::tr("Customs tariff"),
            BomTr::tr("Country of origin"), BomTr::tr("Weight (g)"), BomTr::tr("Fire load (MJ)"), BomTr::tr("Used in"),
            BomTr::tr("Basis")};
}

QStringList BomTable::row(const BomLine &line, Unknown unknown)
{
    const auto weight = line.weightG();
    const auto fireLoad = line.fireLoadMj();
    QStringList cells{QString::number(line.position),
                      QString::number(line.quantity),
                      line.packagingUnit ? QString::number(*line.packagingUnit) : QString(),
                      QString::number(line.orderQuantity),
                      line.packagingUnit ? QString::number(line.surplus()) : QString(),
                      line.itemNumber,
                      line.inCatalog ? line.description : BomTr::tr("not in the catalog"),
                      line.gtin,
                      BillOfMaterials::ratingText(line.iecRating),
                      BillOfMaterials::ratingText(line.ulRating),
                      BillOfMaterials::approvalsText(line.approvals),
                      line.customsTariff,
                      line.countryOfOrigin,
                      weight ? BillOfMaterials::number(*weight, 2) : QString(),
                      fireLoad ? BillOfMaterials::number(*fireLoad, 3) : QString(),
                      line.usedIn.join(QStringLiteral(", ")),
                      line.basisText()};
    for (int column = 0; column < ColumnCount; ++column) {
        if (!isKnown(line, column))
            cells[column] = unknown == Unknown::Text ? PartTr::notKnown() : QString();
    }
    return cells;
}

bool BomTable::isKnown(const BomLine &line, int column)
{
    switch (column) {
    case PackagingUnit:
    case Surplus:
        return line.packagingUnit.has_value();
    case Description:
        return !line.inCatalog || !line.description.isEmpty();
    case Gtin:
        return !line.gtin.isEmpty();
    case IecRating:
        return stated(line.iecRating);
    case UlRating:
        return stated(line.ulRating);
    case Approvals:
        return !line.approvals.isEmpty();
    case CustomsTariff:
        return !line.customsTariff.isEmpty();
    case CountryOfOrigin:
        return !line.countryOfOrigin.isEmpty();
    case WeightG:
        return line.unitWeightG.has_value();
    case FireLoadMj:
        return line.unitFireLoadMj.has_value();
    default:
        return true;
    }
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

QStringList BomTable::totalsRow(const BillOfMaterials &bom, Unknown unknown)
{
    QStringList cells;
    for (int i = 0; i < ColumnCount; ++i)
        cells.append(QString());
    cells[Position] = BomTr::tr("Total");
    cells[Quantity] = QString::number(bom.pieces());
    cells[OrderQuantity] = QString::number(bom.orderPieces());
    cells[Surplus] = QString::number(bom.orderPieces() - bom.pieces());
    if (unknown == Unknown::Text || bom.weightG())
        cells[WeightG] = weightTotal(bom);
    if (unknown == Unknown::Text || bom.fireLoadMj())
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
