#pragma once

#include "models/import/feed/FeedProduct.h"
#include "models/part/PartRecord.h"

#include <QList>
#include <QString>
#include <optional>

namespace cc {

// How a feed is read into parts.
struct FeedMapOptions
{
    // The language of the program (ISO 639-1 or -2, e.g. 'de', 'deu'): the
    // description in it is the part's description when the file has one.
    QString language;
    // The item number is MANUFACTURER_PID instead of SUPPLIER_PID.
    bool manufacturerPid = false;
    // The family for products whose file states none (MANUFACTURER_TYPE_DESCR).
    QString family;
};

// Something about a product that the import reports: a value it did not
// store (not a number, a wrong GTIN check digit) and why, with its line.
struct FeedIssue
{
    int line = 0;
    QString text;
};

// A product as a part, ready for the import rules.
struct MappedProduct
{
    int line = 0;
    PartRecord record;
    bool remove = false;        // mode="delete": the part leaves the catalog
    QString skipReason;         // not empty: the product cannot be imported
    QList<FeedIssue> issues;    // imported without these values
};

// Turns a BMEcat product into a part record:
//   - identity and trade data: item number (SUPPLIER_PID, or
//     MANUFACTURER_PID when asked), manufacturer, GTIN (check digit
//     verified), packaging unit (the smallest UDX.EDXF.PACKING_UNIT, else the
//     order details), net weight (kg per order unit -> g per piece), customs
//     tariff number, country of origin, ETIM and eCl@ss classes;
//   - the ETIM features of the classes for plug-in building installation
//     (EG000057): poles, gender (the model feature, through Genders), colour,
//     an IEC rating row (voltage, current, surge voltage, pollution degree),
//     conductor ranges per class (through ConductorClasses), cable diameter,
//     protection class, dimensions, fire load (kWh x 3.6 = MJ), materials,
//     the accessory type (through PartKinds). NA, MV, UN and empty values
//     are unknown; a value that does not read is left out and reported;
//   - what ETIM does not hold from the short description (DescriptionParser,
//     as the datasheet import reads it) and the family from
//     MANUFACTURER_TYPE_DESCR (or FeedMapOptions::family);
//   - kept as the file says it: every feature, the descriptions per
//     language, data sheet and drawing links (resolved against MIME_ROOT) and
//     every reference to another item.
// Nothing is derived from an item number.
class FeedMapper
{
public:
    FeedMapper(const FeedHeader &header, FeedMapOptions options);

    MappedProduct map(const FeedProduct &product) const;

    // The relation a reference makes when the item it names is in the
    // catalog: accessories (optional accessory), mandatory (required),
    // select (one of a required group), consists_of (kit content with its
    // quantity), sparepart, similar. None for followup and predecessor (they
    // make supersessions) and for the other types (kept as references only).
    static std::optional<RelationRecord> relationFor(const ReferenceRecord &reference);
    // The reference says the part is superseded by the item it names
    // (followup), or supersedes it (predecessor, UDX.EDXF.PREDECESSOR_PID).
    static bool isSuccessor(const ReferenceRecord &reference);
    static bool isPredecessor(const ReferenceRecord &reference);
    // Whether a reference of this type must name an item of the catalog
    // (otherwise it is reported as unresolved).
    static bool needsItem(const ReferenceRecord &reference);

    // A GTIN (8, 12, 13 or 14 digits) whose check digit is right.
    static bool isValidGtin(const QString &gtin);
    // A language code as ISO 639-2 ('de', 'ger', 'DEU' -> 'deu').
    static QString languageCode(const QString &code);
    // Text with HTML tags and (double-escaped) entities resolved: 'mm&sup2;' -> 'mm²'.
    static QString plainText(const QString &text);

private:
    struct Context;
    void mapFeatures(const FeedProduct &product, Context &context) const;
    void mapTradeData(const FeedProduct &product, Context &context) const;
    void mapDescriptions(const FeedProduct &product, Context &context) const;
    void mapDocuments(const FeedProduct &product, Context &context) const;
    void mapReferences(const FeedProduct &product, Context &context) const;
    static void keepOnlyValidValues(Context &context);
    QString resolved(const QString &location) const;

    FeedHeader m_header;
    FeedMapOptions m_options;
    QString m_language; // m_options.language as ISO 639-2
    QString m_defaultLanguage;
};

} // namespace cc
