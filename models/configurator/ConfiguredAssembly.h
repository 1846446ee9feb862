#pragma once

#include "models/project/ProjectItem.h"
#include "models/rules/Assembly.h"

#include <QList>
#include <QStringList>

namespace cc {

// What the configurator edits: the assembly (sides, inputs, colour and
// operation choices), the user's picks among fitting accessories and their
// quantities (`choices.items` of a project file: item, kind, side,
// quantity), and the optional accessories ticked, each with its quantity.
// An undo step holds it before and after.
struct ConfiguredAssembly
{
    Assembly assembly;
    QList<ProjectItem> chosenItems;
    QList<ProjectItem> optionalItems;

    QStringList optionalItemNumbers() const
    {
        QStringList items;
        for (const ProjectItem &item : optionalItems)
            items << item.itemNumber;
        return items;
    }

    bool operator==(const ConfiguredAssembly &other) const
    {
        return assembly == other.assembly && chosenItems == other.chosenItems
            && optionalItems == other.optionalItems;
    }
    bool operator!=(const ConfiguredAssembly &other) const { return !(*this == other); }
};

} // namespace cc
