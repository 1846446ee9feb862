#pragma once

#include "models/configurator/cmd/CmdAssemblyEdit.h"
#include "models/part/PartField.h"

#include <QCoreApplication>

namespace cc {

// Chooses among fitting accessories: the lever operation (attribute
// PartField::Operation) or the colour of an accessory kind (PartField::Colour).
// An empty value clears it.
class CmdSetChoice : public CmdAssemblyEdit
{
public:
    CmdSetChoice(AssemblyEditor *editor, const QString &kind, PartField attribute,
                 const QString &value);
};

} // namespace cc
