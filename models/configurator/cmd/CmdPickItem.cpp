#include "models/configurator/cmd/CmdPickItem.h"

#include "models/configurator/AccessoryLines.h"
#include "models/configurator/AssemblyEditor.h"
#include "models/configurator/ConfiguratorTr.h"
#include "models/part/PartKinds.h"

namespace cc {

CmdPickItem::CmdPickItem(AssemblyEditor *editor, const AccessoryLine &line,
                         const QString &itemNumber)
    : CmdAssemblyEdit(editor)
{
    QList<ProjectItem> &entries = line.isRequired() ? afterChosen() : afterOptional();
    const int index = line.isRequired() ? line.chosenIndex : line.optionalIndex;
    if (index >= 0 && itemNumber.isEmpty()) {
        entries.removeAt(index);
    } else if (index >= 0) {
        ProjectItem &entry = entries[index];
        entry.itemNumber = itemNumber;
        if (entry.kind.isEmpty())
            entry.kind = line.kind;
        if (line.isRequired() && entry.side.isEmpty())
            entry.side = line.side;
    } else if (!itemNumber.isEmpty()) {
        ProjectItem entry;
        entry.itemNumber = itemNumber;
        entry.kind = line.kind;
        if (line.isRequired())
            entry.side = line.side;
        else
            entry.quantity = AccessoryLines::optionalQuantity(editor->result(), itemNumber);
        entries.append(entry);
    }
    const QString name = AccessoryLines::nameOf(line);
    if (!line.isRequired() && index < 0)
        setText(ConfiguratorTr::tr("Add %1 %2").arg(PartKinds::label(line.kind), itemNumber));
    else if (itemNumber.isEmpty())
        setText(ConfiguratorTr::tr("Clear the choice of %1").arg(name));
    else
        setText(ConfiguratorTr::tr("Choose %1 as %2").arg(itemNumber, name));
    markObsoleteIfUnchanged();
}

} // namespace cc
