#include "models/project/cmd/CmdEditProjectProperties.h"

#include "models/project/ProjectModel.h"
#include "models/project/ProjectTr.h"

namespace cc {

CmdEditProjectProperties::CmdEditProjectProperties(ProjectModel *model, const QString &name,
                                                   const AssemblyDefaults &defaults)
    : QUndoCommand(ProjectTr::tr("Edit the project's properties"))
    , m_model(model)
    , m_nameBefore(model->project().name)
    , m_defaultsBefore(model->project().defaults)
    , m_name(name)
    , m_defaults(defaults)
{
    setObsolete(m_name == m_nameBefore && m_defaults == m_defaultsBefore);
}

void CmdEditProjectProperties::redo()
{
    m_model->setProperties(m_name, m_defaults);
}

void CmdEditProjectProperties::undo()
{
    m_model->setProperties(m_nameBefore, m_defaultsBefore);
}

} // namespace cc
