#include "models/project/Project.h"

namespace cc {

bool ProjectAssembly::operator==(const ProjectAssembly &other) const
{
    return designation == other.designation && quantity == other.quantity
        && assembly == other.assembly
        && chosenItems == other.chosenItems && optionalItems == other.optionalItems
        && notes == other.notes && extra == other.extra && socketExtra == other.socketExtra
        && plugExtra == other.plugExtra && socketCableExtra == other.socketCableExtra
        && plugCableExtra == other.plugCableExtra && choicesExtra == other.choicesExtra;
}

QStringList Project::itemNumbers() const
{
    QStringList items;
    const auto add = [&items](const QString &item) {
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    };
    for (const ProjectAssembly &entry : assemblies) {
        add(entry.assembly.socket.itemNumber);
        add(entry.assembly.plug.itemNumber);
        for (const ProjectItem &item : entry.chosenItems)
            add(item.itemNumber);
        for (const ProjectItem &item : entry.optionalItems)
            add(item.itemNumber);
    }
    return items;
}

bool Project::operator==(const Project &other) const
{
    // Whether the file stated the defaults says where they came from, not
    // what the project is.
    return name == other.name && defaults == other.defaults && assemblies == other.assemblies
        && extra == other.extra;
}

} // namespace cc
