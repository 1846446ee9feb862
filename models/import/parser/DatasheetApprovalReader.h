#pragma once

#include "models/part/PartRecord.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// Reads the rows of a datasheet's approval tables: "Logo<TAB>Approval<TAB>
// Additional Approval Text<TAB>Certificate name", where the approval cell
// holds the mark and the issuer ("CCA DEKRA Certification B.V.").
class DatasheetApprovalReader
{
public:
    // The approval kind a table heading stands for; a null string when the
    // heading is not one of an approval table.
    static QString kindOfHeading(const QString &heading);
    // The row's cells without the (empty) logo cell.
    static QStringList cells(const QString &row);
    static bool isHeaderRow(const QStringList &cells);
    // Splits "DNV GL Det Norske Veritas, Germanischer Lloyd" into mark and
    // issuer; the mark is empty when the cell starts with no known mark.
    static QStringList splitMark(const QString &approval);
    // Whether the approval cell names a mark but no issuer yet (the rest of
    // the cell may follow after a page break).
    static bool lacksIssuer(const QString &approval);
    static std::optional<ApprovalRecord> read(const QStringList &cells, const QString &kind);
};

} // namespace cc
