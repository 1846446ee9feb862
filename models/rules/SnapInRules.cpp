#include "models/rules/SnapInRules.h"

#include "models/part/NumberText.h"
#include "models/part/PartKinds.h"
#include "models/rules/AccessoryPool.h"
#include "models/rules/AccessoryRuleBook.h"
#include "models/rules/AccessorySelection.h"
#include "models/rules/RulesTr.h"

namespace cc {

namespace {

using Code = RuleMessage::Code;

const QString &frameKind()
{
    static const QString kind = QStringLiteral("snap_in_frame");
    return kind;
}

constexpr PartField minField()
{
    return PartField::PanelThicknessMinMm;
}

constexpr PartField maxField()
{
    return PartField::PanelThicknessMaxMm;
}

QString mm(double value)
{
    return numberText(value) + QStringLiteral(" mm");
}

// A snap-in version: its own panel range, no frame.
void checkOwnRange(const ResolvedSide &side, AssemblyResult &result)
{
    const auto min = side.part.number(minField());
    const auto max = side.part.number(maxField());
    const auto thickness = side.input.panelThicknessMm;
    const QString range = AccessorySelection::rangeText(min, max, QStringLiteral("mm"));
    if (!min && !max) {
        result.add(RuleMessage::note(Code::PanelRangeNotStated, side.side(), side.item(),
                                     RulesTr::tr("The catalog does not state the panel "
                                                     "thickness range of %1.")
                                         .arg(side.item())));
        return;
    }
    if (!thickness) {
        result.add(RuleMessage::warning(Code::PanelThicknessNotGiven, side.side(), side.item(),
                                        RulesTr::tr("The panel thickness for %1 is not "
                                                        "given: it takes %2.")
                                            .arg(side.item(), range)));
        return;
    }
    if (!AccessorySelection::inRange(side.part, minField(), maxField(), *thickness)) {
        result.add(RuleMessage::error(Code::PanelOutOfRange, side.side(), side.item(),
                                      RulesTr::tr("A panel of %1 is outside the range of %2 "
                                                      "(%3).")
                                          .arg(mm(*thickness), side.item(), range),
                                      {QString::number(*thickness)}));
        return;
    }
    result.add(RuleMessage::note(Code::PanelFits, side.side(), side.item(),
                                 RulesTr::tr("A panel of %1 fits %2 (%3).")
                                     .arg(mm(*thickness), side.item(), range),
                                 {QString::number(*thickness)}));
}

} // namespace

void SnapInRules::apply(const AccessoryPool &pool, const AccessoryRuleBook &rules,
                        const ResolvedSide &side, const AssemblyChoices &choices,
                        AssemblyResult &result)
{
    const PartRecord &part = side.part;
    if (PartKinds::isSnapIn(part.kind())
        || part.mounting() == QLatin1String("snap-in")) {
        checkOwnRange(side, result);
        return;
    }
    const auto poles = part.poles();
    if (!poles) {
        result.add(RuleMessage::warning(Code::PolesNotStated, side.side(), side.item(),
                                        RulesTr::tr("The catalog does not state the pole count of %1: no "
                                           "snap-in frame can be matched to it.")
                                            .arg(side.item()),
                                        {frameKind()}));
        return;
    }
    QList<PartRecord> frames;
    for (const PartRecord &frame : pool.ofKind(frameKind())) {
        if (frame.poles() == poles)
            frames.append(frame);
    }
    if (frames.isEmpty()) {
        result.add(RuleMessage::error(Code::NoSnapInFrame, side.side(), side.item(),
                                      RulesTr::tr("%1 is not a snap-in version and needs a snap-in frame "
                                         "for snap-in mounting, but the catalog holds none for "
                                         "%2 poles.")
                                          .arg(side.item())
                                          .arg(*poles),
                                      {frameKind()}));
        return;
    }
    const QString ranges =
        AccessorySelection::rangesText(frames, minField(), maxField(), QStringLiteral("mm"));
    const auto thickness = side.input.panelThicknessMm;
    if (!thickness) {
        result.add(RuleMessage::warning(Code::PanelThicknessNotGiven, side.side(), side.item(),
                                        RulesTr::tr("The panel thickness for %1 is not given: its snap-in "
                                           "frames take %2.")
                                            .arg(side.item(), ranges),
                                        {frameKind()}));
    } else {
        QList<PartRecord> fitting;
        for (const PartRecord &frame : frames) {
            if (AccessorySelection::inRange(frame, minField(), maxField(), *thickness))
                fitting.append(frame);
        }
        if (fitting.isEmpty()) {
            result.add(RuleMessage::error(Code::NoSnapInFrameForPanel, side.side(), side.item(),
                                          RulesTr::tr("No snap-in frame for %1 takes a panel of %2: the "
                                             "frames take %3.")
                                              .arg(side.item(), mm(*thickness), ranges),
                                          {frameKind(), QString::number(*thickness)}));
            return;
        }
        frames = fitting;
    }
    frames = AccessorySelection::choose(frames, frameKind(), PartField::Colour,
                                        choices.colourOf(frameKind()), result);
    if (frames.isEmpty())
        return;
    AssemblyItem item;
    item.kind = frameKind();
    item.side = side.role;
    item.candidates = AccessorySelection::itemNumbers(frames);
    rules.setQuantity(item, {QStringLiteral("snap_in_side"), 1, poles}, frames, result);
    item.reason = RulesTr::tr("%1 is not a snap-in version: a snap-in frame holds it in the panel.")
                      .arg(side.item());
    result.requiredItems.append(item);
}

} // namespace cc
