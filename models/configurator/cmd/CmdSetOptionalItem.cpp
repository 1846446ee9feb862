#include "models/configurator/cmd/CmdSetOptionalItem.h"

#include "models/configurator/AccessoryLines.h"
#include "models/configurator/AssemblyEditor.h"
#include "models/configurator/ConfiguratorTr.h"
#include "models/part/PartKinds.h"

namespace cc {

CmdSetOptionalItem::CmdSetOptionalItem(AssemblyEditor *editor, const QString &itemNumber,
                                       const QString &kind, bool included)
    : CmdAssemblyEdit(editor)
{
    QList<ProjectItem> &items = afterOptional();
    const bool there = afterState().optionalItemNumbers().contains(itemNumber);
    if (!included) {
        items.removeIf(
            [&itemNumber](const ProjectItem &item) { return item.itemNumber == itemNumber; });
    } else if (!there) {
        // Never without a quantity: the rules', else one per assembly.
        ProjectItem item;
        item.itemNumber = itemNumber;
        item.kind = kind;
        item.quantity = AccessoryLines::optionalQuantity(editor->result(), itemNumber);
        items.append(item);
    }
    const QString name = PartKinds::label(kind);
    setText(included ? ConfiguratorTr::tr("Add %1 %2").arg(name, itemNumber)
                     : ConfiguratorTr::tr("Remove %1 %2").arg(name, itemNumber));
    markObsoleteIfUnchanged();
}

} // namespace cc
