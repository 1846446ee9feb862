#include "EditAssemblyCommand.h"

#include "ProjectModel.h"

namespace cc {

EditAssemblyCommand::EditAssemblyCommand(ProjectModel *model, int row, const ProjectAssembly &changed,
                                         const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_row(row)
    , m_before(model->assembly(row))
    , m_after(changed)
{
}

void EditAssemblyCommand::redo()
{
    m_model->replaceAssembly(m_row, m_after);
}

void EditAssemblyCommand::undo()
{
    m_model->replaceAssembly(m_row, m_before);
}

} // namespace cc
