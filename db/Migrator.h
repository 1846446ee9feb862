#pragma once

#include <QList>
#include <QString>

namespace cc {

class Database;

// Brings a database's schema to the newest version this program knows.
//
// The steps are the numbered scripts NNNN_name.sql in the dialect's migration
// folder (embedded resources). The version lives in the database itself
// (PRAGMA user_version for SQLite, the meta table's comment for PostgreSQL);
// each step runs in one transaction
// together with the version change, so a failed step leaves the previous
// version intact. A step may be completed by C++ work in the same
// transaction (version 8: the mating keys, see MatingKeyColumns). A database
// of a newer version is refused untouched.
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resource;
    };

    explicit Migrator(Database &database);

    QList<Step> steps() const;
    int latestVersion() const;
    // Returns the version the database had before.
    int migrate() { return migrateTo(latestVersion()); }
    // Runs the steps up to `version` only (tests build older databases so).
    int migrateTo(int version);

private:
    Database &m_database;
};

} // namespace cc
