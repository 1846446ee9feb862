#pragma once

#include "PartSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace cc {

class PartRepository;

// The catalog as a table, fetched from the database in pages as the view
// scrolls, so that a catalog of any size opens at once and is never held in
// memory as a whole.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemNumber, Description, Kind, Poles, Coding, Colour, RatedCurrent, ColumnCount };
    enum Role { ItemNumberRole = Qt::UserRole + 1, ColourNameRole };

    explicit CatalogTableModel(PartRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int totalCount() const { return m_total; }
    // Reads the catalog anew (after an import or a change of database).
    void reload();
    QString itemNumberAt(int row) const;
    int rowOf(const QString &itemNumber) const;

private:
    PartRepository &m_repository;
    QList<PartSummary> m_rows;
    int m_total = 0;
};

} // namespace cc
