#include "models/catalog/PartCatalog.h"

#include "models/part/PartKinds.h"

namespace cc {

QList<PartRecord> PartCatalog::mateCandidates(const PartRecord &part, int maxFailures) const
{
    Q_UNUSED(part)
    Q_UNUSED(maxFailures)
    return partsOfKinds(PartKinds::connectorKinds());
}

QList<PartRecord> PartCatalog::accessoriesOfKind(const QString &kind, const QStringList &listed,
                                              const QStringList &families) const
{
    Q_UNUSED(listed)
    Q_UNUSED(families)
    return partsOfKinds({kind});
}

} // namespace cc
