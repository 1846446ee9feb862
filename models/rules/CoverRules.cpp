#include "models/rules/CoverRules.h"

#include "models/rules/AccessoryPool.h"
#include "models/rules/AccessoryRuleBook.h"
#include "models/rules/AccessorySelection.h"
#include "models/rules/RulesTr.h"

namespace cc {

bool CoverRules::forRole(const PartRecord &accessory, const QString &role)
{
    const QString forKinds = accessory.forKinds();
    return forKinds.isEmpty() || forKinds.contains(role, Qt::CaseInsensitive);
}

void CoverRules::applyLockoutCap(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                                 const ResolvedSide &socket, const AssemblyChoices &choices,
                                 AssemblyResult &result)
{
    const QString kind = QStringLiteral("lockout_cap");
    const auto poles = socket.part.poles();
    if (!poles) {
        result.add(RuleMessage::warning(RuleMessage::Code::PolesNotStated, socket.side(),
                                        socket.item(),
                                        RulesTr::tr("The catalog does not state the pole count of %1: no "
                                           "lockout cap can be matched to it.")
                                            .arg(socket.item()),
                                        {kind}));
        return;
    }
    QList<PartRecord> caps;
    for (const PartRecord &cap : pool.ofKind(kind)) {
        const auto capPoles = cap.poles();
        const bool separable = cap.separable().value_or(0) == 1;
        const QString forKinds = cap.forKinds();
        if (!forKinds.isEmpty() && !forKinds.contains(QLatin1String("socket"), Qt::CaseInsensitive))
            continue;
        if (capPoles && (*capPoles == *poles || (separable && *capPoles > *poles)))
            caps.append(cap);
    }
    if (caps.isEmpty()) {
        result.add(RuleMessage::error(RuleMessage::Code::NoLockoutCap, socket.side(),
                                      socket.item(),
                                      RulesTr::tr("The unmated socket %1 needs a lockout cap, but the "
                                         "catalog holds none for %2 poles.")
                                          .arg(socket.item())
                                          .arg(*poles),
                                      {kind}));
        return;
    }
    caps = AccessorySelection::choose(caps, kind, PartField::Colour,
                                      choices.colourOf(kind), result);
    if (caps.isEmpty())
        return;
    AssemblyItem item;
    item.kind = kind;
    item.side = socket.role;
    item.candidates = AccessorySelection::itemNumbers(caps);
    rules.setQuantity(item, {QStringLiteral("unmated_socket"), 1, poles}, caps, result);
    item.reason = RulesTr::tr("The socket %1 stays unmated as a spare outlet: a lockout cap covers it.")
                      .arg(socket.item());
    if (item.polesPerItem) {
        item.reason += QLatin1Char(' ')
            + RulesTr::tr("One separable %1-pole cap covers several sockets: count poles, not sockets.")
                  .arg(*item.polesPerItem);
    }
    result.requiredItems.append(item);
}

} // namespace cc
