#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cc {

class Database;

// The stored rows of some parts, taken before a change, that restore()
// writes back exactly: the part rows with their ids, ratings, conductor
// ranges, approvals, classifications, notes, the provenance of their derived
// values, every relation from or to
// them, the supersessions that lead to them and the named source rows.
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

private:
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    static Rows select(const Database &database, const QString &table, const QString &where,
                       const QVariantList &arguments);
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
