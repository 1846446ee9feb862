#include "models/bom/BomTableModel.h"

#include "models/bom/BomTable.h"

namespace cc {

BomTableModel::BomTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BomTableModel::setBom(const BillOfMaterials &bom)
{
    beginResetModel();
    m_bom = bom;
    m_rows.clear();
    for (const BomLine &line : m_bom.lines)
        m_rows << BomTable::row(line);
    endResetModel();
}

int BomTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BomTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : BomTable::ColumnCount;
}

QVariant BomTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= BomTable::ColumnCount)
        return {};
    const QString text = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::TextAlignmentRole:
        if (BomTable::isNumeric(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        if (BomTable::isNumeric(index.column())) {
            const BomLine &line = m_bom.lines.at(index.row());
            switch (index.column()) {
            case BomTable::Position:
                return line.position;
            case BomTable::Quantity:
                return line.quantity;
            case BomTable::PackagingUnit:
                return line.packagingUnit ? QVariant(*line.packagingUnit) : QVariant(-1);
            case BomTable::OrderQuantity:
                return line.orderQuantity;
            case BomTable::Surplus:
                return line.packagingUnit ? QVariant(line.surplus()) : QVariant(-1);
            case BomTable::WeightG:
                return line.weightG() ? QVariant(*line.weightG()) : QVariant(-1.0);
            case BomTable::FireLoadMj:
                return line.fireLoadMj() ? QVariant(*line.fireLoadMj()) : QVariant(-1.0);
            }
        }
        return text;
    }
    return {};
}

QVariant BomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return BomTable::headers().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cc
