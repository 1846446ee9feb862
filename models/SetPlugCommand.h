#pragma once

#include "AssemblyCommand.h"

#include <QCoreApplication>

namespace cc {

// Mates a plug with the socket, or (empty item number) leaves the socket
// unmated as a spare outlet.
class SetPlugCommand : public AssemblyCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPlugCommand)

public:
    SetPlugCommand(AssemblyEditor *editor, const QString &itemNumber);
};

} // namespace cc
