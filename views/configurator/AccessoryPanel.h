#pragma once

#include <QWidget>

class QScrollArea;

namespace cc {

class AccessoryTable;
class AssemblyEditor;
class ChoicesForm;
class WarningList;

// The accessories of the assembly being configured: the choices among
// fitting accessories (lever operation, colours) above the parts table
// (every accessory line, required and optional, with its item and
// quantity) and what is left open below it. It shows what the editor
// decided; the configurator turns its signals into undo steps.
class AccessoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccessoryPanel(const AssemblyEditor *editor, QWidget *parent = nullptr);

    // Shows the editor's choices, lines and warnings.
    void showEditor();

    ChoicesForm *choices() const { return m_choices; }
    AccessoryTable *table() const { return m_table; }
    WarningList *warnings() const { return m_warnings; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The warnings as tall as they are, up to seven lines and a third of
    // the panel (then they scroll).
    void fitWarnings();

    const AssemblyEditor *m_editor;
    ChoicesForm *m_choices;
    AccessoryTable *m_table;
    WarningList *m_warnings;
    QScrollArea *m_warningsArea;
};

} // namespace cc
