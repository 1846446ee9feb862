#pragma once

#include "models/project/ProjectAssembly.h"
#include "models/rules/AssemblyDefaults.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// A project: a name and the assemblies of one installation. Stored as a
// .ccproj file by ProjectFile.
class Project
{
public:
    QString name;
    // What decides the choices the user has not made in an assembly
    // (colours, lever operation). A file of format version 1 states none:
    // `defaultsStated` is then false and whoever opens it fills them in
    // from the Settings.
    AssemblyDefaults defaults;
    bool defaultsStated = false;
    QList<ProjectAssembly> assemblies;
    QJsonObject extra; // top-level keys this program does not know, kept on save

    // Every item number the project names (sockets, plugs, picks and
    // optional items), each once, in order of appearance.
    QStringList itemNumbers() const;

    bool operator==(const Project &other) const;
    bool operator!=(const Project &other) const { return !(*this == other); }
};

} // namespace cc
