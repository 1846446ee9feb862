#include "models/configurator/cmd/CmdSetOptionalItem.h"

#include "models/configurator/cmd/CmdSetChoice.h"
#include "models/configurator/ConfiguratorTr.h"
#include "models/part/PartKinds.h"

namespace cc {

CmdSetOptionalItem::CmdSetOptionalItem(AssemblyEditor *editor, const QString &itemNumber,
                                               const QString &kind, bool included)
    : CmdAssemblyEdit(editor)
{
    QStringList &items = afterOptional();
    items.removeAll(itemNumber);
    if (included)
        items.append(itemNumber);
    const QString name = PartKinds::label(kind);
    setText(included ? ConfiguratorTr::tr("Add %1 %2").arg(name, itemNumber)
                     : ConfiguratorTr::tr("Remove %1 %2").arg(name, itemNumber));
    markObsoleteIfUnchanged();
}

} // namespace cc
