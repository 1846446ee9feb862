#include "models/catalog/DatabasePartCatalog.h"

#include "db/AccessoryRuleRepository.h"
#include "db/PartRepository.h"
#include "models/part/PartKinds.h"

namespace cc {

DatabasePartCatalog::DatabasePartCatalog(const PartRepository &repository)
    : m_repository(repository)
{
}

QList<PartRecord> DatabasePartCatalog::partsOfKinds(const QStringList &kinds) const
{
    return m_repository.findMany(m_repository.itemNumbersOfKinds(kinds));
}

PartRepository::MateQuery DatabasePartCatalog::mateQueryFor(const PartRecord &part)
{
    PartRepository::MateQuery query;
    query.itemNumber = part.itemNumber();
    query.family = part.family();
    query.pinSpacingMm = part.pinSpacingMm();
    query.gender = PartKinds::genderOf(part);
    query.poles = part.poles();
    query.coding = part.coding();
    return query;
}

QList<PartRecord> DatabasePartCatalog::mateCandidates(const PartRecord &part, int maxFailures) const
{
    // An accessory mates with nothing, and listing every connector as a
    // near miss of it would tell the user nothing.
    if (!PartKinds::isConnector(part.kind()))
        return {};
    return records(m_repository.mateCandidateItems(mateQueryFor(part), maxFailures));
}

QList<PartRecord> DatabasePartCatalog::accessoriesOfKind(const QString &kind, const QStringList &listed,
                                                         const QStringList &families) const
{
    return records(m_repository.itemsOfKindListedOrInFamilies(kind, listed, families));
}

QList<PartRecord> DatabasePartCatalog::records(const QStringList &items) const
{
    return m_repository.findMany(items);
}

std::optional<PartRecord> DatabasePartCatalog::find(const QString &itemNumber) const
{
    return m_repository.find(itemNumber);
}

QList<AccessoryRule> DatabasePartCatalog::assemblyRules() const
{
    // Every evaluation of an assembly asks; the rules come with the bundled
    // catalog, which is written only when the database is opened.
    if (!m_rules)
        m_rules = AccessoryRuleRepository(m_repository.database()).all();
    return *m_rules;
}

} // namespace cc
