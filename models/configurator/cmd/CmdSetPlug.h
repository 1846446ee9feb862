#pragma once

#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include <QCoreApplication>

namespace cc {

// Mates a plug with the socket, or (empty item number) leaves the socket
// unmated as a spare outlet.
class CmdSetPlug : public CmdAssemblyEdit
{
public:
    CmdSetPlug(AssemblyEditor *editor, const QString &itemNumber);
};

} // namespace cc
