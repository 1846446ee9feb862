#pragma once

#include "models/project/ProjectAssembly.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cc {

class ProjectModel;

// Deletes an assembly from a project: one undo step.
class CmdRemoveAssembly : public QUndoCommand
{
public:
    CmdRemoveAssembly(ProjectModel *model, int row);

    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_row;
    ProjectAssembly m_assembly;
};

} // namespace cc
