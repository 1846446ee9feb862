#include "models/rules/OptionalAccessories.h"

#include "models/rules/AccessoryPool.h"
#include "models/rules/AccessoryRuleBook.h"
#include "models/rules/AccessorySelection.h"
#include "models/rules/CoverRules.h"
#include "models/rules/RulesTr.h"

namespace cc {

namespace {

void offerKind(const AccessoryRuleBook &rules, const QList<ResolvedSide> &sides,
               const QList<PartRecord> &parts, const QString &kind, const QString &reason,
               AssemblyResult &result)
{
    if (parts.isEmpty())
        return;
    AssemblyItem item;
    item.kind = kind;
    item.side = QStringLiteral("connection");
    item.candidates = AccessorySelection::itemNumbers(parts);
    const AccessoryRuleBook::Scope scope{QStringLiteral("assembly"),
                                        static_cast<int>(sides.size()),
                                        sides.first().part.poles()};
    rules.setQuantity(item, scope, parts, result);
    item.reason = reason;
    result.optionalItems.append(item);
}

} // namespace

void OptionalAccessories::offer(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                                const QList<ResolvedSide> &sides, AssemblyResult &result)
{
    QList<PartRecord> caps;
    for (const PartRecord &cap : pool.ofKind(QStringLiteral("protective_cap"))) {
        bool fits = false;
        for (const ResolvedSide &side : sides)
            fits = fits || CoverRules::forRole(cap, side.role);
        if (fits)
            caps.append(cap);
    }
    offerKind(rules, sides, caps, QStringLiteral("protective_cap"),
              RulesTr::tr("Protective caps are offered as an option."), result);
    offerKind(rules, sides, pool.ofKind(QStringLiteral("marker_card")),
              QStringLiteral("marker_card"),
              RulesTr::tr("Marker cards are offered as an option for marking the connection."), result);
    offerKind(rules, sides, pool.ofKind(QStringLiteral("operating_tool")),
              QStringLiteral("operating_tool"),
              RulesTr::tr("An operating tool is offered as an option."),
              result);
}

} // namespace cc
