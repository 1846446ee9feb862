#pragma once

#include "PartCatalog.h"

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

    QList<PartRecord> partsOfKinds(const QStringList &kinds) const override;
    std::optional<PartRecord> find(const QString &itemNumber) const override;

private:
    QMap<QString, PartRecord> m_parts; // by item number, so ordered
};

} // namespace cc
