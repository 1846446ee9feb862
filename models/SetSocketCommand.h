#pragma once

#include "AssemblyCommand.h"

#include <QCoreApplication>

namespace cc {

// Starts the assembly from a socket: the plug and the inputs of the plug
// side are cleared, the socket side's inputs are kept.
class SetSocketCommand : public AssemblyCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSocketCommand)

public:
    SetSocketCommand(AssemblyEditor *editor, const QString &itemNumber);
};

} // namespace cc
