#include "SetSocketCommand.h"

namespace cc {

SetSocketCommand::SetSocketCommand(AssemblyEditor *editor, const QString &itemNumber)
    : AssemblyCommand(editor)
{
    after().socket.itemNumber = itemNumber;
    after().socket.mounting.clear();
    after().plug = Assembly::Side();
    afterOptional().clear();
    setText(tr("Set socket %1").arg(itemNumber));
    markObsoleteIfUnchanged();
}

} // namespace cc
