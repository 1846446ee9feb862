#include "models/rules/ConductorCheck.h"

#include "models/part/ConductorClasses.h"
#include "models/part/NumberText.h"
#include "models/rules/RulesTr.h"

namespace cc {

namespace {

using Code = RuleMessage::Code;

QString mm2(double value)
{
    return numberText(value) + QStringLiteral(" mm²");
}

QString rangeText(const ConductorRangeRecord &range)
{
    if (range.minMm2 && range.maxMm2) {
        if (*range.minMm2 == *range.maxMm2)
            return mm2(*range.minMm2);
        return numberText(*range.minMm2) + QStringLiteral(" ... ") + mm2(*range.maxMm2);
    }
    if (range.minMm2)
        return RulesTr::tr("from %1").arg(mm2(*range.minMm2));
    if (range.maxMm2)
        return RulesTr::tr("up to %1").arg(mm2(*range.maxMm2));
    return RulesTr::tr("not stated");
}

void noteStripLength(const ResolvedSide &side, AssemblyResult &result)
{
    const PartRecord &part = side.part;
    const auto strip = part.stripLengthMm();
    if (strip) {
        result.add(RuleMessage::note(Code::StripLength, side.side(), side.item(),
                                     RulesTr::tr("Strip length for %1: %2 mm.")
                                         .arg(part.itemNumber(), numberText(*strip))));
    } else {
        result.add(RuleMessage::note(Code::StripLengthNotStated, side.side(), side.item(),
                                     RulesTr::tr("The catalog does not state the strip "
                                                        "length of %1.")
                                         .arg(part.itemNumber())));
    }
}

} // namespace

void ConductorCheck::apply(const ResolvedSide &side, AssemblyResult &result)
{
    const PartRecord &part = side.part;
    const Assembly::Cable &cable = side.input.cable;
    const QString item = part.itemNumber();
    const RuleMessage::Side at = side.side();
    noteStripLength(side, result);
    if (cable.conductorClass.isEmpty() && !cable.crossSectionMm2)
        return;
    if (cable.conductorClass.isEmpty()) {
        result.add(RuleMessage::warning(Code::ConductorClassNotGiven, at, item,
                                        RulesTr::tr("The conductor class for %1 is not given: its "
                                           "conductor range cannot be checked.")
                                            .arg(item)));
        return;
    }
    const QString conductorClass = cable.conductorClass;
    const QString label = ConductorClasses::table().label(cable.conductorClass);
    const ConductorRangeRecord *range = nullptr;
    for (const ConductorRangeRecord &candidate : part.conductorRanges) {
        if (candidate.conductorClass == cable.conductorClass)
            range = &candidate;
    }
    if (!range) {
        result.add(RuleMessage::warning(Code::ConductorRangeNotStated, at, item,
                                        RulesTr::tr("The catalog states no range of %1 for a %2: whether "
                                           "it takes one is not known.")
                                            .arg(item, label),
                                        {conductorClass}));
        return;
    }
    if (!cable.crossSectionMm2) {
        result.add(RuleMessage::warning(Code::CrossSectionNotGiven, at, item,
                                        RulesTr::tr("The conductor cross-section for %1 is not given: %2 "
                                           "takes %3 for a %4.")
                                            .arg(item, item, rangeText(*range), label),
                                        {conductorClass}));
        return;
    }
    const double section = *cable.crossSectionMm2;
    const bool below = range->minMm2 && section < *range->minMm2 - 1e-9;
    const bool above = range->maxMm2 && section > *range->maxMm2 + 1e-9;
    if (below || above) {
        result.add(RuleMessage::error(Code::ConductorOutOfRange, at, item,
                                      RulesTr::tr("A %1 %2 is outside the range of %3 for this conductor "
                                         "class (%4).")
                                          .arg(mm2(section), label, item, rangeText(*range)),
                                      {conductorClass, QString::number(section)}));
        return;
    }
    if (!range->minMm2 || !range->maxMm2) {
        result.add(RuleMessage::warning(Code::ConductorRangePartlyStated, at, item,
                                        RulesTr::tr("The range of %1 for a %2 is stated only in part "
                                           "(%3): a %4 conductor cannot be fully checked.")
                                            .arg(item, label, rangeText(*range), mm2(section)),
                                        {conductorClass, QString::number(section)}));
        return;
    }
    result.add(RuleMessage::note(Code::ConductorFits, at, item,
                                 RulesTr::tr("A %1 %2 fits %3 (%4).")
                                     .arg(mm2(section), label, item, rangeText(*range)),
                                 {conductorClass, QString::number(section)}));
}

} // namespace cc
