#pragma once

#include "models/part/PartRecord.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

class QSqlQuery;

namespace cc {

// The SQL that reads a part record's rows, and the turning of those rows into
// the record's parts, shared by PartRepository's single and batched reads.
//
// Each select takes its condition as %1. The child tables' selects take as
// %2 the columns that come first: the owner's id when several parts are read
// at once (which also orders the rows by owner), or nothing; their ...From()
// functions read the row from column `c` on.
class PartRows
{
public:
    // The part's own row with its source: id, origin, the source's five
    // columns, then every field of PartFields in order, then the item
    // number of its successor (when a source names one).
    static QString partSelect();
    static PartRecord partFrom(const QSqlQuery &query);

    static QString ratingSelect();
    static RatingRecord ratingFrom(const QSqlQuery &q, int c);
    static QString rangeSelect();
    static ConductorRangeRecord rangeFrom(const QSqlQuery &q, int c);
    static QString approvalSelect();
    static ApprovalRecord approvalFrom(const QSqlQuery &q, int c);
    static QString classificationSelect();
    static ClassificationRecord classificationFrom(const QSqlQuery &q, int c);
    // Newest scheme version first, compared as numbers ("10.0" after "9.0").
    static void sortClassifications(QList<ClassificationRecord> &classifications);
    // Counterparts hold both ways; accessories only from the part that lists
    // them. %1 selects the listing parts, %2 the listed ones; with `owner`
    // the first column is the id of the part the row belongs to.
    static QString relationSelect(bool owner = true);
    static RelationRecord relationFrom(const QSqlQuery &q, int c);
    static QString noteSelect();
    static NoteRecord noteFrom(const QSqlQuery &q, int c);
    // Which of the part's values are derived, and from where
    // (part_derived_value). derivedFrom() marks the value of the row's field
    // as derived in `record`; a row naming a column this program does not
    // know, or a value the part does not hold, is passed over.
    static QString derivedSelect();
    static void derivedFrom(const QSqlQuery &q, int c, PartRecord &record);
    static QString featureSelect();
    static FeatureRecord featureFrom(const QSqlQuery &q, int c);
    static QString documentSelect();
    static DocumentRecord documentFrom(const QSqlQuery &q, int c);
    static QString descriptionSelect();
    static DescriptionRecord descriptionFrom(const QSqlQuery &q, int c);
    static QString referenceSelect();
    static ReferenceRecord referenceFrom(const QSqlQuery &q, int c);
    // A feature's values as the column keeps them (a JSON array of text).
    static QString valuesText(const QStringList &values);
    static QStringList valuesFrom(const QString &text);

    // A column's value, or none when it is NULL.
    static std::optional<double> optionalReal(const QVariant &value);
    static std::optional<int> optionalInt(const QVariant &value);
    static QString optionalText(const QVariant &value);
    // Every field column of PartFields, prefixed with `tableAlias`.
    static QString fieldColumns(const QString &tableAlias);
};

} // namespace cc
