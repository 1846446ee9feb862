#include "models/rules/StrainReliefRules.h"

#include "models/part/NumberText.h"
#include "models/rules/AccessoryPool.h"
#include "models/rules/AccessoryRuleBook.h"
#include "models/rules/AccessorySelection.h"
#include "models/rules/RulesTr.h"

namespace cc {

namespace {

using Code = RuleMessage::Code;

const QString &housingKind()
{
    static const QString kind = QStringLiteral("strain_relief_housing");
    return kind;
}

QString odRanges(const QList<PartRecord> &housings)
{
    return AccessorySelection::rangesText(housings, PartField::CableOdMinMm,
                                          PartField::CableOdMaxMm,
                                          QStringLiteral("mm"));
}

QString reasonFor(const ResolvedSide &side)
{
    const QString secured = side.part.protectionTypeSecured();
    if (secured.isEmpty()) {
        return RulesTr::tr("A strain relief housing secures the cables of the flying "
                                     "%1 %2; the catalog does not state the protection it "
                                     "gives.")
            .arg(side.role, side.item());
    }
    return RulesTr::tr("A strain relief housing on the flying %1 %2 is needed for "
                                 "%3: %2 reaches it only when mated and secured with a strain "
                                 "relief housing.")
        .arg(side.role, side.item(), secured);
}

// Keeps the housings for the side's cable count: a housing for N cables
// takes 1 to N cables (rule R1), and the one for the fewest cables that
// takes them is used. An empty list means an error was reported.
QList<PartRecord> byCableCount(const QList<PartRecord> &housings, const ResolvedSide &side,
                               AssemblyResult &result)
{
    const auto count = side.input.cable.count;
    if (!count) {
        result.add(RuleMessage::warning(Code::CableCountNotGiven, side.side(), side.item(),
                                        RulesTr::tr("The number of cables at %1 is not "
                                                              "given: the housing's cable count "
                                                              "is not checked.")
                                            .arg(side.item()),
                                        {housingKind()}));
        return housings;
    }
    std::optional<int> fewest; // the fewest cables of a housing that takes them
    QList<PartRecord> notStated;
    QStringList counts; // as shown
    for (const PartRecord &housing : housings) {
        const auto takes = housing.cableCount();
        if (!takes)
            notStated.append(housing);
        else if (*takes >= *count && (!fewest || *takes < *fewest))
            fewest = takes;
        const QString text = takes ? QString::number(*takes) : RulesTr::tr("not stated");
        if (!counts.contains(text))
            counts.append(text);
    }
    if (fewest) {
        QList<PartRecord> kept;
        for (const PartRecord &housing : housings) {
            if (housing.cableCount() == fewest)
                kept.append(housing);
        }
        return kept;
    }
    if (!notStated.isEmpty()) {
        result.add(RuleMessage::warning(
            Code::HousingCableCountNotStated, side.side(), side.item(),
            RulesTr::tr("The catalog does not state how many cables the fitting strain "
                                  "relief housings for %1 take (%2): whether they hold %3 cable(s) "
                                  "is not known.")
                .arg(side.item(), AccessorySelection::itemNumbers(notStated).join(QStringLiteral(", ")))
                .arg(*count),
            {housingKind(), QString::number(*count)}));
        return notStated;
    }
    result.add(RuleMessage::error(Code::NoHousingForCableCount, side.side(), side.item(),
                                  RulesTr::tr("No strain relief housing for %1 takes %2 "
                                                        "cables: the fitting ones take %3.")
                                      .arg(side.item())
                                      .arg(*count)
                                      .arg(counts.join(QStringLiteral(", "))),
                                  {housingKind(), QString::number(*count)}));
    return {};
}

} // namespace

void StrainReliefRules::apply(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                              const ResolvedSide &side, const AssemblyChoices &choices,
                              AssemblyResult &result)
{
    const auto poles = side.part.poles();
    if (!poles) {
        result.add(RuleMessage::warning(Code::PolesNotStated, side.side(), side.item(),
                                        RulesTr::tr("The catalog does not state the pole count of %1: no "
                                           "strain relief housing can be matched to it.")
                                            .arg(side.item()),
                                        {housingKind()}));
        return;
    }
    QList<PartRecord> housings;
    for (const PartRecord &housing : pool.ofKind(housingKind())) {
        if (housing.poles() == poles)
            housings.append(housing);
    }
    if (housings.isEmpty()) {
        result.add(RuleMessage::error(Code::NoHousingForPoles, side.side(), side.item(),
                                      RulesTr::tr("The catalog holds no strain relief housing for the "
                                         "%1-pole %2.")
                                          .arg(*poles)
                                          .arg(side.item()),
                                      {housingKind()}));
        return;
    }
    const auto od = side.input.cable.outerDiameterMm;
    if (!od) {
        result.add(RuleMessage::warning(Code::CableDiameterNotGiven, side.side(), side.item(),
                                        RulesTr::tr("The cable outer diameter at %1 is not given: its "
                                           "strain relief housings take %2.")
                                            .arg(side.item(), odRanges(housings)),
                                        {housingKind()}));
    } else {
        QList<PartRecord> fitting;
        for (const PartRecord &housing : housings) {
            if (AccessorySelection::inRange(housing, PartField::CableOdMinMm,
                                            PartField::CableOdMaxMm, *od))
                fitting.append(housing);
        }
        if (fitting.isEmpty()) {
            result.add(RuleMessage::error(Code::NoHousingForCableDiameter, side.side(),
                                          side.item(),
                                          RulesTr::tr("No strain relief housing for %1 takes a cable of "
                                             "%2 mm: the %3-pole housings take %4.")
                                              .arg(side.item(), numberText(*od))
                                              .arg(*poles)
                                              .arg(odRanges(housings)),
                                          {housingKind(), QString::number(*od)}));
            return;
        }
        housings = fitting;
    }
    housings = byCableCount(housings, side, result);
    housings = AccessorySelection::choose(housings, housingKind(), PartField::Colour,
                                          choices.colourOf(housingKind()), result);
    if (housings.isEmpty())
        return;
    AssemblyItem item;
    item.kind = housingKind();
    item.side = side.role;
    item.candidates = AccessorySelection::itemNumbers(housings);
    rules.setQuantity(item, {QStringLiteral("flying_side"), 1, poles}, housings, result);
    item.reason = reasonFor(side);
    result.requiredItems.append(item);
}

} // namespace cc
