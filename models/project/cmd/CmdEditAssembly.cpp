#include "models/project/cmd/CmdEditAssembly.h"

#include "models/project/ProjectModel.h"

namespace cc {

CmdEditAssembly::CmdEditAssembly(ProjectModel *model, int row, const ProjectAssembly &changed,
                                         const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_row(row)
    , m_before(model->assembly(row))
    , m_after(changed)
{
}

void CmdEditAssembly::redo()
{
    m_model->replaceAssembly(m_row, m_after);
}

void CmdEditAssembly::undo()
{
    m_model->replaceAssembly(m_row, m_before);
}

} // namespace cc
