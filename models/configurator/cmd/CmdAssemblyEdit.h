#pragma once

#include "models/rules/Assembly.h"

#include <QStringList>
#include <QUndoCommand>

namespace cc {

class AssemblyEditor;

// One change of the configurator's assembly as an undo step: the state
// before and after. The subclasses name the kind of change.
class CmdAssemblyEdit : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    // Takes the editor's current state as "before" and as a start for "after".
    explicit CmdAssemblyEdit(AssemblyEditor *editor, QUndoCommand *parent = nullptr);

    AssemblyEditor *editor() const { return m_editor; }
    Assembly &after() { return m_after; }
    const Assembly &after() const { return m_after; }
    QStringList &afterOptional() { return m_afterOptional; }
    // Whether redo() would change nothing (the stack then drops the step).
    void markObsoleteIfUnchanged();

private:
    AssemblyEditor *m_editor;
    Assembly m_before;
    QStringList m_beforeOptional;
    Assembly m_after;
    QStringList m_afterOptional;
};

} // namespace cc
