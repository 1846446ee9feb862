#pragma once

#include "PartSummary.h"
#include "SearchQuery.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cc {

class Database;

// Searches the catalog: full text over item numbers, GTINs, descriptions and
// attributes, facet filters, counts per facet value, sorted pages of rows.
// Superseded item numbers find their successors.
class PartSearch
{
public:
    struct FacetValue
    {
        QString value; // empty: not known
        int count = 0;
    };

    // Counting stops here by default (see count()).
    static constexpr int countCap = 10000;

    explicit PartSearch(const Database &database);

    static const QStringList &facetKeys();
    static const QStringList &sortKeys();

    // The number of parts found; past `cap` it stops counting and returns
    // cap + 1 ("more than cap"), so that a broad query stays fast.
    int count(const SearchQuery &query, int cap = countCap) const;
    QList<PartSummary> page(const SearchQuery &query, int offset, int limit) const;
    // For every facet, the values with the number of parts the query would
    // find with that value, ignoring the facet's own filter.
    QMap<QString, QList<FacetValue>> facets(const SearchQuery &query) const;

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    // `dense`: the text matches so many parts that walking the table in
    // order beats sorting the matches (see page()).
    Where where(const SearchQuery &query, const QString &skipFacet = QString(), bool dense = false) const;
    // The subquery of part ids the text matches, with its values; empty
    // when the query has no text.
    Where textIds(const SearchQuery &query) const;
    bool isDense(const Where &ids) const;
    const Database &m_database;
};

} // namespace cc
