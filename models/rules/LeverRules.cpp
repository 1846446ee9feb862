#include "models/rules/LeverRules.h"

#include "models/part/Mountings.h"
#include "models/rules/AccessoryPool.h"
#include "models/rules/AccessoryRuleBook.h"
#include "models/rules/AccessorySelection.h"
#include "models/rules/RulesTr.h"

namespace cc {

namespace {

using Code = RuleMessage::Code;
using Side = RuleMessage::Side;

const QString &leverKind()
{
    static const QString kind = QStringLiteral("locking_lever");
    return kind;
}

QList<PartRecord> fittingLevers(const AccessoryPool &pool, const QList<ResolvedSide> &sides)
{
    QList<PartRecord> levers;
    for (const PartRecord &lever : pool.ofKind(leverKind())) {
        const QString forMounting = lever.forMounting();
        if (!forMounting.isEmpty() && !Mountings::isFlying(forMounting))
            continue;
        const auto poles = lever.poles();
        bool polesFit = true;
        for (const ResolvedSide &side : sides) {
            const auto sidePoles = side.part.poles();
            polesFit = polesFit && (!poles || (sidePoles && *sidePoles == *poles));
        }
        if (polesFit)
            levers.append(lever);
    }
    return levers;
}

AssemblyItem leverItem(const AccessoryRuleBook &rules, const QList<ResolvedSide> &sides,
                       const QList<PartRecord> &levers, const QString &reason,
                       AssemblyResult &result)
{
    AssemblyItem item;
    item.kind = leverKind();
    item.side = QStringLiteral("connection");
    item.candidates = AccessorySelection::itemNumbers(levers);
    // Offered or required, these are the levers of a connection with a
    // flying lead: the rules of that situation count them.
    const AccessoryRuleBook::Scope scope{QStringLiteral("flying_connection"),
                                        static_cast<int>(sides.size()),
                                        sides.first().part.poles()};
    rules.setQuantity(item, scope, levers, result);
    item.reason = reason;
    return item;
}

QList<PartRecord> chosenLevers(const QList<PartRecord> &levers, const AssemblyChoices &choices,
                               AssemblyResult &result)
{
    QList<PartRecord> chosen =
        AccessorySelection::choose(levers, leverKind(), PartField::Operation,
                                   choices.leverOperation(), result);
    return AccessorySelection::choose(chosen, leverKind(), PartField::Colour,
                                      choices.colourOf(leverKind()), result);
}

} // namespace

void LeverRules::apply(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                       const QList<ResolvedSide> &sides, const AssemblyChoices &choices,
                       AssemblyResult &result)
{
    if (sides.size() < 2) {
        result.add(RuleMessage::note(Code::NoLeverSpareOutlet, Side::Connection, QString(),
                                     RulesTr::tr("No locking lever: the socket stays unmated."),
                                     {leverKind()}));
        return;
    }
    for (const ResolvedSide &side : sides) {
        if (side.mountedByData) {
            result.add(RuleMessage::note(Code::LeversFitted, side.side(), side.item(),
                                         RulesTr::tr("No additional locking levers: %1 is a connector for "
                                            "mounted installation and comes with locking levers "
                                            "fitted.")
                                             .arg(side.item()),
                                         {leverKind()}));
            return;
        }
    }
    for (const ResolvedSide &side : sides) {
        if (side.mounting.isEmpty()) {
            result.add(RuleMessage::warning(Code::LeverNeedNotKnown, side.side(), side.item(),
                                            RulesTr::tr("Whether locking levers are needed is not known "
                                               "until the mounting of %1 is given.")
                                                .arg(side.item()),
                                            {leverKind()}));
            return;
        }
    }
    const QList<PartRecord> levers = fittingLevers(pool, sides);
    const bool bothFlying = sides.at(0).flying() && sides.at(1).flying();
    if (sides.at(0).flying() || sides.at(1).flying()) {
        if (levers.isEmpty()) {
            const QString text = bothFlying
                ? RulesTr::tr("%1 and %2 are both flying leads and need locking levers, but the "
                              "catalog holds none that fits.")
                : RulesTr::tr("The connection of %1 and %2 has a flying lead and needs a locking "
                              "lever, but the catalog holds none that fits.");
            result.add(RuleMessage::error(Code::NoFittingLever, Side::Connection, QString(),
                                          text.arg(sides.at(0).item(), sides.at(1).item()),
                                          {leverKind(), sides.at(0).item(), sides.at(1).item()}));
            return;
        }
        const QList<PartRecord> chosen = chosenLevers(levers, choices, result);
        if (chosen.isEmpty())
            return;
        const QString reason = bothFlying
            ? RulesTr::tr("%1 and %2 are both flying leads: additional locking levers are "
                          "required for flying leads; mounted connectors come with them fitted.")
            : RulesTr::tr("The connection of %1 and %2 has a flying lead and neither connector "
                          "comes with locking levers fitted: additional locking levers are "
                          "required for flying leads.");
        result.requiredItems.append(leverItem(rules, sides, chosen,
                                              reason.arg(sides.at(0).item(), sides.at(1).item()),
                                              result));
        return;
    }
    // Two plain connectors, both mounted by the user: neither has levers
    // fitted, and no rule says whether mounted ones need them.
    for (const ResolvedSide &side : sides) {
        result.add(RuleMessage::warning(Code::LeverNeedNotStated, side.side(), side.item(),
                                        RulesTr::tr("The catalog does not state whether %1 needs a "
                                           "locking lever when mounted (%2): only connectors for "
                                           "mounted installation come with levers fitted.")
                                            .arg(side.item(), side.mounting),
                                        {leverKind(), side.mounting}));
    }
    if (levers.isEmpty())
        return;
    const QList<PartRecord> chosen = chosenLevers(levers, choices, result);
    if (!chosen.isEmpty()) {
        result.optionalItems.append(
            leverItem(rules, sides, chosen,
                      RulesTr::tr("Locking levers for flying leads, offered because the catalog does "
                         "not say whether this connection needs them."),
                      result));
    }
}

} // namespace cc
