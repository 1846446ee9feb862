#include "SetOptionalItemCommand.h"

#include "SetChoiceCommand.h"

namespace cc {

SetOptionalItemCommand::SetOptionalItemCommand(AssemblyEditor *editor, const QString &itemNumber,
                                               const QString &kind, bool included)
    : AssemblyCommand(editor)
{
    QStringList &items = afterOptional();
    items.removeAll(itemNumber);
    if (included)
        items.append(itemNumber);
    const QString name = SetChoiceCommand::kindName(kind);
    setText(included ? tr("Add %1 %2").arg(name, itemNumber)
                     : tr("Remove %1 %2").arg(name, itemNumber));
    markObsoleteIfUnchanged();
}

} // namespace cc
