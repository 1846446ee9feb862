#pragma once

#include "models/bom/export/BomFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// Every file format of the bill of materials, in the order they are
// offered: csv, xlsx, pdf, html, json. The GUI's Export… and the command
// line's `bom` choose, name, filter and write formats through this list
// alone. Look-ups ignore case; they return nullptr for an unknown format.
class BomFormats
{
public:
    static const QList<BomFormat> &all();
    // CSV: what the command line writes when neither --format nor a suffix says.
    static const BomFormat &defaultFormat();
    // By id ("html"), as --format takes it.
    static const BomFormat *byId(const QString &id);
    // By file suffix, with or without the dot ("htm", ".HTML").
    static const BomFormat *bySuffix(const QString &suffix);
    // By one of the filters of fileDialogFilters().
    static const BomFormat *byFileDialogFilter(const QString &filter);

    static QStringList ids();
    // Every format's filter, joined with ";;" for QFileDialog.
    static QString fileDialogFilters();
    // "csv, xlsx, pdf, html or json"
    static QString idsText();
    // The name a new file of the bill gets: the project's name, with what
    // file systems refuse (/ \ : * ? " < > | and control characters) made
    // '-', without spaces and dots at its ends, and the format's suffix
    // ("Hall 3-4.xlsx"); `fallback` where the name leaves nothing.
    static QString fileName(const QString &projectName, const BomFormat &format,
                            const QString &fallback);
    // Unknown format "docx"; use csv, xlsx, pdf, html or json.
    // `name` is what was asked for: an id or a file suffix.
    static QString unknownFormatMessage(const QString &name);
};

} // namespace cc
