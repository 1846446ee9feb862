#pragma once

#include "models/bom/BillOfMaterials.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace cc {

// A bill of materials as a table: the columns and cell texts of the
// exports (BomTable). SortRole gives numbers for the numeric columns.
class BomTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit BomTableModel(QObject *parent = nullptr);

    const BillOfMaterials &bom() const { return m_bom; }
    void setBom(const BillOfMaterials &bom);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    BillOfMaterials m_bom;
    QList<QStringList> m_rows;
};

} // namespace cc
