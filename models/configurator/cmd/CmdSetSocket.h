#pragma once

#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include <QCoreApplication>

namespace cc {

// Starts the assembly from a socket: the plug and the inputs of the plug
// side are cleared, and so are the picks and the optional accessories;
// the socket side's inputs are kept.
class CmdSetSocket : public CmdAssemblyEdit
{
public:
    CmdSetSocket(AssemblyEditor *editor, const QString &itemNumber);
};

} // namespace cc
