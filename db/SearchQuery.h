#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace cc {

// What a user asks the catalog for: free text, facet filters and an order.
struct SearchQuery
{
    // Any text; it is searched as words and item-number prefixes, never
    // interpreted as query syntax.
    QString text;
    // Facet key -> accepted values (one of them must match); an empty value
    // stands for "not known". Keys: see PartSearch::facetKeys().
    QMap<QString, QStringList> filters;
    // A column of the listing: item_number, description, kind, poles,
    // coding, colour, rated_current.
    QString sortKey = QStringLiteral("item_number");
    bool descending = false;
};

} // namespace cc
