#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include "models/configurator/AssemblyEditor.h"

namespace cc {

CmdAssemblyEdit::CmdAssemblyEdit(AssemblyEditor *editor, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_before(editor->assembly())
    , m_beforeOptional(editor->optionalItems())
    , m_after(editor->assembly())
    , m_afterOptional(editor->optionalItems())
{
}

void CmdAssemblyEdit::undo()
{
    m_editor->apply(m_before, m_beforeOptional);
}

void CmdAssemblyEdit::redo()
{
    m_editor->apply(m_after, m_afterOptional);
}

void CmdAssemblyEdit::markObsoleteIfUnchanged()
{
    setObsolete(m_before == m_after && m_beforeOptional == m_afterOptional);
}

} // namespace cc
