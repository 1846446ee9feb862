#include "models/rules/AssemblyEvaluator.h"

#include "models/catalog/PartCatalog.h"
#include "models/part/Genders.h"
#include "models/part/PartKinds.h"
#include "models/rules/AccessoryPool.h"
#include "models/rules/AccessoryRuleBook.h"
#include "models/rules/AssemblyRatings.h"
#include "models/rules/ConductorCheck.h"
#include "models/rules/CoverRules.h"
#include "models/rules/LeverRules.h"
#include "models/rules/MatingRules.h"
#include "models/rules/OptionalAccessories.h"
#include "models/rules/ResolvedSide.h"
#include "models/rules/SnapInRules.h"
#include "models/rules/StrainReliefRules.h"

namespace cc {

namespace {

bool mountedByData(const PartRecord &part)
{
    const QString mounting = part.mounting();
    return PartKinds::isSnapIn(part.kind())
        || (!mounting.isEmpty() && mounting != QLatin1String("flying"));
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
    if (side.mountedByData && side.mounting == QLatin1String("flying")) {
        result.warnings.append(AssemblyEvaluator::tr("%1 is a connector for mounted installation "
                                                 "(%2) but is set as a flying lead.")
                                   .arg(side.item(), defaultMounting(part)));
    }
    if (side.mounting.isEmpty()) {
        result.warnings.append(AssemblyEvaluator::tr("The mounting of %1 is not given (flying "
                                                 "lead, snap-in, PCB or distribution).")
                                   .arg(side.item()));
    }
    const QString wanted = role == QLatin1String("socket") ? QStringLiteral("female")
                                                           : QStringLiteral("male");
    const QString gender = PartKinds::genderOf(part);
    if (!gender.isEmpty() && gender != wanted) {
        result.errors.append(AssemblyEvaluator::tr("%1 is a %2: the %3 side needs a %4.")
                                 .arg(side.item(), Genders::connectorLabel(gender), role,
                                      Genders::connectorLabel(wanted)));
    }
    return side;
}

void reportMating(const ResolvedSide &socket, const ResolvedSide &plug, AssemblyResult &result)
{
    const MatingVerdict verdict = MatingRules::check(socket.part, plug.part);
    result.mating = verdict;
    if (verdict.outcome == MatingVerdict::Outcome::No) {
        result.errors.append(AssemblyEvaluator::tr("%1 and %2 do not mate: %3")
                                 .arg(socket.item(), plug.item(),
                                      verdict.reasonMessages().join(QLatin1Char(' '))));
    } else if (verdict.outcome == MatingVerdict::Outcome::Unknown) {
        result.warnings.append(AssemblyEvaluator::tr("Whether %1 and %2 mate is not known: %3")
                                   .arg(socket.item(), plug.item(),
                                        verdict.missingMessages().join(QLatin1Char(' '))));
    } else if (!verdict.missing.isEmpty()) {
        result.notes.append(AssemblyEvaluator::tr("%1 and %2 mate as a datasheet lists them as "
                                              "counterparts; their data are incomplete: %3")
                                .arg(socket.item(), plug.item(),
                                     verdict.missingMessages().join(QLatin1Char(' '))));
    }
    if (!verdict.inconsistency.isEmpty())
        result.warnings.append(verdict.inconsistency);
}

} // namespace

AssemblyEvaluator::AssemblyEvaluator(const PartCatalog &catalog)
    : m_catalog(catalog)
{
}

AssemblyResult AssemblyEvaluator::evaluate(const Assembly &assembly) const
{
    AssemblyResult result;
    if (assembly.socket.itemNumber.isEmpty()) {
        result.errors.append(tr("No socket is given."));
        return result;
    }
    const auto socketPart = m_catalog.find(assembly.socket.itemNumber);
    if (!socketPart)
        result.errors.append(tr("%1 is not in the catalog.").arg(assembly.socket.itemNumber));
    std::optional<PartRecord> plugPart;
    if (!assembly.isSpareOutlet()) {
        plugPart = m_catalog.find(assembly.plug.itemNumber);
        if (!plugPart)
            result.errors.append(tr("%1 is not in the catalog.").arg(assembly.plug.itemNumber));
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

    LeverRules::apply(pool, rules, sides, assembly, result);
    for (const ResolvedSide &side : sides) {
        if (side.flying())
            StrainReliefRules::apply(pool, rules, side, assembly, result);
        if (side.mounting == QLatin1String("snap-in"))
            SnapInRules::apply(pool, rules, side, assembly, result);
        if (side.mounting != QLatin1String("pcb")) {
            ConductorCheck::apply(side.part, side.input.cable, &result.errors,
                                  &result.warnings, &result.notes);
        }
    }
    if (assembly.isSpareOutlet())
        CoverRules::applyLockoutCap(pool, rules, sides.at(0), assembly, result);
    OptionalAccessories::offer(pool, rules, sides, result);

    result.ratings = AssemblyRatings::lowest(parts, &result.notes);
    result.sharedApprovals = AssemblyRatings::shared(parts, &result.warnings);
    return result;
}

} // namespace cc
