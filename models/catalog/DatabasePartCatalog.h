#pragma once

#include "db/PartRepository.h"
#include "models/catalog/PartCatalog.h"

#include <optional>

namespace cc {


// The rules' view of the parts database: its parts and its rule table
// (assembly_rule), both read from the repository's database.
class DatabasePartCatalog final : public PartCatalog
{
public:
    explicit DatabasePartCatalog(const PartRepository &repository);

    QList<PartRecord> partsOfKinds(const QStringList &kinds) const override;
    std::optional<PartRecord> find(const QString &itemNumber) const override;
    QList<PartRecord> mateCandidates(const PartRecord &part, int maxFailures) const override;
    // What the catalog asks the database for the mates of `part`.
    static PartRepository::MateQuery mateQueryFor(const PartRecord &part);
    QList<PartRecord> accessoriesOfKind(const QString &kind, const QStringList &listed,
                                        const QStringList &families) const override;
    QList<AccessoryRule> assemblyRules() const override;

private:
    QList<PartRecord> records(const QStringList &items) const;

    const PartRepository &m_repository;

    mutable std::optional<QList<AccessoryRule>> m_rules; // read once
};

} // namespace cc
