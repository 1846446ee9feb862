#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

class BillOfMaterials;
struct BomLine;

// The bill of materials as a table of texts, shared by the CSV, HTML and
// PDF writers: the column headings, one row per line, the totals and the
// cell texts ("not known" where no source states a value).
class BomTable
{
public:
    enum Column {
        Position,
        Quantity,
        PackagingUnit,
        OrderQuantity,
        Surplus,
        ItemNumber,
        Description,
        Gtin,
        IecRating,
        UlRating,
        Approvals,
        CustomsTariff,
        CountryOfOrigin,
        WeightG,
        FireLoadMj,
        UsedIn,
        Basis, // the rules, defaults and choices a line rests on
        ColumnCount
    };

    static QStringList headers();
    static QStringList row(const BomLine &line);
    // Texts under the lines: pieces, order pieces, weight and fire load.
    static QStringList totalsRow(const BillOfMaterials &bom);
    static QString weightTotal(const BillOfMaterials &bom);
    static QString fireLoadTotal(const BillOfMaterials &bom);
    static bool isNumeric(int column);
};

} // namespace cc
