#include "RemoveAssemblyCommand.h"

#include "ProjectModel.h"

namespace cc {

RemoveAssemblyCommand::RemoveAssemblyCommand(ProjectModel *model, int row)
    : m_model(model)
    , m_row(row)
    , m_assembly(model->assembly(row))
{
    setText(tr("Delete %1").arg(m_assembly.designation));
}

void RemoveAssemblyCommand::redo()
{
    m_model->removeAssembly(m_row);
}

void RemoveAssemblyCommand::undo()
{
    m_model->insertAssembly(m_row, m_assembly);
}

} // namespace cc
