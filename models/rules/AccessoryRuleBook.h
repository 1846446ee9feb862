#pragma once

#include "models/part/AccessoryRule.h"
#include "models/part/PartRecord.h"
#include "models/rules/AssemblyResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace cc {

// The catalog's rule table (assembly_rule) as the accessory rules read it.
// Quantities per assembly come from these records, never from constants in
// code: where no record states a quantity, the item says "quantity not
// stated by the catalog".
class AccessoryRuleBook
{
public:
    explicit AccessoryRuleBook(QList<AccessoryRule> rules);

    // The rules for accessories of `kind` in the situation `appliesTo`
    // (see AccessoryRule::appliesToValues()).
    QList<AccessoryRule> rulesFor(const QString &kind, const QString &appliesTo) const;

    // What the item needs to count itself
    struct Scope
    {
        QString appliesTo;
        // Sides the item serves: 1 for an item of one side, 2 for a
        // connection item of a mated pair.
        int sides = 1;
        // Poles of the connector(s) the item serves, for rules per pole.
        std::optional<int> connectorPoles;
    };

    // Sets the item's quantity, quantity text and sources from the rules for
    // its kind. Rules that state different quantities are a data
    // inconsistency (a warning in `result`); the quantity is then not stated.
    void setQuantity(AssemblyItem &item, const Scope &scope, const QList<PartRecord> &candidates,
                     AssemblyResult &result) const;

private:
    QList<AccessoryRule> m_rules;
};

} // namespace cc
