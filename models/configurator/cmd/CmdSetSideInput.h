#pragma once

#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include <QCoreApplication>
#include <QVariant>

namespace cc {

// Changes one input of one side (mounting, cable, conductor, panel). Edits
// of the same input follow each other merge into one step, so that a spin
// box stepped ten times is undone at once.
class CmdSetSideInput : public CmdAssemblyEdit
{
public:
    enum class Side { Socket, Plug };
    enum class Input { Mounting, CableDiameter, CableCount, ConductorClass, CrossSection, PanelThickness };

    // `value`: a null QVariant clears the input ("not given").
    CmdSetSideInput(AssemblyEditor *editor, Side side, Input input, const QVariant &value);

    int id() const override { return 6001; }
    bool mergeWith(const QUndoCommand *other) override;

    static void applyTo(Assembly::Side &side, Input input, const QVariant &value);
    static QString inputName(Input input);

private:
    void updateText();

    Side m_side;
    Input m_input;
    QVariant m_value;
};

} // namespace cc
