#include "models/configurator/cmd/CmdSetSideInput.h"

#include "models/configurator/ConfiguratorTr.h"
#include "models/part/NumberText.h"

namespace cc {

namespace {

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

CmdSetSideInput::CmdSetSideInput(AssemblyEditor *editor, Side side, Input input,
                                         const QVariant &value)
    : CmdAssemblyEdit(editor)
    , m_side(side)
    , m_input(input)
    , m_value(value)
{
    applyTo(m_side == Side::Socket ? after().socket : after().plug, m_input, m_value);
    updateText();
    markObsoleteIfUnchanged();
}

void CmdSetSideInput::applyTo(Assembly::Side &side, Input input, const QVariant &value)
{
    switch (input) {
    case Input::Mounting:
        side.mounting = value.isNull() ? QString() : value.toString();
        break;
    case Input::CableDiameter:
        side.cable.outerDiameterMm = optionalDouble(value);
        break;
    case Input::CableCount:
        side.cable.count = value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
        break;
    case Input::ConductorClass:
        side.cable.conductorClass = value.isNull() ? QString() : value.toString();
        break;
    case Input::CrossSection:
        side.cable.crossSectionMm2 = optionalDouble(value);
        break;
    case Input::PanelThickness:
        side.panelThicknessMm = optionalDouble(value);
        break;
    }
}

QString CmdSetSideInput::inputName(Input input)
{
    switch (input) {
    case Input::Mounting:
        return ConfiguratorTr::tr("mounting");
    case Input::CableDiameter:
        return ConfiguratorTr::tr("cable diameter");
    case Input::CableCount:
        return ConfiguratorTr::tr("cable count");
    case Input::ConductorClass:
        return ConfiguratorTr::tr("conductor class");
    case Input::CrossSection:
        return ConfiguratorTr::tr("conductor cross-section");
    case Input::PanelThickness:
        return ConfiguratorTr::tr("panel thickness");
    }
    return {};
}

void CmdSetSideInput::updateText()
{
    const QString name = inputName(m_input);
    const QString side = m_side == Side::Socket ? ConfiguratorTr::tr("socket side") : ConfiguratorTr::tr("plug side");
    if (m_value.isNull()) {
        setText(ConfiguratorTr::tr("Clear %1 of %2").arg(name, side));
        return;
    }
    QString value = m_value.toString();
    if (m_input == Input::CableDiameter || m_input == Input::PanelThickness)
        value = ConfiguratorTr::tr("%1 mm").arg(numberText(m_value.toDouble()));
    else if (m_input == Input::CrossSection)
        value = ConfiguratorTr::tr("%1 mm²").arg(numberText(m_value.toDouble()));
    setText(ConfiguratorTr::tr("Set %1 of %2 to %3").arg(name, side, value));
}

bool CmdSetSideInput::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const CmdSetSideInput *>(other);
    if (!next || next->m_side != m_side || next->m_input != m_input)
        return false;
    m_value = next->m_value;
    afterState() = next->afterState();
    updateText();
    markObsoleteIfUnchanged();
    return true;
}

} // namespace cc
