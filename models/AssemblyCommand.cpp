#include "AssemblyCommand.h"

#include "AssemblyEditor.h"

namespace cc {

namespace {

bool sameCable(const Assembly::Cable &a, const Assembly::Cable &b)
{
    return a.outerDiameterMm == b.outerDiameterMm && a.count == b.count
        && a.conductorClass == b.conductorClass && a.crossSectionMm2 == b.crossSectionMm2;
}

bool sameSide(const Assembly::Side &a, const Assembly::Side &b)
{
    return a.itemNumber == b.itemNumber && a.mounting == b.mounting && sameCable(a.cable, b.cable)
        && a.panelThicknessMm == b.panelThicknessMm;
}

bool same(const Assembly &a, const Assembly &b)
{
    return sameSide(a.socket, b.socket) && sameSide(a.plug, b.plug)
        && a.leverOperation == b.leverOperation && a.colours == b.colours;
}

} // namespace

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
    setObsolete(same(m_before, m_after) && m_beforeOptional == m_afterOptional);
}

} // namespace cc
