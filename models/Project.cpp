#include "Project.h"

namespace cc {

namespace {

bool sameCable(const Assembly::Cable &a, const Assembly::Cable &b)
{
    return a.outerDiameterMm == b.outerDiameterMm && a.count == b.count
        && a.conductorClass == b.conductorClass && a.crossSectionMm2 == b.crossSectionMm2;
}

bool sameSide(const Assembly::Side &a, const Assembly::Side &b)
{
    return a.itemNumber == b.itemNumber && a.mounting == b.mounting && sameCable(a.cable, b.cable)
        && a.panelThicknessMm == b.panelThicknessMm;
}

} // namespace

bool ProjectAssembly::operator==(const ProjectAssembly &other) const
{
    const Assembly &a = assembly;
    const Assembly &b = other.assembly;
    return designation == other.designation && quantity == other.quantity
        && sameSide(a.socket, b.socket) && sameSide(a.plug, b.plug)
        && a.leverOperation == b.leverOperation && a.colours == b.colours
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
    return name == other.name && assemblies == other.assemblies && extra == other.extra;
}

} // namespace cc
