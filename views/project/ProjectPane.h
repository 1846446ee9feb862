#pragma once

#include <QWidget>

class QAction;
class QTableView;

namespace cc {

class AssemblyEditor;
class ProjectModel;

// The project's assemblies (designation, quantity, status) with add,
// duplicate, delete and move up/down; designation and quantity are edited
// in place. Every change is one step on the model's undo stack. A double
// click opens the assembly in the configurator's editor, which evaluates
// with the project's defaults.
class ProjectPane : public QWidget
{
    Q_OBJECT

public:
    ProjectPane(ProjectModel *model, AssemblyEditor *editor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    int currentRow() const;
    void selectRow(int row);

    // Adds the configurator's assembly under the next free designation.
    // False when the configurator holds no socket.
    bool addCurrentAssembly();
    void duplicateCurrent();
    void removeCurrent();
    void moveCurrent(int offset);
    // Loads the row's assembly into the configurator.
    void openInConfigurator(int row);
    // Writes the configurator's assembly into the current row.
    void updateFromConfigurator();
    // Project ▸ Properties…: the project's name and defaults, edited in a
    // dialog; one undo step. False when cancelled or nothing changed.
    bool editProperties();

    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QAction *upAction() const { return m_up; }
    QAction *downAction() const { return m_down; }
    QAction *openAction() const { return m_open; }
    QAction *updateAction() const { return m_update; }
    QAction *propertiesAction() const { return m_properties; }

signals:
    void openedInConfigurator(int row);

private:
    void updateActions();
    QAction *createAction(const QString &text, const QString &tip, void (ProjectPane::*slot)());

    ProjectModel *m_model;
    AssemblyEditor *m_editor;
    QTableView *m_table;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_open = nullptr;
    QAction *m_update = nullptr;
    QAction *m_properties = nullptr;
};

} // namespace cc
