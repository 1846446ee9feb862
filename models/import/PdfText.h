#pragma once

#include <QString>

namespace cc {

// The text of a PDF file laid out as lines, read with Qt PDF.
//
// Qt PDF's page text (QPdfDocument::getAllText) joins a page's lines with
// spaces and loses the gap between a table row's name and value, so the
// `name<TAB>value` rows of a datasheet would not survive. This reader takes
// each character's box instead and rebuilds the layout: a character below
// the current line starts a new line, a larger vertical gap gives an empty
// line, and a horizontal gap wider than about two characters becomes a tab.
class PdfText
{
public:
    // Returns the text, or sets `error` (a sentence for the user) and
    // returns an empty string.
    static QString read(const QString &path, QString *error);
};

} // namespace cc
