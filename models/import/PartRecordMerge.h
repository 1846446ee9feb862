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
// Lists:
//   Whole:    a datasheet gives a part's ratings, conductor ranges and
//             classifications completely: its list is the new list.
//   ByRow:    a catalog feed gives single rows (an IEC rating, the ranges of
//             the classes it knows, its classification): each replaces the
//             part's row of the same market, conductor class or scheme and
//             version, taking the values the feed does not state (standard,
//             overvoltage category, AWG of the same range) from it; the
//             part's other rows are kept.
// What a source states as it states it (features, documents, descriptions
// per language, references) follows the source in either mode, row by row
// (a feature by its system and code, a description by its language, a
// document or reference as a whole), keeping the rows the source does not
// state: the user does not edit these, so they make no conflicts.
class PartRecordMerge
{
public:
    enum class Mode { Replace, FillOnly };
    enum class Lists { Whole, ByRow };

    // Sets part->record, part->changes and part->conflicts.
    static void merge(const PartRecord &existing, const PartRecord &incoming, Mode mode,
                      PartImport *part, Lists lists = Lists::Whole);
    // The incoming lists completed row by row from the existing ones (see
    // Lists::ByRow).
    static PartRecord completedRows(const PartRecord &existing, const PartRecord &incoming);
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
    static QStringList lines(const QList<DocumentRecord> &documents);
    static QStringList lines(const QList<DescriptionRecord> &descriptions);
    static QStringList lines(const QList<ReferenceRecord> &references);
    // A feature's values as a report shows them: '0.5 … 2.5 mm²', 'EV000218'.
    static QString featureValue(const FeatureRecord &feature);
    static QString describe(const RelationRecord &relation);
};

} // namespace cc
