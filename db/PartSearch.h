#pragma once

#include "db/PartSummary.h"
#include "db/SearchQuery.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

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

    // How page() finds the rows a text matches. Both give the same rows in
    // the same order; they differ in speed only.
    enum class Strategy {
        Automatic, // chosen per page from the density of the match
        Collect,   // collect every matching id, then list the parts
        Walk,      // walk the parts in order, testing each row for a match
    };

    explicit PartSearch(const Database &database);

    // Compacts the search index after a bulk write (see
    // SqlDialect::optimizeSearchIndex); part of the caller's transaction.
    static void optimizeIndex(const Database &database);

    static const QStringList &facetKeys();
    static const QStringList &sortKeys();

    // The number of parts found; past `cap` it stops counting and returns
    // cap + 1 ("more than cap"), so that a broad query stays fast.
    int count(const SearchQuery &query, int cap = countCap) const;
    // Whether `query` finds the part `itemNumber` (one row tested, however
    // many parts the query finds).
    bool finds(const SearchQuery &query, const QString &itemNumber) const;
    QList<PartSummary> page(const SearchQuery &query, int offset, int limit) const;
    // For every facet, the values with the number of parts the query would
    // find with that value, ignoring the facet's own filter.
    QMap<QString, QList<FacetValue>> facets(const SearchQuery &query) const;

    // The strategy page() takes for these rows (never Automatic).
    Strategy strategyFor(const SearchQuery &query, int offset, int limit) const;
    // Tests and the benchmark force one strategy to compare them.
    void setStrategy(Strategy strategy) { m_strategy = strategy; }

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    // The full-text part of a query; empty when it has no text.
    struct Text
    {
        QStringList words;
        QString match;      // the dialect's full-text query
        QString superseded; // LIKE pattern of superseded numbers, or empty
        bool isEmpty() const { return words.isEmpty(); }
    };
    // How the text's matches are tested for membership.
    enum class Membership {
        Indexed, // p.id IN (ids): the planner may drive from the ids
        Ordered, // the same, walking the parts in order (dialect's hint)
        Walked,  // a lookup per row (SqlDialect::fullTextMatchOf)
    };
    Text textOf(const SearchQuery &query) const;
    Where where(const SearchQuery &query, const Text &text, const QString &skipFacet = QString(),
                Membership membership = Membership::Indexed) const;
    // The subquery of part ids the text matches, with its values.
    Where textIds(const Text &text) const;
    Where textCondition(const Text &text, Membership membership) const;
    struct Choice
    {
        Membership membership = Membership::Indexed;
        // A walk chosen from the density stops after this many parts and
        // falls back on `fallback` when it has not found the page by then,
        // in case the matches bunch up late in the order; 0: no limit.
        qint64 walkLimit = 0;
        Membership fallback = Membership::Indexed;
    };
    Choice choose(const SearchQuery &query, const Text &text, qint64 rows) const;
    // Whether the text matches at least `matches` of about `parts` parts.
    bool reachesMatches(const Text &text, double parts, double matches) const;
    int countIds(const Where &ids, int cap) const;
    QList<PartSummary> select(const SearchQuery &query, const Text &text, Membership membership, int offset,
                              int limit, const QVariant &walkEnd = QVariant()) const;
    const Database &m_database;
    Strategy m_strategy = Strategy::Automatic;
};

} // namespace cc
