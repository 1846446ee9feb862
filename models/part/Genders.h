#pragma once

#include "models/part/CodeTable.h"

namespace cc {

// The genders of connectors (the part field gender): female (sockets) and
// male (plugs).
class Genders
{
public:
    static const CodeTable &table();
    // "socket (female)" or "plug (male)", for sentences about mating.
    static QString connectorLabel(const QString &gender);
};

} // namespace cc
