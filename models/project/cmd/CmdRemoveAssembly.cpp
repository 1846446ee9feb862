#include "models/project/cmd/CmdRemoveAssembly.h"

#include "models/project/ProjectModel.h"
#include "models/project/ProjectTr.h"

namespace cc {

CmdRemoveAssembly::CmdRemoveAssembly(ProjectModel *model, int row)
    : m_model(model)
    , m_row(row)
    , m_assembly(model->assembly(row))
{
    setText(ProjectTr::tr("Delete %1").arg(m_assembly.designation));
}

void CmdRemoveAssembly::redo()
{
    m_model->removeAssembly(m_row);
}

void CmdRemoveAssembly::undo()
{
    m_model->insertAssembly(m_row, m_assembly);
}

} // namespace cc
