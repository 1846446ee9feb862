#pragma once

#include "models/project/Project.h"
#include "models/rules/AssemblyResult.h"

#include <QAbstractTableModel>
#include <optional>

class QUndoStack;

namespace cc {

class CatalogSession;
class PartCatalog;

// The assemblies of a project as a table: designation, quantity and what
// AssemblyEvaluator makes of the assembly with the project's defaults. Designation and quantity are
// editable in place; with an undo stack each edit is one undo step.
//
// It evaluates against the catalog of its session and follows it: another
// catalog resets the model, changed parts evaluate the assemblies again.
// Without a session (or while no catalog is open) no assembly is evaluated.
class ProjectModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Designation, Quantity, Status, ColumnCount };

    explicit ProjectModel(QObject *parent = nullptr);
    explicit ProjectModel(CatalogSession *session, QObject *parent = nullptr);

    // The catalog evaluated against; nullptr: none.
    const PartCatalog *catalog() const { return m_catalog; }
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }
    QUndoStack *undoStack() const { return m_undoStack; }

    const Project &project() const { return m_project; }
    void setProject(const Project &project);
    // The project's name and defaults (Project ▸ Properties…; one undo step
    // through CmdEditProjectProperties): its assemblies are evaluated again.
    void setProperties(const QString &name, const AssemblyDefaults &defaults);
    // Item numbers the catalog does not hold; their rows read "missing".
    void setMissingItems(const QStringList &items);

    const ProjectAssembly &assembly(int row) const { return m_project.assemblies.at(row); }
    void insertAssembly(int row, const ProjectAssembly &assembly);
    ProjectAssembly removeAssembly(int row);
    void moveAssembly(int from, int to);
    void replaceAssembly(int row, const ProjectAssembly &assembly);
    // The catalog's parts changed: evaluates the assemblies again. (The
    // session's partsChanged() calls it.)
    void refresh();
    // "X" and the next free number.
    QString nextDesignation() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // Any change of the project's content.
    void projectChanged();
    // The project's defaults may have changed (another project, or its
    // properties edited): what evaluates with them evaluates again.
    void defaultsChanged();

private:
    void useCatalog(const PartCatalog *catalog);
    QString statusText(int row) const;
    const AssemblyResult &result(int row) const;
    bool isMissing(const ProjectAssembly &assembly) const;

    Project m_project;
    const PartCatalog *m_catalog = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QStringList m_missing;
    // What AssemblyEvaluator makes of each row, evaluated when first shown.
    mutable QList<std::optional<AssemblyResult>> m_results;
};

} // namespace cc
