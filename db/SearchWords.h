#pragma once

#include <QStringList>

namespace cc {

// How the search index cuts text into words: at every character that is not
// a letter or a digit, in lower case ("770-2334/007" -> 770, 2334, 007).
// SQLite's FTS5 tokenizer does this by itself; for PostgreSQL the query side
// uses it to build the same phrases.
class SearchWords
{
public:
    static QStringList tokens(const QString &text);
};

} // namespace cc
