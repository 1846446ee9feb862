#include "models/configurator/cmd/CmdSetSocket.h"

#include "models/configurator/ConfiguratorTr.h"

namespace cc {

CmdSetSocket::CmdSetSocket(AssemblyEditor *editor, const QString &itemNumber)
    : CmdAssemblyEdit(editor)
{
    after().socket.itemNumber = itemNumber;
    after().socket.mounting.clear();
    after().plug = Assembly::Side();
    afterOptional().clear();
    afterChosen().clear();
    setText(ConfiguratorTr::tr("Set socket %1").arg(itemNumber));
    markObsoleteIfUnchanged();
}

} // namespace cc
