#include "models/part/ListingDerivation.h"

#include "models/part/PartRecord.h"

namespace cc {

const QList<PartField> &ListingDerivation::fields()
{
    static const QList<PartField> derived{PartField::Family};
    return derived;
}

bool ListingDerivation::lists(const PartRecord &listing, const PartRecord &listed)
{
    if (listing.itemNumber() == listed.itemNumber())
        return false;
    for (const RelationRecord &relation : listing.relations) {
        if (relation.itemNumber.isEmpty())
            continue;
        if (relation.itemNumber == listed.itemNumber()
            || relation.itemNumber == listed.supersededItem)
            return true;
    }
    return false;
}

QList<PartField> ListingDerivation::derive(const PartRecord &listing, const SourceRecord &source,
                                           PartRecord &listed)
{
    if (source.kind != QLatin1String("datasheet") || !lists(listing, listed))
        return {};
    const Provenance provenance{Provenance::listing(), listing.itemNumber(), source.reference};
    QList<PartField> changed;
    for (const PartField field : fields()) {
        if (!listing.isStated(field) || listed.isStated(field))
            continue;
        const QVariant value = listing.value(field);
        if (const std::optional<Provenance> before = listed.provenance(field)) {
            if (listed.value(field) == value || before->listingItem != listing.itemNumber())
                continue;
        }
        listed.setDerived(field, value, provenance);
        changed << field;
    }
    return changed;
}

} // namespace cc
