#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>

namespace cc {

class Database;

// Copies a whole catalog from one database to another, whatever their back
// ends (SQLite file, PostgreSQL server): every row of every catalog table,
// ids included, so that the copy is the same catalog. The search index is
// rebuilt by the target's own triggers, the mating keys (MatingKeyColumns)
// are computed again by this program. The target is written in one
// transaction: a failure leaves it as it was.
class CatalogCopier
{
public:
    struct Options
    {
        // Delete the target's catalog first; without it a target that holds
        // parts is refused.
        bool replace = false;
        // Told after each table: its name and the rows copied.
        std::function<void(const QString &table, int rows)> progress;
    };

    // The catalog tables, parents before children.
    static const QStringList &tables();

    // Throws DatabaseError (Kind::Catalog when the target is not empty or
    // the schema versions differ).
    static QList<std::pair<QString, int>> copy(const Database &from, Database &to, const Options &options);

    // Every row of `table` in key order, each value as text ("NULL" for
    // none, numbers in their shortest exact form): for comparing catalogs.
    static QStringList rowsAsText(const Database &database, const QString &table);
};

} // namespace cc
