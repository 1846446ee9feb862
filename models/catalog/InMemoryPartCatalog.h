#pragma once

#include "models/catalog/PartCatalog.h"

#include <QMap>

namespace cc {

// A PartCatalog held in memory: for tests and for rules run on parts that
// are not in a database.
class InMemoryPartCatalog : public PartCatalog
{
public:
    InMemoryPartCatalog() = default;
    explicit InMemoryPartCatalog(const QList<PartRecord> &parts);

    // Adds the part or replaces the one with the same item number.
    void add(const PartRecord &part);
    int size() const { return static_cast<int>(m_parts.size()); }
    // The rule table, as a test or an import gives it.
    void setAssemblyRules(const QList<AccessoryRule> &rules) { m_rules = rules; }

    QList<PartRecord> partsOfKinds(const QStringList &kinds) const override;
    std::optional<PartRecord> find(const QString &itemNumber) const override;
    QList<AccessoryRule> assemblyRules() const override { return m_rules; }

private:
    QMap<QString, PartRecord> m_parts; // by item number, so ordered
    QList<AccessoryRule> m_rules;
};

} // namespace cc
