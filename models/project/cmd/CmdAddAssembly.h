#pragma once

#include "models/project/ProjectAssembly.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cc {

class ProjectModel;

// Inserts an assembly into a project (add or duplicate): one undo step.
class CmdAddAssembly : public QUndoCommand
{
public:
    CmdAddAssembly(ProjectModel *model, int row, const ProjectAssembly &assembly, const QString &text);

    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_row;
    ProjectAssembly m_assembly;
};

} // namespace cc
