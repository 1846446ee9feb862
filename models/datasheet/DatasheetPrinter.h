#pragma once

#include "models/datasheet/PartFormatter.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace cc {

struct PartRecord;

// A part's datasheet as a printable document: laid out on the device's
// pages with a header (item number and description) and "page n of m".
// Works on any paged device: a printer, or a QPdfWriter for export.
class DatasheetPrinter
{
public:
    // Values in the formatter's language, preferences and locale.
    explicit DatasheetPrinter(PartFormatter formatter);

    // The datasheet's HTML with the face drawing (`faceWidth` logical pixels
    // wide, drawn with `pixelRatio` device pixels per logical pixel) added
    // to `target` as an image resource.
    QString html(const PartRecord &record, int faceWidth, QTextDocument *target,
                        qreal pixelRatio = 1.0) const;
    // The datasheet as a document, the face drawing included.
    QTextDocument *document(const PartRecord &record, qreal dotsPerMm) const;
    // Returns the number of pages printed.
    int print(const PartRecord &record, QPagedPaintDevice &device) const;
    // The datasheet as a PDF document (safe on any thread: no widgets).
    QByteArray pdf(const PartRecord &record, bool letter = false) const;
    // Writes a PDF file; returns an empty string or what went wrong.
    QString exportPdf(const PartRecord &record, const QString &path, bool letter = false) const;

private:
    PartFormatter m_formatter;
};

} // namespace cc
