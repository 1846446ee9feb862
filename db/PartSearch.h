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

    explicit PartSearch(const Database &database);

    static const QStringList &facetKeys();
    static const QStringList &sortKeys();

    int count(const SearchQuery &query) const;
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
    Where where(const SearchQuery &query, const QString &skipFacet = QString()) const;
    const Database &m_database;
};

} // namespace cc
