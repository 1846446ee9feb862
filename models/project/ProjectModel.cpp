#include "models/project/ProjectModel.h"

#include "models/catalog/CatalogSession.h"
#include "models/catalog/PartCatalog.h"
#include "models/project/cmd/CmdEditAssembly.h"
#include "models/project/ProjectFile.h"
#include "models/project/ProjectTr.h"
#include "models/rules/AssemblyEvaluator.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace cc {

ProjectModel::ProjectModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &ProjectModel::projectChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ProjectModel::projectChanged);
    connect(this, &QAbstractItemModel::rowsMoved, this, &ProjectModel::projectChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ProjectModel::projectChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &ProjectModel::projectChanged);
}

ProjectModel::ProjectModel(CatalogSession *session, QObject *parent)
    : ProjectModel(parent)
{
    if (!session)
        return;
    m_catalog = session->catalog();
    session->follow(
        this, [this](const PartCatalog *catalog) { useCatalog(catalog); }, [this] { refresh(); });
}

void ProjectModel::useCatalog(const PartCatalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_results = QList<std::optional<AssemblyResult>>(m_project.assemblies.size());
    endResetModel();
}

void ProjectModel::setProject(const Project &project)
{
    beginResetModel();
    m_project = project;
    m_missing.clear();
    m_results = QList<std::optional<AssemblyResult>>(m_project.assemblies.size());
    endResetModel();
    emit defaultsChanged();
}

void ProjectModel::setProperties(const QString &name, const AssemblyDefaults &defaults)
{
    const bool defaultsDiffer = defaults != m_project.defaults;
    m_project.name = name;
    m_project.defaults = defaults;
    m_project.defaultsStated = true;
    m_results = QList<std::optional<AssemblyResult>>(m_project.assemblies.size());
    if (m_project.assemblies.isEmpty())
        emit projectChanged();
    else
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (defaultsDiffer)
        emit defaultsChanged();
}

void ProjectModel::setMissingItems(const QStringList &items)
{
    m_missing = items;
    if (!m_project.assemblies.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProjectModel::insertAssembly(int row, const ProjectAssembly &assembly)
{
    beginInsertRows({}, row, row);
    m_project.assemblies.insert(row, assembly);
    m_results.insert(row, std::nullopt);
    endInsertRows();
}

ProjectAssembly ProjectModel::removeAssembly(int row)
{
    beginRemoveRows({}, row, row);
    ProjectAssembly removed = m_project.assemblies.takeAt(row);
    m_results.removeAt(row);
    endRemoveRows();
    return removed;
}

void ProjectModel::moveAssembly(int from, int to)
{
    if (from == to)
        return;
    // beginMoveRows names the row the moved one goes before.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_project.assemblies.move(from, to);
    m_results.move(from, to);
    endMoveRows();
}

void ProjectModel::replaceAssembly(int row, const ProjectAssembly &assembly)
{
    m_project.assemblies[row] = assembly;
    m_results[row].reset();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProjectModel::refresh()
{
    m_results = QList<std::optional<AssemblyResult>>(m_project.assemblies.size());
    // A part may have come with an import, or gone with its undo.
    if (m_catalog)
        m_missing = ProjectFile::missingItems(m_project, *m_catalog);
    if (!m_project.assemblies.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const AssemblyResult &ProjectModel::result(int row) const
{
    std::optional<AssemblyResult> &cached = m_results[row];
    if (!cached)
        cached = AssemblyEvaluator(*m_catalog, m_project.defaults)
                     .evaluate(m_project.assemblies.at(row).assembly);
    return *cached;
}

QString ProjectModel::nextDesignation() const
{
    static const QRegularExpression numbered(QStringLiteral("^X(\\d+)$"));
    int highest = 0;
    for (const ProjectAssembly &entry : m_project.assemblies) {
        const QRegularExpressionMatch match = numbered.match(entry.designation);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return QStringLiteral("X%1").arg(highest + 1);
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project.assemblies.size());
}

int ProjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProjectModel::isMissing(const ProjectAssembly &assembly) const
{
    for (const QString &item : {assembly.assembly.socket.itemNumber, assembly.assembly.plug.itemNumber}) {
        if (!item.isEmpty() && m_missing.contains(item))
            return true;
    }
    for (const ProjectItem &item : assembly.chosenItems + assembly.optionalItems) {
        if (m_missing.contains(item.itemNumber))
            return true;
    }
    return false;
}

QString ProjectModel::statusText(int row) const
{
    if (isMissing(m_project.assemblies.at(row)))
        return ProjectTr::tr("missing parts");
    if (!m_catalog)
        return {};
    const AssemblyResult &evaluated = result(row);
    const qsizetype errors = evaluated.count(RuleMessage::Severity::Error);
    if (errors > 0)
        return errors == 1 ? ProjectTr::tr("1 error") : ProjectTr::tr("%1 errors").arg(errors);
    const qsizetype warnings = evaluated.count(RuleMessage::Severity::Warning);
    if (warnings > 0)
        return warnings == 1 ? ProjectTr::tr("1 warning") : ProjectTr::tr("%1 warnings").arg(warnings);
    return ProjectTr::tr("ok");
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ProjectAssembly &entry = m_project.assemblies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Designation:
            return entry.designation;
        case Quantity:
            return entry.quantity;
        case Status:
            return role == Qt::DisplayRole ? QVariant(statusText(index.row())) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status && m_catalog && !isMissing(entry)) {
            const AssemblyResult &evaluated = result(index.row());
            return RuleMessage::texts(evaluated.errors() + evaluated.warnings())
                .join(QLatin1Char('\n'));
        }
        if (index.column() == Designation)
            return entry.assembly.plug.itemNumber.isEmpty()
                ? entry.assembly.socket.itemNumber
                : ProjectTr::tr("%1 with %2").arg(entry.assembly.socket.itemNumber, entry.assembly.plug.itemNumber);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Quantity)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Designation:
        return ProjectTr::tr("Designation");
    case Quantity:
        return ProjectTr::tr("Quantity");
    case Status:
        return ProjectTr::tr("Status");
    }
    return {};
}

Qt::ItemFlags ProjectModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Status)
        result |= Qt::ItemIsEditable;
    return result;
}

bool ProjectModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    ProjectAssembly changed = m_project.assemblies.at(index.row());
    QString text;
    if (index.column() == Designation) {
        const QString designation = value.toString().trimmed();
        if (designation.isEmpty() || designation == changed.designation)
            return false;
        changed.designation = designation;
        text = ProjectTr::tr("Rename %1 to %2").arg(m_project.assemblies.at(index.row()).designation, designation);
    } else if (index.column() == Quantity) {
        bool ok = false;
        const int quantity = value.toInt(&ok);
        if (!ok || quantity < 1 || quantity == changed.quantity)
            return false;
        changed.quantity = quantity;
        text = ProjectTr::tr("Set quantity of %1 to %2").arg(changed.designation).arg(quantity);
    } else {
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(new CmdEditAssembly(this, index.row(), changed, text));
    else
        replaceAssembly(index.row(), changed);
    return true;
}

} // namespace cc
