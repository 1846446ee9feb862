#include "models/rules/AssemblyEvaluator.h"

#include "models/catalog/PartCatalog.h"
#include "models/part/Genders.h"
#include "models/part/Mountings.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"
#include "models/rules/AccessoryPool.h"
#include "models/rules/AccessoryRuleBook.h"
#include "models/rules/AccessorySelection.h"
#include "models/rules/AssemblyRatings.h"
#include "models/rules/ConductorCheck.h"
#include "models/rules/CoverRules.h"
#include "models/rules/LeverRules.h"
#include "models/rules/MatingRules.h"
#include "models/rules/OptionalAccessories.h"
#include "models/rules/ResolvedSide.h"
#include "models/rules/RulesTr.h"
#include "models/rules/SnapInRules.h"
#include "models/rules/StrainReliefRules.h"

namespace cc {

namespace {

using Code = RuleMessage::Code;
using Side = RuleMessage::Side;

bool mountedByData(const PartRecord &part)
{
    const QString mounting = part.mounting();
    return PartKinds::isSnapIn(part.kind()) || Mountings::isMounted(mounting);
}

QString defaultMounting(const PartRecord &part)
{
    const QString mounting = part.mounting();
    if (!mounting.isEmpty())
        return mounting;
    return PartKinds::isSnapIn(part.kind()) ? QStringLiteral("snap-in")
                                                                  : QString();
}

ResolvedSide resolve(const QString &role, const PartRecord &part, const Assembly::Side &input,
                     AssemblyResult &result)
{
    ResolvedSide side;
    side.role = role;
    side.part = part;
    side.input = input;
    side.mountedByData = mountedByData(part);
    side.mounting = input.mounting.isEmpty() ? defaultMounting(part) : input.mounting;
    if (side.mountedByData && Mountings::isFlying(side.mounting)) {
        result.add(RuleMessage::warning(
            Code::MountedSetAsFlying, side.side(), side.item(),
            RulesTr::tr("%1 is a connector for mounted installation "
                                  "(%2) but is set as a flying lead.")
                .arg(side.item(), defaultMounting(part))));
    }
    if (side.mounting.isEmpty()) {
        result.add(RuleMessage::warning(
            Code::MountingNotGiven, side.side(), side.item(),
            RulesTr::tr("The mounting of %1 is not given (flying "
                                  "lead, snap-in, PCB or distribution).")
                .arg(side.item())));
    }
    // The socket side takes what a socket is (female), the plug side a plug.
    const QString wanted = PartKinds::genderOf(role);
    const QString gender = PartKinds::genderOf(part);
    if (!gender.isEmpty() && gender != wanted) {
        result.add(RuleMessage::error(
            Code::WrongGender, side.side(), side.item(),
            RulesTr::tr("%1 is a %2: the %3 side needs a %4.")
                .arg(side.item(), Genders::connectorLabel(gender), role,
                     Genders::connectorLabel(wanted))));
    }
    return side;
}

// The two items and the codes of the failed mating conditions:
// '770-1324', 'T-P4A', 'CODING'.
QStringList reasonDetails(const ResolvedSide &socket, const ResolvedSide &plug,
                          const MatingVerdict &verdict)
{
    QStringList details{socket.item(), plug.item()};
    for (const MatingReason &reason : verdict.reasons)
        details.append(reason.codeName());
    return details;
}

// The two items and the attributes the mating rules miss:
// '770-1324', '770-254', '770-254 family', '770-254 coding'.
QStringList missingDetails(const ResolvedSide &socket, const ResolvedSide &plug,
                           const MatingVerdict &verdict)
{
    QStringList details{socket.item(), plug.item()};
    for (const MatingVerdict::MissingAttribute &attribute : verdict.missing)
        details.append(attribute.itemNumber + QLatin1Char(' ') + PartFields::key(attribute.field));
    return details;
}

// The side the failed conditions are about: one side when every reason
// names the part of that side (a part that is not a connector), else the
// connection.
const ResolvedSide *refusedSide(const MatingVerdict &verdict, const ResolvedSide &socket,
                                const ResolvedSide &plug)
{
    QString item;
    for (const MatingReason &reason : verdict.reasons) {
        if (reason.itemNumber.isEmpty() || (!item.isEmpty() && reason.itemNumber != item))
            return nullptr;
        item = reason.itemNumber;
    }
    if (item.isEmpty() || socket.item() == plug.item())
        return nullptr;
    if (item == socket.item())
        return &socket;
    return item == plug.item() ? &plug : nullptr;
}

// Mating concerns the pair: its findings are about the connection, unless
// the data refuse one side's part.
void reportMating(const ResolvedSide &socket, const ResolvedSide &plug, AssemblyResult &result)
{
    const MatingVerdict verdict = MatingRules::check(socket.part, plug.part);
    result.mating = verdict;
    if (verdict.outcome == MatingVerdict::Outcome::No) {
        const ResolvedSide *refused = refusedSide(verdict, socket, plug);
        result.add(RuleMessage::error(
            Code::NotMated, refused ? refused->side() : Side::Connection,
            refused ? refused->item() : QString(),
            RulesTr::tr("%1 and %2 do not mate: %3")
                .arg(socket.item(), plug.item(), verdict.reasonMessages().join(QLatin1Char(' '))),
            reasonDetails(socket, plug, verdict)));
    } else if (verdict.outcome == MatingVerdict::Outcome::Unknown) {
        result.add(RuleMessage::warning(
            Code::MatingNotKnown, Side::Connection, QString(),
            RulesTr::tr("Whether %1 and %2 mate is not known: %3")
                .arg(socket.item(), plug.item(), verdict.missingMessages().join(QLatin1Char(' '))),
            missingDetails(socket, plug, verdict)));
    } else if (!verdict.missing.isEmpty()) {
        result.add(RuleMessage::note(
            Code::MatingDataIncomplete, Side::Connection, QString(),
            RulesTr::tr("%1 and %2 mate as a datasheet lists them as "
                                  "counterparts; their data are incomplete: %3")
                .arg(socket.item(), plug.item(), verdict.missingMessages().join(QLatin1Char(' '))),
            missingDetails(socket, plug, verdict)));
    }
    if (!verdict.inconsistency.isEmpty()) {
        // MatingRules: listed counterparts whose data fail a condition, or
        // data that mate while a list of counterparts leaves the other out.
        const bool listed = verdict.listedAsCounterpart && !verdict.reasons.isEmpty();
        result.add(RuleMessage::warning(listed ? Code::CounterpartListedNotMating
                                               : Code::CounterpartNotListed,
                                        Side::Connection, QString(), verdict.inconsistency,
                                        reasonDetails(socket, plug, verdict)));
    }
}

} // namespace

AssemblyEvaluator::AssemblyEvaluator(const PartCatalog &catalog, AssemblyDefaults defaults)
    : m_catalog(catalog)
    , m_defaults(std::move(defaults))
{
}

AssemblyResult AssemblyEvaluator::evaluate(const Assembly &assembly) const
{
    AssemblyResult result;
    if (assembly.socket.itemNumber.isEmpty()) {
        result.add(RuleMessage::error(Code::NoSocket, Side::Socket, QString(),
                                      RulesTr::tr("No socket is given.")));
        return result;
    }
    const auto socketPart = m_catalog.find(assembly.socket.itemNumber);
    if (!socketPart) {
        const QString &item = assembly.socket.itemNumber;
        result.add(RuleMessage::error(Code::NotInCatalog, Side::Socket, item,
                                      RulesTr::tr("%1 is not in the catalog.").arg(item)));
    }
    std::optional<PartRecord> plugPart;
    if (!assembly.isSpareOutlet()) {
        plugPart = m_catalog.find(assembly.plug.itemNumber);
        if (!plugPart) {
            const QString &item = assembly.plug.itemNumber;
            result.add(RuleMessage::error(Code::NotInCatalog, Side::Plug, item,
                                          RulesTr::tr("%1 is not in the catalog.").arg(item)));
        }
    }
    if (!socketPart || (!assembly.isSpareOutlet() && !plugPart))
        return result;

    QList<ResolvedSide> sides{resolve(QStringLiteral("socket"), *socketPart, assembly.socket,
                                      result)};
    if (plugPart)
        sides.append(resolve(QStringLiteral("plug"), *plugPart, assembly.plug, result));
    if (sides.size() == 2)
        reportMating(sides.at(0), sides.at(1), result);

    QList<PartRecord> parts;
    for (const ResolvedSide &side : sides)
        parts.append(side.part);
    const AccessoryPool pool(m_catalog, parts);
    // Quantities per assembly are catalog data (assembly_rule), not code.
    const AccessoryRuleBook rules(m_catalog.assemblyRules());

    const AssemblyChoices choices(assembly, m_defaults);
    LeverRules::apply(pool, rules, sides, choices, result);
    for (const ResolvedSide &side : sides) {
        if (side.flying())
            StrainReliefRules::apply(pool, rules, side, choices, result);
        if (side.mounting == QLatin1String("snap-in"))
            SnapInRules::apply(pool, rules, side, choices, result);
        if (side.mounting != QLatin1String("pcb"))
            ConductorCheck::apply(side, result);
    }
    if (assembly.isSpareOutlet())
        CoverRules::applyLockoutCap(pool, rules, sides.at(0), choices, result);
    OptionalAccessories::offer(pool, rules, sides, result);
    // What the defaults chose for an item is part of what it rests on.
    for (QList<AssemblyItem> *items : {&result.requiredItems, &result.optionalItems}) {
        for (AssemblyItem &item : *items)
            item.basis += AccessorySelection::defaultsChosen(result, item.kind);
    }

    result.ratings = AssemblyRatings::lowest(sides, &result.messages);
    result.sharedApprovals = AssemblyRatings::shared(parts, &result.messages);
    return result;
}

} // namespace cc
