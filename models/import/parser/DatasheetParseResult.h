#pragma once

#include "models/part/PartRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// A line of the datasheet that the parser could not place.
struct UnplacedLine
{
    int lineNumber = 0; // 1-based, in the file as given
    QString text;
    QString reason;
};

// A document the datasheet's download tables list.
struct DatasheetDownload
{
    int lineNumber = 0;
    QString title;
    QDate date; // invalid when the row gives none
    QString format; // "xml 3.1 kB", "URL", ...
};

// What DatasheetParser read from one datasheet text.
struct DatasheetParseResult
{
    bool isDatasheet = false; // the text has the form of a datasheet
    QString error; // why the text cannot be imported; empty when it can
    PartRecord part; // the datasheet's part with its relations
    QList<PartRecord> relatedParts; // counterparts and accessories, from their descriptions
    int fieldsRead = 0; // datasheet rows and lines placed in the records
    QList<UnplacedLine> unplaced; // rows and lines the parser could not place
    QStringList warnings; // e.g. a row that contradicts the short description
    QDate date; // the datasheet's own date, when it states one
    QList<NoteRecord> installationNotes; // verbatim, by sub-heading
    QList<DatasheetDownload> downloads;

    bool ok() const { return isDatasheet && error.isEmpty(); }
};

} // namespace cc
