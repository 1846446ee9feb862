#include "models/project/cmd/CmdAddAssembly.h"

#include "models/project/ProjectModel.h"

namespace cc {

CmdAddAssembly::CmdAddAssembly(ProjectModel *model, int row, const ProjectAssembly &assembly,
                                       const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_row(row)
    , m_assembly(assembly)
{
}

void CmdAddAssembly::redo()
{
    m_model->insertAssembly(m_row, m_assembly);
}

void CmdAddAssembly::undo()
{
    m_model->removeAssembly(m_row);
}

} // namespace cc
