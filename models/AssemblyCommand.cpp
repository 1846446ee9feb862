#include "AssemblyCommand.h"

#include "AssemblyEditor.h"

namespace cc {

AssemblyCommand::AssemblyCommand(AssemblyEditor *editor, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_before(editor->assembly())
    , m_beforeOptional(editor->optionalItems())
    , m_after(editor->assembly())
    , m_afterOptional(editor->optionalItems())
{
}

void AssemblyCommand::undo()
{
    m_editor->apply(m_before, m_beforeOptional);
}

void AssemblyCommand::redo()
{
    m_editor->apply(m_after, m_afterOptional);
}

void AssemblyCommand::markObsoleteIfUnchanged()
{
    setObsolete(m_before == m_after && m_beforeOptional == m_afterOptional);
}

} // namespace cc
