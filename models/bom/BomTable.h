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
// cell texts ("not known" where no source states a value, or an empty cell
// for files that other programs read).
class BomTable
{
public:
    // What a cell holds whose value no source states.
    enum class Unknown {
        Text, // "not known", for people (the dock, HTML, print and PDF)
        Empty // nothing, for programs (CSV, and XLSX, which notes it beside)
    };

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
    static QStringList row(const BomLine &line, Unknown unknown = Unknown::Text);
    // Whether the value of `column` is stated for `line` (the position, the
    // quantities, the item number, "used in" and the basis always are; an
    // empty "used in" or basis states that there is none).
    static bool isKnown(const BomLine &line, int column);
    // Texts under the lines: pieces, order pieces, weight and fire load; a
    // total is unknown when a line's value is.
    static QStringList totalsRow(const BillOfMaterials &bom, Unknown unknown = Unknown::Text);
    static QString weightTotal(const BillOfMaterials &bom);
    static QString fireLoadTotal(const BillOfMaterials &bom);
    static bool isNumeric(int column);
};

} // namespace cc
