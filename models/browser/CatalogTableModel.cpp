#include "models/browser/CatalogTableModel.h"

#include "models/browser/BrowserTr.h"
#include "models/datasheet/CodingColours.h"
#include "models/datasheet/DatasheetLayout.h"
#include "models/datasheet/PartFormatter.h"
#include "models/part/Colours.h"
#include "models/part/PartKinds.h"
#include "models/part/PartTr.h"

namespace cc {

namespace {
// The first page fills a tall window and is all a keystroke waits for;
// scrolling fetches larger pages (one query each) behind it.
constexpr int firstPageSize = 64;
constexpr int pageSize = 256;
}

CatalogTableModel::CatalogTableModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(database)
{
    reload();
}

void CatalogTableModel::reload()
{
    beginResetModel();
    m_rows = m_search.page(m_query, 0, firstPageSize);
    m_exhausted = m_rows.size() < firstPageSize;
    // A short first page is the whole result; otherwise count, not far.
    m_total = m_exhausted ? static_cast<int>(m_rows.size()) : m_search.count(m_query, quickCountCap);
    m_totalCap = m_exhausted ? PartSearch::countCap : quickCountCap;
    endResetModel();
}

void CatalogTableModel::setExactTotal(int total)
{
    m_total = total;
    m_totalCap = PartSearch::countCap;
}

void CatalogTableModel::setQuery(const SearchQuery &query)
{
    const QString sortKey = m_query.sortKey;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sortKey = sortKey;
    m_query.descending = descending;
    reload();
}

void CatalogTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortKey = PartSearch::sortKeys().at(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

int CatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CatalogTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CatalogTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<PartSummary> page =
        m_search.page(m_query, static_cast<int>(m_rows.size()), pageSize);
    m_exhausted = page.size() < pageSize;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartSummary &part = m_rows.at(index.row());
    if (role == ItemNumberRole)
        return part.itemNumber;
    if (role == ColourNameRole)
        return part.colour;
    // A swatch beside the colour, and beside the coding letter where there
    // is one; never the colour alone.
    if (role == Qt::DecorationRole
        && (index.column() == Colour || (index.column() == Coding && !part.coding.isEmpty()))) {
        const QColor colour = CodingColours::colourFor(part.colour);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Poles || index.column() == RatedCurrent))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString unknown = PartTr::notKnown();
    switch (index.column()) {
    case ItemNumber:
        return part.itemNumber;
    case Description:
        return part.description;
    case Kind:
        return part.kind.isEmpty() ? unknown : PartKinds::table().title(part.kind);
    case Poles:
        return part.poles ? QVariant(*part.poles) : QVariant(unknown);
    case Coding:
        return part.coding.isEmpty() ? unknown : part.coding;
    case Colour:
        return part.colour.isEmpty() ? unknown : Colours::label(part.colour);
    case RatedCurrent:
        return part.ratedCurrentA ? PartFormatter().number(*part.ratedCurrentA) + QStringLiteral(" A")
                                  : unknown;
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemNumber:
        return BrowserTr::tr("Item number");
    case Description:
        return BrowserTr::tr("Description");
    case Kind:
        return BrowserTr::tr("Kind");
    case Poles:
        return BrowserTr::tr("Poles");
    case Coding:
        return BrowserTr::tr("Coding");
    case Colour:
        return BrowserTr::tr("Colour");
    case RatedCurrent:
        return BrowserTr::tr("Rated current (IEC)");
    default:
        return {};
    }
}

QString CatalogTableModel::itemNumberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).itemNumber : QString();
}

int CatalogTableModel::rowOf(const QString &itemNumber) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).itemNumber == itemNumber)
            return row;
    }
    return -1;
}

} // namespace cc
