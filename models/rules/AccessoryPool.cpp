#include "models/rules/AccessoryPool.h"

#include "models/catalog/PartCatalog.h"
#include "models/rules/MatingRules.h"

namespace cc {

AccessoryPool::AccessoryPool(const PartCatalog &catalog, const QList<PartRecord> &connectors)
    : m_catalog(catalog)
    , m_connectors(connectors)
{
}

QList<PartRecord> AccessoryPool::ofKind(const QString &kind) const
{
    // Several rules ask for the same kind (a housing per flying side):
    // the catalog is read once per kind.
    const auto cached = m_byKind.constFind(kind);
    if (cached != m_byKind.cend())
        return *cached;
    QStringList listed;
    QStringList families;
    for (const PartRecord &connector : m_connectors) {
        for (const RelationRecord &relation : connector.relations) {
            if (relation.relation == QLatin1String("accessory") && !relation.itemNumber.isEmpty())
                listed << relation.itemNumber;
        }
        const QString family = connector.family();
        if (!family.isEmpty())
            families << family;
    }
    QList<PartRecord> result;
    for (const PartRecord &part : m_catalog.accessoriesOfKind(kind, listed, families)) {
        if (belongs(part))
            result.append(part);
    }
    m_byKind.insert(kind, result);
    return result;
}

bool AccessoryPool::belongs(const PartRecord &accessory) const
{
    const QString family = accessory.family();
    for (const PartRecord &connector : m_connectors) {
        for (const RelationRecord &relation : connector.relations) {
            if (relation.relation == QLatin1String("accessory") && !relation.itemNumber.isEmpty()
                && (relation.itemNumber == accessory.itemNumber()
                    || relation.itemNumber == accessory.supersededItem))
                return true;
        }
        const QString connectorFamily = connector.family();
        if (!family.isEmpty() && !connectorFamily.isEmpty()
            && MatingRules::sameFamily(family, connectorFamily))
            return true;
    }
    return false;
}

} // namespace cc
