#pragma once

#include <QString>

namespace cc {

// Where a derived value of a part comes from (PartFieldValues::setDerived).
// A value is either stated by the part's own source or derived from another
// source's statement about another part; only the second kind carries a
// provenance. The one basis so far is a listing: the part is named as a
// counterpart or an accessory on the datasheet of another part
// (ListingDerivation).
struct Provenance
{
    // The basis code of a listing, as the database stores it.
    static QString listing() { return QStringLiteral("listing"); }

    QString basis;           // 'listing'
    QString listingItem;     // the part whose datasheet lists this one, e.g. '770-1324'
    QString sourceReference; // the source of that listing: 'D1', a datasheet file name

    // In English, for JSON and reports: "listing on the datasheet of 770-1324".
    QString description() const
    {
        if (basis == listing())
            return QStringLiteral("listing on the datasheet of %1").arg(listingItem);
        return basis;
    }

    bool operator==(const Provenance &other) const
    {
        return basis == other.basis && listingItem == other.listingItem
            && sourceReference == other.sourceReference;
    }
    bool operator!=(const Provenance &other) const { return !(*this == other); }
};

} // namespace cc
