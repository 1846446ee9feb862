#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// What a BMEcat catalog says about itself (HEADER and the transaction).
struct FeedHeader
{
    QString bmecatVersion;   // BMECAT@version: '2005', '1.2', ...
    QString transaction;     // T_NEW_CATALOG, T_UPDATE_PRODUCTS, T_UPDATE_PRICES, T_NEW_PRODUCTDATA
    QStringList languages;   // CATALOG/LANGUAGE, in order (ISO 639-2: 'deu', 'eng')
    QString defaultLanguage; // the one marked default="true", else the first
    QString catalogId;
    QString catalogVersion;
    QString catalogName;
    QString date;            // the catalog's generation date as the file gives it
    QString mimeRoot;        // what relative MIME_SOURCEs are relative to
    QString supplierName;
};

// A text in one language (DESCRIPTION_SHORT lang="deu").
struct FeedText
{
    QString language; // empty: the catalog's default language
    QString text;
};

// One FEATURE with the feature system and class of its block.
struct FeedFeature
{
    QString system; // REFERENCE_FEATURE_SYSTEM_NAME
    QString group;  // REFERENCE_FEATURE_GROUP_ID
    QString name;   // FNAME
    QStringList values;
    QString unit;
    QString details;
    int line = 0;
};

struct FeedPackingUnit
{
    QString quantityMin;
    QString quantityMax;
    QString code;
};

// A MIME (2005) or UDX.EDXF.MIME (ETIM guideline 4.0 and later).
struct FeedMime
{
    QString type;
    QString source;
    QString description;
    QString purpose; // data_sheet, normal, detail, ...
    QString code;    // MD01 ... MD99 (EDXF)
    QString fileName;
};

struct FeedReference
{
    QString type;       // accessories, mandatory, select, consists_of, followup, sparepart, similar, ...
    QString itemNumber; // PROD_ID_TO / ART_ID_TO
    QString quantity;   // as written; empty when not stated
    int line = 0;
};

// One PRODUCT (2005) or ARTICLE (1.2) as the file states it, every value
// as text; FeedMapper turns it into a part.
struct FeedProduct
{
    int line = 0;   // where the product starts
    QString mode;   // new, update, delete; empty: new
    QString supplierPid;
    QString manufacturerPid;
    QString manufacturerName;
    QString typeDescription; // MANUFACTURER_TYPE_DESCR
    QString status;
    QList<FeedText> shortDescriptions;
    QList<FeedText> longDescriptions;
    QList<std::pair<QString, QString>> internationalPids; // type, value (1.2 EAN: 'ean')
    // The classes the feature blocks name (system, group), features or not.
    QList<std::pair<QString, QString>> classes;
    QList<FeedFeature> features;
    QString orderUnit;
    QString contentUnit;
    QString unitsPerOrderUnit; // NO_CU_PER_OU
    QString quantityMin;
    QString quantityInterval;
    QList<FeedPackingUnit> packingUnits;
    QString netWeight; // kg per order unit
    QString customsNumber;
    QString countryOfOrigin;
    QList<FeedMime> mimes;
    QList<FeedReference> references;
    QStringList predecessors; // UDX.EDXF.PREDECESSOR_PID
};

} // namespace cc
