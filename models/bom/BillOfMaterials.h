#pragma once

#include "models/bom/BomLine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

class PartCatalog;
class Project;

// What a project needs to order: one line per item number over all
// assemblies times their quantities, the totals and what the data leave
// open. Nothing is guessed: an accessory whose quantity the catalog does not
// state, or one the user has still to choose among several, is a warning,
// not a line.
class BillOfMaterials
{
public:
    // How choices the user has not made are decided: by the project's
    // defaults (marked as such on the lines), or not at all (`bom
    // --no-defaults`: each open choice stays a warning).
    enum class Defaults { Apply, None };
    static BillOfMaterials build(const Project &project, const PartCatalog &catalog,
                                 Defaults defaults = Defaults::Apply);

    QString projectName;
    QList<BomLine> lines; // by item number
    QStringList warnings;

    // The rules the lines rest on, each once, with their sentences
    // ('R1: One locking lever per mated connection …'), by source.
    QStringList ruleNotes() const;

    int pieces() const;      // needed
    int orderPieces() const; // to order
    // Empty when a line's value is not known; the known part is below.
    std::optional<double> weightG() const;
    std::optional<double> fireLoadMj() const;
    double knownWeightG() const;
    double knownFireLoadMj() const;
    QStringList itemsWithoutWeight() const;
    QStringList itemsWithoutFireLoad() const;

    // "400 V / 32 A", "not known", ... for a line's rating of a market.
    static QString ratingText(const std::optional<RatingRecord> &rating);
    // "cURus UL 1977: E45171; CCA EN 61535: 71- 123228", or "not known".
    static QString approvalsText(const QList<ApprovalRecord> &approvals);
    static QString approvalText(const ApprovalRecord &approval);
    // A number without float noise: at most `decimals` decimals.
    static QString number(double value, int decimals = 3);
    static double rounded(double value, int decimals = 3);
};

} // namespace cc
