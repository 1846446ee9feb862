#pragma once

#include "models/part/AccessoryRule.h"

#include <QList>

namespace cc {

class Database;

// Reads and writes the catalog's rule table (assembly_rule). Callers own
// transactions.
class AccessoryRuleRepository
{
public:
    explicit AccessoryRuleRepository(const Database &database);

    // Every rule with the reference of its source, in a stable order (by
    // accessory kind, then as the source lists them).
    QList<AccessoryRule> all() const;
    // Replaces the rules `sourceId` gave with these, in this order.
    void replaceForSource(qint64 sourceId, const QList<AccessoryRule> &rules) const;

private:
    const Database &m_database;
};

} // namespace cc
