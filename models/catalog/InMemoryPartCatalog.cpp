#include "models/catalog/InMemoryPartCatalog.h"

namespace cc {

InMemoryPartCatalog::InMemoryPartCatalog(const QList<PartRecord> &parts)
{
    for (const PartRecord &part : parts)
        add(part);
}

void InMemoryPartCatalog::add(const PartRecord &part)
{
    m_parts.insert(part.itemNumber(), part);
}

QList<PartRecord> InMemoryPartCatalog::partsOfKinds(const QStringList &kinds) const
{
    QList<PartRecord> result;
    for (const PartRecord &part : m_parts) {
        if (kinds.contains(part.kind()))
            result.append(part);
    }
    return result;
}

std::optional<PartRecord> InMemoryPartCatalog::find(const QString &itemNumber) const
{
    const auto it = m_parts.constFind(itemNumber);
    if (it == m_parts.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace cc
