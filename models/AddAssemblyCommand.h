#pragma once

#include "ProjectAssembly.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cc {

class ProjectModel;

// Inserts an assembly into a project (add or duplicate): one undo step.
class AddAssemblyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAssemblyCommand)

public:
    AddAssemblyCommand(ProjectModel *model, int row, const ProjectAssembly &assembly, const QString &text);

    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_row;
    ProjectAssembly m_assembly;
};

} // namespace cc
