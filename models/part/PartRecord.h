#pragma once

#include "models/part/ApprovalRecord.h"
#include "models/part/ClassificationRecord.h"
#include "models/part/ConductorRangeRecord.h"
#include "models/part/DescriptionRecord.h"
#include "models/part/DocumentRecord.h"
#include "models/part/FeatureRecord.h"
#include "models/part/NoteRecord.h"
#include "models/part/PartFieldValues.h"
#include "models/part/RatingRecord.h"
#include "models/part/ReferenceRecord.h"
#include "models/part/RelationRecord.h"
#include "models/part/SourceRecord.h"

#include <QList>
#include <QString>

namespace cc {

// A part as the catalog stores it: its scalar fields (PartFieldValues; item
// number and description are always known) and its rows of ratings,
// conductor ranges, approvals, classifications, relations and notes; from a
// catalog feed also its features, documents, descriptions per language and
// references as the feed states them. An absent value (no source states it)
// is unknown, never zero.
struct PartRecord : PartFieldValues
{
    QList<RatingRecord> ratings;
    QList<ConductorRangeRecord> conductorRanges;
    QList<ApprovalRecord> approvals;
    QList<ClassificationRecord> classifications;
    QList<RelationRecord> relations;
    QList<NoteRecord> notes;
    QList<FeatureRecord> features;         // as the source states them
    QList<DocumentRecord> documents;       // links to data sheets, drawings
    QList<DescriptionRecord> descriptions; // per language
    QList<ReferenceRecord> references;     // as the source states them
    SourceRecord source;
    QString origin;          // catalog, import, user
    QString supersededItem;  // set when the part was found by a superseded number
    QString successorItem;   // the part that a source names as this one's successor
};

} // namespace cc
