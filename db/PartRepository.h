#pragma once

#include "db/PartSummary.h"
#include "models/part/PartRecord.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <optional>

namespace cc {

class Database;

// Reads and writes whole part records. Callers own transactions.
class PartRepository
{
public:
    explicit PartRepository(Database &database);
    // The database these parts live in, so that readers of the same catalog
    // (e.g. its assembly rules) need no second handle.
    const Database &database() const { return m_database; }

    // The part with this item number; a superseded number leads to its
    // successor (supersededItem then names the number asked for).
    std::optional<PartRecord> find(const QString &itemNumber) const;
    // The records find() gives for these item numbers, in the order asked
    // (one per number; a superseded number gives its successor with
    // supersededItem set); numbers the catalog does not know are left out.
    // Reads with a fixed number of queries per few hundred parts, not per part.
    QList<PartRecord> findMany(const QStringList &itemNumbers) const;
    std::optional<qint64> idOf(const QString &itemNumber) const;
    // Which of these item numbers are parts of the catalog (by their own
    // number, not as a superseded one).
    QSet<QString> existingItems(const QStringList &itemNumbers) const;
    // The successor of a superseded item number, or an empty string.
    QString successorOf(const QString &itemNumber) const;

    int count() const;
    // Item numbers of the connectors that differ from the given attributes
    // in at most `maxFailures` known ones (family or pin spacing, same
    // gender, poles, coding), plus the counterparts listed for `itemNumber`
    // either way; sorted. Null attributes decide nothing. Family and coding
    // are given as the part states them and compared by their mating keys
    // (MatingKeyColumns), as MatingRules compares them.
    struct MateQuery
    {
        QString itemNumber;
        QString family;
        std::optional<double> pinSpacingMm;
        QString gender;
        std::optional<int> poles;
        QString coding;
    };
    QStringList mateCandidateItems(const MateQuery &query, int maxFailures) const;
    // Item numbers of the parts of `kind` that are among `listed` or whose
    // family is one of `families` (compared by their mating keys), sorted.
    QStringList itemsOfKindListedOrInFamilies(const QString &kind, const QStringList &listed,
                                              const QStringList &families) const;
    // Item numbers of every part whose kind is one of `kinds`, sorted.
    QStringList itemNumbersOfKinds(const QStringList &kinds) const;
    QList<PartSummary> summaries(int offset, int limit) const;

    // Inserts or replaces the part's scalar fields and its ratings, conductor
    // ranges, approvals, classifications, notes, features, documents,
    // descriptions and references, and which of its values are derived (their
    // provenance's source must be saved already; a value not marked derived
    // is stated). Relations are separate.
    // `isNew`: the caller knows the part is not stored yet, so it has no
    // rows to replace (an import of many new parts saves a statement per
    // child table and part).
    qint64 save(const PartRecord &record, const QString &origin, qint64 sourceId, bool isNew = false);
    // What resolving a part's references needs of it, for many parts at
    // once: its id, origin, successor, references and the relations it
    // lists (not those listing it).
    struct Links
    {
        qint64 id = 0;
        QString itemNumber;
        QString description;
        QString origin;
        QString successorItem;
        QList<ReferenceRecord> references;
        QList<RelationRecord> relations;
    };
    QList<Links> linksOf(const QStringList &itemNumbers) const;
    // Replaces the relations of a part that `sourceId` gave with these.
    void saveRelations(qint64 partId, const QList<RelationRecord> &relations, qint64 sourceId);
    qint64 saveSource(const SourceRecord &source);
    void saveSupersession(const QString &oldItemNumber, qint64 successorId, qint64 sourceId);
    void removePart(qint64 partId);

private:
    void insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                    const QString &operation);
    void loadChildren(qint64 partId, PartRecord &record) const;
    // Records read together (findMany), indexed by item number and by id.
    struct Batch
    {
        QList<PartRecord> records;
        QList<qint64> ids;
        QHash<QString, qsizetype> byItem;
        QHash<qint64, qsizetype> byId;
    };
    // Adds the parts of these item numbers (found directly, not through a
    // successor) to the batch, without their children.
    void readParts(const QStringList &itemNumbers, Batch &batch) const;
    // The children of every record of the batch.
    void loadChildren(Batch &batch) const;
    Database &m_database;
};

} // namespace cc
