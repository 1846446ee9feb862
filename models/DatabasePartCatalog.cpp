#include "DatabasePartCatalog.h"

#include "AssemblyRuleRepository.h"
#include "PartRepository.h"

namespace cc {

DatabasePartCatalog::DatabasePartCatalog(const PartRepository &repository)
    : m_repository(repository)
{
}

QList<PartRecord> DatabasePartCatalog::partsOfKinds(const QStringList &kinds) const
{
    QList<PartRecord> parts;
    for (const QString &item : m_repository.itemNumbersOfKinds(kinds)) {
        if (std::optional<PartRecord> record = m_repository.find(item))
            parts.append(std::move(*record));
    }
    return parts;
}

std::optional<PartRecord> DatabasePartCatalog::find(const QString &itemNumber) const
{
    return m_repository.find(itemNumber);
}

QList<AssemblyRuleRecord> DatabasePartCatalog::assemblyRules() const
{
    return AssemblyRuleRepository(m_repository.database()).all();
}

} // namespace cc
