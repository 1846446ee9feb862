#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include "models/configurator/AssemblyEditor.h"

namespace cc {

CmdAssemblyEdit::CmdAssemblyEdit(AssemblyEditor *editor, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_before(editor->state())
    , m_after(editor->state())
{
}

void CmdAssemblyEdit::undo()
{
    m_editor->apply(m_before);
}

void CmdAssemblyEdit::redo()
{
    m_editor->apply(m_after);
}

void CmdAssemblyEdit::markObsoleteIfUnchanged()
{
    setObsolete(m_before == m_after);
}

} // namespace cc
