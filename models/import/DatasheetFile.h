#pragma once

#include <QByteArray>
#include <QString>

namespace cc {

// Reads a datasheet file for the parser: a text file as it is, a PDF
// (recognised by its "%PDF-" signature) as its text laid out in lines.
// Refuses, with a sentence for the user, a missing or unreadable file, a
// folder and a file too large to be a datasheet.
class DatasheetFile
{
public:
    static constexpr qint64 maxTextBytes = 5 * 1024 * 1024;
    static constexpr qint64 maxPdfBytes = 50 * 1024 * 1024;

    // Returns an empty string and sets `data` (UTF-8 text) on success.
    static QString read(const QString &path, QByteArray *data);
    static bool isPdf(const QByteArray &start);
};

} // namespace cc
