#include "models/project/cmd/CmdMoveAssembly.h"

#include "models/project/ProjectModel.h"
#include "models/project/ProjectTr.h"

namespace cc {

CmdMoveAssembly::CmdMoveAssembly(ProjectModel *model, int from, int to)
    : m_model(model)
    , m_from(from)
    , m_to(to)
{
    setText(to < from ? ProjectTr::tr("Move %1 up").arg(model->assembly(from).designation)
                      : ProjectTr::tr("Move %1 down").arg(model->assembly(from).designation));
}

void CmdMoveAssembly::redo()
{
    m_model->moveAssembly(m_from, m_to);
}

void CmdMoveAssembly::undo()
{
    m_model->moveAssembly(m_to, m_from);
}

} // namespace cc
