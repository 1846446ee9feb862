#pragma once

#include "models/project/ProjectItem.h"
#include "models/rules/Assembly.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc {

// One assembly of a project: what the configurator records (an Assembly)
// under a designation such as "X1" or "-XD3", how many of it the
// installation has, the items the user picked and notes. Keys of the
// project file this program does not know are kept here so that saving
// writes them back.
struct ProjectAssembly
{
    QString designation;
    int quantity = 1;
    Assembly assembly;
    QList<ProjectItem> chosenItems;   // picks among fitting accessories
    QList<ProjectItem> optionalItems; // optional accessories the user adds
    QString notes;

    QJsonObject extra;            // the assembly object
    QJsonObject socketExtra;      // the socket object
    QJsonObject plugExtra;        // the plug object
    QJsonObject socketCableExtra; // the socket's cable object
    QJsonObject plugCableExtra;   // the plug's cable object
    QJsonObject choicesExtra;     // the choices object

    bool operator==(const ProjectAssembly &other) const;
    bool operator!=(const ProjectAssembly &other) const { return !(*this == other); }
};

} // namespace cc
