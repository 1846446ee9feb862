#pragma once

#include "models/project/ProjectAssembly.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cc {

class ProjectModel;

// Moves an assembly up or down the project's list: one undo step.
class CmdMoveAssembly : public QUndoCommand
{
public:
    CmdMoveAssembly(ProjectModel *model, int from, int to);

    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_from;
    int m_to;
};

} // namespace cc
