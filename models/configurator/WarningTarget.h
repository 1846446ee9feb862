#pragma once

#include "models/configurator/cmd/CmdSetSideInput.h"
#include "models/part/PartField.h"

#include <QString>

namespace cc {

// The control that resolves a warning of the configurator: an input of a
// side (the cable diameter of the socket side, ...), a choice among
// fitting accessories (the colour of the locking levers), or the item or
// quantity of a line of the parts table. None: nothing the user enters
// resolves it (the catalog's data are missing).
struct WarningTarget
{
    enum class Kind { None, SideInput, Choice, LineItem, LineQuantity };

    Kind kind = Kind::None;
    CmdSetSideInput::Side side = CmdSetSideInput::Side::Socket; // SideInput
    CmdSetSideInput::Input input = CmdSetSideInput::Input::Mounting; // SideInput
    QString choiceKind; // Choice: the accessory kind
    PartField attribute = PartField::Colour; // Choice: Colour or Operation
    int line = -1; // LineItem, LineQuantity: the line's index

    bool resolvable() const { return kind != Kind::None; }

    static WarningTarget sideInput(CmdSetSideInput::Side side, CmdSetSideInput::Input input)
    {
        WarningTarget target;
        target.kind = Kind::SideInput;
        target.side = side;
        target.input = input;
        return target;
    }
    static WarningTarget choice(const QString &kind, PartField attribute)
    {
        WarningTarget target;
        target.kind = Kind::Choice;
        target.choiceKind = kind;
        target.attribute = attribute;
        return target;
    }
    static WarningTarget ofLine(Kind kind, int line)
    {
        WarningTarget target;
        target.kind = kind;
        target.line = line;
        return target;
    }
};

} // namespace cc
