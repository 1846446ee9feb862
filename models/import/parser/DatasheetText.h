#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

struct DatasheetLine
{
    int number = 0; // 1-based line number in the file
    QString text; // without surrounding spaces; tabs kept
    bool afterPageBreak = false; // a page footer was dropped before this line
};

// The text layer of a datasheet: decoding the bytes and dropping the page
// footers (address, phone, "Subject to changes" lines) wherever they fall.
class DatasheetText
{
public:
    static constexpr qsizetype maxBytes = 5 * 1024 * 1024;

    // Decodes UTF-8 (with or without BOM; CRLF, CR or LF line ends) into
    // lines; returns an error text when the data is empty, too large,
    // binary or not UTF-8, and an empty string on success.
    static QString decode(const QByteArray &data, QStringList *lines);
    // The lines without page footers. `endsWithFooter` tells whether the
    // text ends with a footer, as every complete datasheet page does.
    static QList<DatasheetLine> withoutFooters(const QStringList &lines, bool *endsWithFooter);
};

} // namespace cc
