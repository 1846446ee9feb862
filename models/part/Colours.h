#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// The colour names the catalog uses (colour, cover colour, a project's
// colour choices): stored in English, shown in the program's language. A
// name not in the table is shown as it is.
class Colours
{
public:
    static const CodeTable &table();
    // A colour value as shown: its label; "black or white" as both labels
    // joined by the language's "or".
    static QString label(const QString &colour);
};

} // namespace cc
