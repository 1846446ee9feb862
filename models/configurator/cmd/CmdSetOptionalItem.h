#pragma once

#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include <QCoreApplication>

namespace cc {

// Adds an optional accessory to the assembly or takes it away. An added one
// gets the quantity the rules give, else one per assembly (the default);
// one already there keeps its quantity.
class CmdSetOptionalItem : public CmdAssemblyEdit
{
public:
    CmdSetOptionalItem(AssemblyEditor *editor, const QString &itemNumber, const QString &kind,
                       bool included);
};

} // namespace cc
