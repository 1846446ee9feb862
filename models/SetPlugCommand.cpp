#include "SetPlugCommand.h"

namespace cc {

SetPlugCommand::SetPlugCommand(AssemblyEditor *editor, const QString &itemNumber)
    : AssemblyCommand(editor)
{
    if (after().plug.itemNumber != itemNumber)
        after().plug.mounting.clear();
    after().plug.itemNumber = itemNumber;
    setText(itemNumber.isEmpty() ? tr("Make the socket a spare (not mated)")
                                 : tr("Set plug %1").arg(itemNumber));
    markObsoleteIfUnchanged();
}

} // namespace cc
