#pragma once

#include "models/configurator/ConfiguredAssembly.h"
#include "models/rules/Assembly.h"

#include <QList>
#include <QUndoCommand>

namespace cc {

class AssemblyEditor;

// One change of the configurator's assembly as an undo step: the state
// before and after (the assembly, the picks with their quantities, the
// optional accessories). The subclasses name the kind of change.
class CmdAssemblyEdit : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    // Takes the editor's current state as "before" and as a start for "after".
    explicit CmdAssemblyEdit(AssemblyEditor *editor, QUndoCommand *parent = nullptr);

    AssemblyEditor *editor() const { return m_editor; }
    ConfiguredAssembly &afterState() { return m_after; }
    const ConfiguredAssembly &afterState() const { return m_after; }
    Assembly &after() { return m_after.assembly; }
    const Assembly &after() const { return m_after.assembly; }
    QList<ProjectItem> &afterChosen() { return m_after.chosenItems; }
    QList<ProjectItem> &afterOptional() { return m_after.optionalItems; }
    // Whether redo() would change nothing (the stack then drops the step).
    void markObsoleteIfUnchanged();

private:
    AssemblyEditor *m_editor;
    ConfiguredAssembly m_before;
    ConfiguredAssembly m_after;
};

} // namespace cc
