#pragma once

#include "models/project/ProjectAssembly.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cc {

class ProjectModel;

// Replaces one assembly of a project (designation, quantity, or what the
// configurator made of it): one undo step.
class CmdEditAssembly : public QUndoCommand
{
public:
    CmdEditAssembly(ProjectModel *model, int row, const ProjectAssembly &changed, const QString &text);

    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_row;
    ProjectAssembly m_before;
    ProjectAssembly m_after;
};

} // namespace cc
