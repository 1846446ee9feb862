#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/MatingCandidate.h"
#include "models/rules/MatingVerdict.h"

#include <QCoreApplication>
#include <QList>

namespace cc {

class PartCatalog;

// Which connectors mate (issue 4). Two parts mate when they belong to the
// same connector system (same family and same pin spacing), are of opposite
// gender, have the same pole count and the same coding (D1: mismating
// protection). Counterpart links a datasheet lists count as evidence.
class MatingRules
{
public:
    static MatingVerdict check(const PartRecord &a, const PartRecord &b);

    // Every candidate except `part` itself, with its verdict, in the
    // candidates' order.
    static QList<MatingCandidate> compare(const PartRecord &part,
                                          const QList<PartRecord> &candidates);
    // The candidates that mate with `part`.
    static QList<MatingCandidate> matesFor(const PartRecord &part,
                                           const QList<PartRecord> &candidates);
    // Connectors that fail on exactly one condition while every other
    // condition is known to hold.
    static QList<MatingCandidate> nearMisses(const PartRecord &part,
                                             const QList<PartRecord> &candidates);
    // Candidates whose verdict is unknown.
    static QList<MatingCandidate> undecided(const PartRecord &part,
                                            const QList<PartRecord> &candidates);

    // The same, with the connectors of `catalog` as candidates.
    static QList<PartRecord> connectorsOf(const PartCatalog &catalog);
    static QList<MatingCandidate> matesFor(const PartRecord &part, const PartCatalog &catalog);
    static QList<MatingCandidate> nearMisses(const PartRecord &part, const PartCatalog &catalog);

    // True when `part` lists `other` as its counterpart (by item number or by
    // the superseded number `other` was found by).
    static bool listsCounterpart(const PartRecord &part, const PartRecord &other);
    static bool hasCounterparts(const PartRecord &part);
    // Family names compared by their MatingKey: without case, spacing and
    // the registered sign. False when either states no family.
    static bool sameFamily(const QString &a, const QString &b);
};

} // namespace cc
