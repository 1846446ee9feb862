#include "models/import/PdfText.h"

#include <QFileInfo>
#include <QList>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRectF>
#include <algorithm>

namespace cc {

namespace {

struct Glyph
{
    QString text;
    QRectF box;
    bool spaceBefore = false; // the page text has a space before it
};

QString errorText(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::FileNotFound:
        return QStringLiteral("the file was not found");
    case QPdfDocument::Error::InvalidFileFormat:
        return QStringLiteral("it is not a valid PDF file (damaged or of another format)");
    case QPdfDocument::Error::IncorrectPassword:
        return QStringLiteral("it is protected by a password");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QStringLiteral("its security scheme is not supported");
    case QPdfDocument::Error::DataNotYetAvailable:
        return QStringLiteral("its data is not available");
    default:
        return QStringLiteral("it could not be read");
    }
}

bool onOneLine(const QList<QPolygonF> &bounds)
{
    if (bounds.isEmpty())
        return false;
    const QRectF first = bounds.first().boundingRect();
    for (const QPolygonF &polygon : bounds) {
        const QRectF box = polygon.boundingRect();
        if (box.top() >= first.bottom() || box.bottom() <= first.top())
            return false;
    }
    return true;
}

// The page's words with their boxes. Asking Qt PDF for a box loads the page
// again, so boxes are taken per word (a run between the spaces of the page
// text) and only per character where a word's boxes lie on several lines.
QList<Glyph> glyphsOf(QPdfDocument &document, int page)
{
    QList<Glyph> glyphs;
    const QString text = document.getAllText(page).text();
    const int count = static_cast<int>(text.size());
    int at = 0;
    while (at < count) {
        if (text.at(at).isSpace()) {
            ++at;
            continue;
        }
        int end = at;
        while (end < count && !text.at(end).isSpace())
            ++end;
        const QPdfSelection word = document.getSelectionAtIndex(page, at, end - at);
        if (onOneLine(word.bounds())) {
            glyphs.append(Glyph{word.text().trimmed(), word.boundingRectangle(), true});
        } else {
            bool space = true;
            for (int i = at; i < end; ++i) {
                const QPdfSelection glyph = document.getSelectionAtIndex(page, i, 1);
                const QRectF box = glyph.boundingRectangle();
                if (glyph.text().trimmed().isEmpty() || box.width() <= 0 || box.height() <= 0) {
                    space = true;
                    continue;
                }
                glyphs.append(Glyph{glyph.text(), box, space});
                space = false;
            }
        }
        at = end;
    }
    return glyphs;
}

QString layout(const QList<Glyph> &glyphs)
{
    // The left margin of the page: text that starts well right of it stands
    // in a table's second column, its first cell empty.
    qreal margin = glyphs.isEmpty() ? 0 : glyphs.first().box.left();
    for (const Glyph &glyph : glyphs)
        margin = std::min(margin, glyph.box.left());
    QStringList lines;
    QString line;
    QRectF lineBox; // the boxes of the current line's glyphs together
    bool started = false;
    qreal lineHeight = 0;
    qreal right = 0;
    for (const Glyph &glyph : glyphs) {
        // A glyph that does not overlap the line vertically, or that goes
        // back to the left, starts a new line.
        const qreal tolerance = 0.1 * glyph.box.height();
        const bool newLine = !started || glyph.box.top() >= lineBox.bottom() - tolerance
                             || glyph.box.bottom() <= lineBox.top() + tolerance
                             || glyph.box.left() < right - glyph.box.height();
        if (newLine) {
            if (started) {
                lines << line;
                // More than about one line further down: the text had an empty line.
                if (glyph.box.top() - lineBox.top() > 2.2 * lineHeight)
                    lines << QString();
            }
            line.clear();
            if (glyph.box.left() - margin > 1.8 * glyph.box.height())
                line += QLatin1Char('\t');
            started = true;
            lineBox = glyph.box;
            lineHeight = glyph.box.height();
        } else {
            const qreal gap = glyph.box.left() - right;
            const qreal em = std::max(lineHeight, glyph.box.height());
            if (gap > 1.8 * em)
                line += QLatin1Char('\t');
            else if (glyph.spaceBefore || gap > 0.6 * em)
                line += QLatin1Char(' ');
            lineBox = lineBox.united(glyph.box);
            lineHeight = std::max(lineHeight, glyph.box.height());
        }
        line += glyph.text;
        right = glyph.box.right();
    }
    if (started)
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString PdfText::read(const QString &path, QString *error)
{
    QPdfDocument document;
    const QPdfDocument::Error loaded = document.load(path);
    if (loaded != QPdfDocument::Error::None) {
        *error = QStringLiteral("%1 cannot be read as a PDF: %2.")
                     .arg(QFileInfo(path).fileName(), errorText(loaded));
        return {};
    }
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages << layout(glyphsOf(document, page));
    QString text = pages.join(QLatin1Char('\n'));
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("%1 holds no text (a scanned PDF?).")
                     .arg(QFileInfo(path).fileName());
        return {};
    }
    return text + QLatin1Char('\n');
}

} // namespace cc
