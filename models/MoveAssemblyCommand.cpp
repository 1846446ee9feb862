#include "MoveAssemblyCommand.h"

#include "ProjectModel.h"

namespace cc {

MoveAssemblyCommand::MoveAssemblyCommand(ProjectModel *model, int from, int to)
    : m_model(model)
    , m_from(from)
    , m_to(to)
{
    setText(to < from ? tr("Move %1 up").arg(model->assembly(from).designation)
                      : tr("Move %1 down").arg(model->assembly(from).designation));
}

void MoveAssemblyCommand::redo()
{
    m_model->moveAssembly(m_from, m_to);
}

void MoveAssemblyCommand::undo()
{
    m_model->moveAssembly(m_to, m_from);
}

} // namespace cc
