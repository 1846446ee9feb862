#pragma once

#include "PartRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// The parts a rule may look at. The rules need whole records: fields,
// ratings, conductor ranges, approvals and relations (counterparts and
// accessories). An implementation needs two queries: parts by kind and one
// part by item number.
class PartCatalog
{
public:
    virtual ~PartCatalog() = default;

    // Every part whose kind is one of `kinds` (codes of the part_kind table),
    // in a stable order (by item number).
    virtual QList<PartRecord> partsOfKinds(const QStringList &kinds) const = 0;
    // The part with this item number, if the catalog holds it. A superseded
    // number may lead to its successor (PartRecord::supersededItem is set then).
    virtual std::optional<PartRecord> find(const QString &itemNumber) const = 0;

protected:
    PartCatalog() = default;
    PartCatalog(const PartCatalog &) = default;
    PartCatalog &operator=(const PartCatalog &) = default;
};

} // namespace cc
