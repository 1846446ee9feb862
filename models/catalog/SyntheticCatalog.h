#pragma once

#include <QString>
#include <functional>

namespace cc {

class Database;

// Writes a catalog of synthetic parts for measuring speed at scale. Every
// part is marked synthetic in its item number (SYN-…), its description, its
// family and its source, so that it can never be mistaken for real data.
// The same seed gives the same catalog.
class SyntheticCatalog
{
public:
    struct Options
    {
        int parts = 1000;
        quint32 seed = 1;
        // Called now and then with the parts written so far; return false
        // to cancel (nothing is written then).
        std::function<bool(int written)> progress;
    };

    // Returns the number of parts written. Throws DatabaseError.
    static int write(Database &database, const Options &options);
};

} // namespace cc
