#pragma once

#include "models/part/PartField.h"

#include <QList>

namespace cc {

struct PartRecord;
struct SourceRecord;

// What a datasheet's listing says about the parts it lists (issue 15). A
// connector mates only within its system, so a part listed on a datasheet as
// the counterpart of a part of family F belongs to family F, and an
// accessory listed on it is an accessory of that family. Such a value is
// derived, not stated: it is set with its Provenance ("listing on the
// datasheet of 770-1324", source D1) and
//   * never overwrites a stated value of the listed part;
//   * gives way to a stated one (PartFieldValues::set drops the provenance);
//   * is derived only from a value the listing part states (not from one
//     derived itself), so a provenance is always one step from its source;
//   * stays as it is when derived before: the same value again changes
//     nothing (its first provenance stays), another value replaces it only
//     when it comes from the same listing part (its newer datasheet).
// The one rule for every writer: the bundled catalog install (BundledCatalog)
// and the datasheet import (DatasheetImporter).
class ListingDerivation
{
public:
    // Bump when what derive() gives changes: databases holding the bundled
    // catalog then install it again (BundledCatalog::fingerprint).
    static constexpr int version = 1;

    // The fields a listing derives: family.
    static const QList<PartField> &fields();

    // Derives the fields of `listed` that `listing` gives it, when `source`
    // (the source of `listing`'s listing) is a datasheet and `listing`
    // lists `listed` as a counterpart or an accessory. Returns the fields it
    // changed.
    static QList<PartField> derive(const PartRecord &listing, const SourceRecord &source,
                                   PartRecord &listed);

    // True when `listing` names `listed` among its counterparts or
    // accessories (by item number, or by the superseded number `listed` was
    // found by).
    static bool lists(const PartRecord &listing, const PartRecord &listed);
};

} // namespace cc
