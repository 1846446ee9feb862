#include "models/configurator/cmd/CmdSetPlug.h"

#include "models/configurator/ConfiguratorTr.h"

namespace cc {

CmdSetPlug::CmdSetPlug(AssemblyEditor *editor, const QString &itemNumber)
    : CmdAssemblyEdit(editor)
{
    if (after().plug.itemNumber != itemNumber)
        after().plug.mounting.clear();
    after().plug.itemNumber = itemNumber;
    setText(itemNumber.isEmpty() ? ConfiguratorTr::tr("Make the socket a spare (not mated)")
                                 : ConfiguratorTr::tr("Set plug %1").arg(itemNumber));
    markObsoleteIfUnchanged();
}

} // namespace cc
