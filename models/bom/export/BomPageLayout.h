#pragma once

#include "models/bom/export/BomWriteOptions.h"

#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace cc {

class BillOfMaterials;

// The bill of materials laid out on pages for people: the PDF and the
// printout (with its preview) are this one layout, on a QPdfWriter or a
// QPrinter. The first page starts with a title block (project, date, a
// summary), later pages with a running head; the table's header row is
// repeated on every page; the totals close the table; then come the rules
// the lines rest on and the warnings, each a section of its own; every page
// ends with "Page i of n".
//
// Column widths come from the texts. The columns of numbers, item numbers,
// GTINs, ratings, customs tariffs and countries are as wide as their widest
// value and never wrap; only the description, approvals, "used in" and
// basis wrap, at spaces, and share what the page leaves by the length of
// their texts, so that the table is as short as may be. Headings wrap
// between words. When the narrowest table does not fit the page the font
// gets smaller, down to 5 pt; it also gets smaller (down to 6 pt) where
// that saves pages. Only if even 5 pt does not fit, a word of a wrapping
// column may break. A row taller than a page continues on the next.
class BomPageLayout
{
public:
    // A4 landscape with 10 mm margins: the PDF's page, the printout's first offer.
    static QPageLayout defaultPageLayout();
    // Whether a column's texts may wrap (at spaces): description, approvals,
    // used in, basis.
    static bool wraps(int column);

    // Lays the bill out on `device`'s page (its size, margins and
    // resolution); paint() later draws it there.
    BomPageLayout(const BillOfMaterials &bom, const BomWriteOptions &options,
                  QPagedPaintDevice *device);

    // The columns shown (BomTable::Column), in order.
    const QList<int> &columns() const { return m_columns; }
    // Widths in device units; 0 for a column not shown.
    qreal columnWidth(int column) const;
    qreal tableWidth() const;
    qreal pageWidth() const { return m_pageWidth; }
    // The font of the table's cells (its size as chosen to fit).
    const QFont &bodyFont() const { return m_body; }
    // The inner margin of a cell on each side, in device units.
    qreal cellPadding() const { return m_padding; }
    // The lines a cell of the bill's line `line` (0-based) is drawn in:
    // one for a column that does not wrap.
    QStringList cellLines(int line, int column) const;
    int pageCount() const { return m_pageCount; }

    // Draws every page on the device the layout measured, starting on its
    // current page (QPagedPaintDevice::newPage() between pages).
    void paint(QPainter &painter) const;

private:
    struct Cell
    {
        QString text;
        QStringList lines;
        bool known = true;
    };
    struct Row
    {
        QList<Cell> cells; // one per shown column
        int lineCount = 1; // of its tallest cell
        qreal height = 0;
    };
    enum class BlockKind { Row, Totals, Heading, Bullet, Gap };
    // A row, heading or bullet (or the part of one that is on a page).
    struct Block
    {
        BlockKind kind = BlockKind::Gap;
        int index = 0; // the row, or the paragraph
        qreal height = 0;
        bool inTable = false;
        int first = 0; // of its lines, the first and how many are on this page
        int count = 0;
        int page = 0;
        qreal y = 0;
    };

    // Lays the table out at a font size: widths, lines, pages; the page count.
    int layOut(qreal pointSize, bool breakAnywhere);
    // Whether the narrowest table fits at that size; with `share`, the
    // widths that make it shortest.
    bool fitColumns(qreal pointSize, bool breakAnywhere, bool share);
    void shareRest(const QList<qreal> &minimum, const QList<qreal> &natural,
                   const QList<qreal> &area);
    void measureRow(Row &row, const QFont &font) const;
    QStringList wrap(const QString &text, const QFont &font, qreal width, bool anywhere) const;
    void paginate();
    qreal titleBlockHeight() const;
    qreal runningHeadHeight() const;
    qreal footerHeight() const;
    qreal lineHeight(const QFont &font) const;

    void paintTitleBlock(QPainter &painter) const;
    void paintRunningHead(QPainter &painter) const;
    void paintFooter(QPainter &painter, int page) const;
    void paintRow(QPainter &painter, const Row &row, qreal y, qreal height, int first, int count,
                  const QFont &font, bool header, bool shaded) const;
    qreal bulletIndent() const;
    void paintParagraph(QPainter &painter, const QStringList &lines, qreal y, const QFont &font,
                        qreal indent) const;

    QPagedPaintDevice *m_device;
    QString m_name;
    QString m_date;
    QStringList m_summary;
    QList<int> m_columns;
    QList<qreal> m_widths; // by shown column
    QFont m_body;
    QFont m_bold;
    QFont m_title;
    QFont m_info;
    QFont m_infoBold;
    qreal m_pageWidth = 0;
    qreal m_pageHeight = 0;
    qreal m_padding = 0;
    bool m_breakAnywhere = false;
    Row m_header;
    QList<Row> m_rows;
    Row m_totals;
    QList<QStringList> m_paragraphs; // headings and bullets, wrapped to the page width
    QList<int> m_sections;           // after the table: how many bullets under each heading
    QList<Block> m_blocks;
    QList<qreal> m_headerY; // by page: where the table's header row is, or < 0
    int m_pageCount = 1;
};

} // namespace cc
