#include "AddAssemblyCommand.h"

#include "ProjectModel.h"

namespace cc {

AddAssemblyCommand::AddAssemblyCommand(ProjectModel *model, int row, const ProjectAssembly &assembly,
                                       const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_row(row)
    , m_assembly(assembly)
{
}

void AddAssemblyCommand::redo()
{
    m_model->insertAssembly(m_row, m_assembly);
}

void AddAssemblyCommand::undo()
{
    m_model->removeAssembly(m_row);
}

} // namespace cc
