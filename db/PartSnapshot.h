#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cc {

class Database;

// The stored rows of some parts, taken before a change, that restore()
// writes back exactly: the part rows with their ids, ratings, conductor
// ranges, approvals, classifications, notes, features, documents,
// descriptions and references, the provenance of their derived values, every
// relation from or to them, the supersessions that lead to them or name them
// as superseded, and the named source rows.
// Parts of the list that did not exist when the snapshot was taken are
// removed by restore(), and so are source rows that did not exist (once
// nothing refers to them).
// Callers own the transaction.
class PartSnapshot
{
public:
    static PartSnapshot take(const Database &database, const QStringList &itemNumbers,
                             const QStringList &sourceReferences);
    void restore(Database &database) const;

    // Taken again, now: the same parts and sources as this one.
    PartSnapshot retake(const Database &database) const;
    // The item numbers whose stored rows differ between this snapshot and
    // `later` (all of them when only shared rows, such as a source, differ);
    // empty when nothing changed. How an import or its undo finds out that
    // another user changed the parts meanwhile.
    QStringList changedIn(const PartSnapshot &later) const;
    // Makes other writers of parts wait until the caller's transaction ends,
    // so that a snapshot compared now stays true until the write.
    static void lockParts(Database &database);

    QStringList itemNumbers() const { return m_itemNumbers; }
    // Adds a snapshot of other parts, taken later in the same transaction
    // (an import that writes batch after batch takes one per batch, before
    // writing it). Rows both hold (a relation between parts of each) are
    // kept once, as the earlier snapshot has them.
    void add(const PartSnapshot &other);

private:
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    static Rows select(const Database &database, const QString &table, const QString &where,
                       const QVariantList &arguments);
    // select() with `where` holding %1 for the placeholders of a chunk of
    // `items`, bound `uses` times.
    static Rows selectChunked(const Database &database, const QString &table, const QString &where,
                              const QStringList &items, int uses);
    // The rows of every part by its id (as text), as text and sorted.
    static QHash<QString, QList<QVariantList>> rowsByPart(const Rows &rows);
    QHash<QString, QString> idsByItem() const;
    static void insert(Database &database, const Rows &rows);

    // The rows of `rows` that belong to `item` (by id or item number).
    static QList<QVariantList> rowsOf(const Rows &rows, const QVariant &partId);
    QVariant idOf(const QString &itemNumber) const;

    QStringList m_itemNumbers;
    QStringList m_sourceReferences;
    Rows m_sources;
    QList<Rows> m_rows; // in an order that satisfies the foreign keys
};

} // namespace cc
