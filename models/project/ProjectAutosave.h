#pragma once

#include "models/project/Project.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace cc {

// Autosaved copies of projects in one folder (by default "autosave" in
// QStandardPaths::AppDataLocation), one per project file, named by a hash
// of its path ("untitled.ccproj" for a project not saved yet).
class ProjectAutosave
{
public:
    ProjectAutosave();
    explicit ProjectAutosave(const QString &folder);

    QString folder() const { return m_folder; }
    QString pathFor(const QString &projectPath) const;
    // Writes the copy atomically; the error, if any.
    std::optional<QString> write(const Project &project, const QString &projectPath) const;
    void remove(const QString &projectPath) const;
    // The copy of `projectPath` when there is one newer than the file (or
    // the file is gone); else empty.
    QString recoverable(const QString &projectPath) const;

private:
    QString m_folder;
};

} // namespace cc
