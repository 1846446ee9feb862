#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

class Database;

// A copy of a whole catalog in an SQLite file of its own, to go back to
// after a change too large for an undo step (a catalog feed of many
// thousand products). Saved and restored with CatalogCopier, so the
// catalog may live on either back end. Callers run these off the GUI
// thread: a catalog of 100,000 parts takes a while.
class CatalogSnapshot
{
public:
    struct Entry
    {
        QString path;
        QDateTime taken; // from the file's name
    };

    // The file name of a snapshot taken at `when` ("catalog-20240301-142233.sqlite").
    static QString fileName(const QDateTime &when);
    // Copies every row of `database`'s catalog into a new file `path`.
    // Throws DatabaseError (the file is removed again then).
    static void save(const Database &database, const QString &path);
    // Replaces the whole catalog of `database` by the snapshot's, in one
    // transaction. Throws DatabaseError (nothing changed then).
    static void restore(const QString &path, Database &database);
    // The snapshots in `folder`, newest first.
    static QList<Entry> list(const QString &folder);
};

} // namespace cc
