#include "views/project/ProjectPane.h"

#include "models/configurator/AssemblyEditor.h"
#include "models/project/ProjectModel.h"
#include "models/project/cmd/CmdAddAssembly.h"
#include "models/project/cmd/CmdEditAssembly.h"
#include "models/project/cmd/CmdEditProjectProperties.h"
#include "models/project/cmd/CmdMoveAssembly.h"
#include "models/project/cmd/CmdRemoveAssembly.h"
#include "models/settings/AppSettings.h"
#include "views/project/ProjectPropertiesDialog.h"
#include "views/project/ProjectViewsTr.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cc {

ProjectPane::ProjectPane(ProjectModel *model, AssemblyEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_editor(editor)
    , m_table(new QTableView(this))
{
    // The configurator's assemblies go into this project: they evaluate
    // with its defaults.
    if (m_editor)
        m_editor->useDefaultsOf(m_model);
    m_table->setObjectName(QStringLiteral("projectTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_add = createAction(ProjectViewsTr::tr("Add"), ProjectViewsTr::tr("Add the configurator's assembly to the project"), nullptr);
    connect(m_add, &QAction::triggered, this, [this] { addCurrentAssembly(); });
    m_duplicate = createAction(ProjectViewsTr::tr("Duplicate"), ProjectViewsTr::tr("Duplicate the selected assembly"),
                               &ProjectPane::duplicateCurrent);
    m_remove = createAction(ProjectViewsTr::tr("Delete"), ProjectViewsTr::tr("Delete the selected assembly"),
                            &ProjectPane::removeCurrent);
    m_up = createAction(ProjectViewsTr::tr("Up"), ProjectViewsTr::tr("Move the selected assembly up"), nullptr);
    m_down = createAction(ProjectViewsTr::tr("Down"), ProjectViewsTr::tr("Move the selected assembly down"), nullptr);
    m_open = createAction(ProjectViewsTr::tr("Open in Configurator"),
                          ProjectViewsTr::tr("Open the selected assembly in the configurator"), nullptr);
    m_update = createAction(ProjectViewsTr::tr("Update from Configurator"),
                            ProjectViewsTr::tr("Replace the selected assembly by the configurator's one"),
                            &ProjectPane::updateFromConfigurator);
    connect(m_up, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_open, &QAction::triggered, this, [this] { openInConfigurator(currentRow()); });
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openInConfigurator(index.row()); });
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_properties = new QAction(ProjectViewsTr::tr("&Properties…"), this);
    m_properties->setObjectName(QStringLiteral("projectPropertiesAction"));
    m_properties->setToolTip(ProjectViewsTr::tr("The project's name and its defaults"));
    connect(m_properties, &QAction::triggered, this, [this] { editProperties(); });

    // A tool bar: when the dock is narrow, the buttons that do not fit go
    // into its extension menu instead of widening the dock.
    auto *buttons = new QToolBar(this);
    buttons->setObjectName(QStringLiteral("projectButtons"));
    buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : { m_add, m_duplicate, m_remove, m_up, m_down, m_open })
        buttons->addAction(action);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectPane::updateActions);
    connect(m_model, &ProjectModel::projectChanged, this, &ProjectPane::updateActions);
    updateActions();
}

QAction *ProjectPane::createAction(const QString &text, const QString &tip,
                                   void (ProjectPane::*slot)())
{
    auto *action = new QAction(text, this);
    action->setToolTip(tip);
    m_table->addAction(action);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

int ProjectPane::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void ProjectPane::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void ProjectPane::updateActions()
{
    const int row = currentRow();
    const bool has = row >= 0;
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_model->rowCount());
    m_open->setEnabled(has);
    m_update->setEnabled(has);
}

bool ProjectPane::addCurrentAssembly()
{
    if (m_editor->assembly().socket.itemNumber.isEmpty()) {
        QMessageBox::information(this, ProjectViewsTr::tr("Add to Project"),
                                 ProjectViewsTr::tr("Start an assembly in the configurator first: choose a socket."));
        return false;
    }
    ProjectAssembly entry;
    entry.designation = m_model->nextDesignation();
    m_editor->storeIn(entry);
    const int row = m_model->rowCount();
    m_model->undoStack()->push(
        new CmdAddAssembly(m_model, row, entry, ProjectViewsTr::tr("Add %1 to the project").arg(entry.designation)));
    selectRow(row);
    return true;
}

void ProjectPane::duplicateCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ProjectAssembly copy = m_model->assembly(row);
    const QString original = copy.designation;
    copy.designation = m_model->nextDesignation();
    m_model->undoStack()->push(new CmdAddAssembly(
        m_model, row + 1, copy, ProjectViewsTr::tr("Duplicate %1 as %2").arg(original, copy.designation)));
    selectRow(row + 1);
}

void ProjectPane::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->undoStack()->push(new CmdRemoveAssembly(m_model, row));
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void ProjectPane::moveCurrent(int offset)
{
    const int row = currentRow();
    const int to = row + offset;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_model->undoStack()->push(new CmdMoveAssembly(m_model, row, to));
    selectRow(to);
}

void ProjectPane::openInConfigurator(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_editor->load(m_model->assembly(row));
    emit openedInConfigurator(row);
}

bool ProjectPane::editProperties()
{
    ProjectPropertiesDialog dialog(m_model->project(), AppSettings::load().assemblyDefaults, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.name() == m_model->project().name
        && dialog.defaults() == m_model->project().defaults)
        return false;
    auto *command = new CmdEditProjectProperties(m_model, dialog.name(), dialog.defaults());
    if (m_model->undoStack()) {
        m_model->undoStack()->push(command);
    } else {
        command->redo();
        delete command;
    }
    return true;
}

void ProjectPane::updateFromConfigurator()
{
    const int row = currentRow();
    if (row < 0 || m_editor->assembly().socket.itemNumber.isEmpty())
        return;
    ProjectAssembly changed = m_model->assembly(row);
    m_editor->storeIn(changed);
    if (changed == m_model->assembly(row))
        return;
    m_model->undoStack()->push(new CmdEditAssembly(
        m_model, row, changed, ProjectViewsTr::tr("Update %1 from the configurator").arg(changed.designation)));
}

} // namespace cc
