#pragma once

#include "models/rules/AssemblyDefaults.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace cc {

class ProjectModel;

// Changes the project's properties, its name and its defaults (Project ▸
// Properties…), as one undo step.
class CmdEditProjectProperties : public QUndoCommand
{
public:
    CmdEditProjectProperties(ProjectModel *model, const QString &name,
                             const AssemblyDefaults &defaults);

    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    QString m_nameBefore;
    AssemblyDefaults m_defaultsBefore;
    QString m_name;
    AssemblyDefaults m_defaults;
};

} // namespace cc
