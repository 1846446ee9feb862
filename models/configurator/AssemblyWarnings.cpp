#include "models/configurator/AssemblyWarnings.h"

#include "models/configurator/AccessoryLines.h"
#include "models/configurator/ConfiguratorTr.h"
#include "models/part/PartFields.h"

namespace cc {

namespace {

using Code = RuleMessage::Code;
using Input = CmdSetSideInput::Input;

QString lineName(const AccessoryLine &line)
{
    return AccessoryLines::nameOf(line);
}

std::optional<Input> inputOf(Code code)
{
    switch (code) {
    case Code::MountingNotGiven:
    case Code::MountedSetAsFlying:
    case Code::LeverNeedNotKnown:
        return Input::Mounting;
    case Code::CableDiameterNotGiven:
    case Code::NoHousingForCableDiameter:
        return Input::CableDiameter;
    case Code::CableCountNotGiven:
    case Code::NoHousingForCableCount:
        return Input::CableCount;
    case Code::PanelThicknessNotGiven:
    case Code::PanelOutOfRange:
    case Code::NoSnapInFrameForPanel:
        return Input::PanelThickness;
    case Code::ConductorClassNotGiven:
        return Input::ConductorClass;
    case Code::CrossSectionNotGiven:
    case Code::ConductorOutOfRange:
        return Input::CrossSection;
    default:
        return std::nullopt;
    }
}

void addLineWarnings(const QList<AccessoryLine> &lines, QList<AssemblyWarning> &warnings)
{
    using Kind = WarningTarget::Kind;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const AccessoryLine &line = lines.at(i);
        if (!line.included)
            continue;
        const QString candidates = line.candidates.join(QStringLiteral(", "));
        if (!line.hasItem()) {
            warnings.append({ AssemblyWarning::Severity::Warning,
                              ConfiguratorTr::tr("No %1 is chosen: choose one of %2.")
                                  .arg(lineName(line), candidates),
                              WarningTarget::ofLine(Kind::LineItem, int(i)) });
        } else if (!line.pickFits()) {
            warnings.append({ AssemblyWarning::Severity::Warning,
                              ConfiguratorTr::tr(
                                  "%1, chosen as %2, is not one of the fitting items: choose one "
                                  "of %3.")
                                  .arg(line.itemNumber, lineName(line), candidates),
                              WarningTarget::ofLine(Kind::LineItem, int(i)) });
        } else if (line.isRequired()
                   && line.quantityFrom == AccessoryLine::QuantityFrom::NotStated) {
            warnings.append(
                { AssemblyWarning::Severity::Warning,
                  ConfiguratorTr::tr("The catalog does not state the quantity of %1 (%2): enter "
                                     "it.")
                      .arg(lineName(line), line.itemNumber),
                  WarningTarget::ofLine(Kind::LineQuantity, int(i)) });
        }
    }
}

} // namespace

WarningTarget AssemblyWarnings::targetOf(const RuleMessage &message)
{
    if (message.code == Code::ChoiceNotAvailable && message.details.size() >= 2) {
        const PartField attribute = message.details.at(1) == PartFields::key(PartField::Operation)
            ? PartField::Operation
            : PartField::Colour;
        return WarningTarget::choice(message.details.at(0), attribute);
    }
    const std::optional<Input> input = inputOf(message.code);
    if (!input
        || (message.side != RuleMessage::Side::Socket && message.side != RuleMessage::Side::Plug))
        return {};
    return WarningTarget::sideInput(message.side == RuleMessage::Side::Socket
                                        ? CmdSetSideInput::Side::Socket
                                        : CmdSetSideInput::Side::Plug,
                                    *input);
}

QList<AssemblyWarning> AssemblyWarnings::of(const AssemblyResult &result,
                                            const QList<AccessoryLine> &lines)
{
    QList<AssemblyWarning> warnings;
    for (const RuleMessage &message : result.messages) {
        const bool sideError = message.severity == RuleMessage::Severity::Error
            && (message.side == RuleMessage::Side::Socket
                || message.side == RuleMessage::Side::Plug);
        if (message.severity == RuleMessage::Severity::Note || sideError)
            continue;
        warnings.append({ message.severity == RuleMessage::Severity::Error
                              ? AssemblyWarning::Severity::Error
                              : AssemblyWarning::Severity::Warning,
                          message.text, targetOf(message) });
    }
    addLineWarnings(lines, warnings);
    return warnings;
}

} // namespace cc
