#pragma once

#include "db/BundledCatalog.h"

#include <QString>
#include <memory>

namespace cc {

class Database;

// Opens the parts catalog the program works on: the file given with --db,
// or the user's own database in the application data folder, created on
// first start. The bundled catalog is installed or brought up to date in it.
class CatalogOpener
{
public:
    struct Opened
    {
        std::unique_ptr<Database> database;
        BundledCatalog::Result catalog;
        // Set when the bundled catalog could not be installed (read-only
        // file): the database is still usable with what it holds.
        QString warning;
    };

    static QString defaultPath();
    // Throws DatabaseError with a message for the user.
    static Opened open(const QString &path);
};

} // namespace cc
