#pragma once

#include "models/import/PartImport.h"
#include "models/part/PartRecord.h"

#include <QStringList>
#include <QVariant>

namespace cc {

// Merges what a datasheet says about a part into the part's stored record,
// field by field, and lists what that changes.
//   Replace:  every value the datasheet states wins; values it does not state
//             are kept. Ratings, conductor ranges, approvals and
//             classifications are replaced as a whole when the datasheet
//             gives them. Notes: a topic the part lacks is added; an
//             existing note's text is replaced only on a part that came
//             from an import (catalog and user notes keep their wording).
//   FillOnly: only values the part does not know yet are filled in; where
//             the part holds another value, that is a conflict and the
//             part's value stays.
// In both modes a derived value (PartFieldValues::isDerived) gives way to a
// value the datasheet states, without a conflict: the stated value replaces
// it and its provenance.
class PartRecordMerge
{
public:
    enum class Mode { Replace, FillOnly };

    // Sets part->record, part->changes and part->conflicts.
    static void merge(const PartRecord &existing, const PartRecord &incoming, Mode mode,
                      PartImport *part);
    // Sets part->relations (what to write) and adds to changes and conflicts.
    static void mergeRelations(const QList<RelationRecord> &existing,
                               const QList<RelationRecord> &incoming, Mode mode, PartImport *part);

    // A value as text for reports; an empty string for "not known".
    static QString display(const QVariant &value);
    // A field's value as text for reports, a derived one with its provenance
    // ("WINSTA MIDI (derived from the listing on the datasheet of 770-1324)");
    // an empty string for "not known".
    static QString display(const PartFieldValues &values, PartField field);
    static QStringList lines(const QList<RatingRecord> &ratings);
    static QStringList lines(const QList<ConductorRangeRecord> &ranges);
    static QStringList lines(const QList<ApprovalRecord> &approvals);
    static QStringList lines(const QList<ClassificationRecord> &classifications);
    static QString describe(const RelationRecord &relation);
};

} // namespace cc
