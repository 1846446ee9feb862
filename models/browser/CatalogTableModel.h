#pragma once

#include "db/PartSearch.h"
#include "db/PartSummary.h"
#include "db/SearchQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace cc {

class Database;

// The parts a search finds, as a table fetched from the database in pages as
// the view scrolls, so that a catalog of any size opens at once and is never
// held in memory as a whole. Sorting asks the database for another order.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemNumber, Description, Kind, Poles, Coding, Colour, RatedCurrent, ColumnCount };
    enum Role { ItemNumberRole = Qt::UserRole + 1, ColourNameRole };

    explicit CatalogTableModel(const Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void fetchMore(const QModelIndex &parent) override;

    // The number of parts found, up to totalCap() + 1. A keystroke counts
    // only up to quickCountCap (counting far costs milliseconds when most
    // parts match); setExactTotal() gives the count up to
    // PartSearch::countCap, which the catalog pane reads off the GUI thread.
    static constexpr int quickCountCap = 1000;
    int totalCount() const { return m_total; }
    int totalCap() const { return m_totalCap; }
    bool totalIsCapped() const { return m_total > m_totalCap; }
    void setExactTotal(int total);
    const SearchQuery &query() const { return m_query; }
    // Shows what `query` finds (its sort order is kept from the model).
    void setQuery(const SearchQuery &query);
    // Reads the catalog anew (after an import).
    void reload();
    QString itemNumberAt(int row) const;
    // Whether the query finds `itemNumber`, loaded or not.
    bool finds(const QString &itemNumber) const { return m_search.finds(m_query, itemNumber); }
    int rowOf(const QString &itemNumber) const;

private:
    PartSearch m_search;
    SearchQuery m_query;
    QList<PartSummary> m_rows;
    int m_total = 0;
    int m_totalCap = PartSearch::countCap;
    bool m_exhausted = true; // the last page came back short
};

} // namespace cc
