#include "models/bom/export/BomPageLayout.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/export/BomExportTr.h"
#include "models/part/PartTr.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace cc {

namespace {

// Table font sizes tried, largest first, until the narrowest table fits.
constexpr qreal tableSizes[] = {7.0, 6.5, 6.0, 5.5, 5.0};

const QColor gridColour(0xA0, 0xA0, 0xA0);
const QColor headerColour(0xE4, 0xE4, 0xE4);
const QColor stripeColour(0xF4, 0xF4, 0xF4);
const QColor unknownColour(0x70, 0x70, 0x70);

QStringList words(const QString &paragraph)
{
    return paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QPageLayout BomPageLayout::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

bool BomPageLayout::wraps(int column)
{
    return column == BomTable::Description || column == BomTable::Approvals
        || column == BomTable::UsedIn || column == BomTable::Basis;
}

BomPageLayout::BomPageLayout(const BillOfMaterials &bom, const BomWriteOptions &options,
                             QPagedPaintDevice *device)
    : m_device(device)
    , m_body(QStringLiteral("DejaVu Sans"))
{
    m_name = bom.projectName.isEmpty() ? BomExportTr::tr("Unnamed project") : bom.projectName;
    m_date = options.date.toString(Qt::ISODate);
    const QString weight = bom.weightG()
        ? BillOfMaterials::number(*bom.weightG(), 2) + QStringLiteral(" g")
        : BomExportTr::tr("not known (%1 g for the lines that state it)")
              .arg(BillOfMaterials::number(bom.knownWeightG(), 2));
    const QString fireLoad = bom.fireLoadMj()
        ? BillOfMaterials::number(*bom.fireLoadMj(), 3) + QStringLiteral(" MJ")
        : BomExportTr::tr("not known (%1 MJ for the lines that state it)")
              .arg(BillOfMaterials::number(bom.knownFireLoadMj(), 3));
    m_summary = {
        BomExportTr::tr("Lines: %1, warnings: %2").arg(bom.lines.size()).arg(bom.warnings.size()),
        BomExportTr::tr("Pieces needed: %1, to order: %2").arg(bom.pieces()).arg(bom.orderPieces()),
        BomExportTr::tr("Weight: %1; fire load: %2").arg(weight, fireLoad)};

    for (int column = 0; column < BomTable::ColumnCount; ++column) {
        if (!options.hiddenColumns.contains(column))
            m_columns.append(column);
    }
    if (m_columns.isEmpty()) // a page without columns helps nobody
        m_columns = {BomTable::Quantity, BomTable::ItemNumber, BomTable::Description};

    m_pageWidth = device->width();
    m_pageHeight = device->height();
    m_padding = device->logicalDpiX() / 45.0; // about 0.6 mm
    m_title = m_body;
    m_title.setPointSizeF(14);
    m_title.setBold(true);
    m_info = m_body;
    m_info.setPointSizeF(8);
    m_infoBold = m_info;
    m_infoBold.setPointSizeF(9);
    m_infoBold.setBold(true);

    // The summary beside the project's name, in the title block's right half.
    QStringList summary;
    for (const QString &line : std::as_const(m_summary))
        summary += wrap(line, m_info, m_pageWidth / 2 - 3 * m_padding, true);
    m_summary = summary;

    // The cells' texts; their lines follow the widths.
    const QStringList headers = BomTable::headers();
    for (const int column : std::as_const(m_columns))
        m_header.cells.append({headers.at(column), {}, true});
    for (const BomLine &line : bom.lines) {
        const QStringList texts = BomTable::row(line);
        Row row;
        for (const int column : std::as_const(m_columns))
            row.cells.append({texts.at(column), {}, BomTable::isKnown(line, column)});
        m_rows.append(row);
    }
    const QStringList totals = BomTable::totalsRow(bom, BomTable::Unknown::Empty);
    for (const int column : std::as_const(m_columns)) {
        const bool unknownTotal = totals.at(column).isEmpty()
            && ((column == BomTable::WeightG && !bom.weightG())
                || (column == BomTable::FireLoadMj && !bom.fireLoadMj()));
        m_totals.cells.append({unknownTotal ? PartTr::notKnown() : totals.at(column), {}, !unknownTotal});
    }
    // "Total" in the first column shown, when that has no total of its own.
    if (m_columns.first() != BomTable::Position && m_totals.cells.first().text.isEmpty())
        m_totals.cells.first().text = totals.at(BomTable::Position);

    // The sections after the table: the rules, then the warnings.
    const auto section = [this](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        m_paragraphs.append(wrap(heading, m_infoBold, m_pageWidth, true));
        for (const QString &item : items)
            m_paragraphs.append(wrap(item, m_info, m_pageWidth - bulletIndent(), true));
        m_sections.append(int(items.size()));
    };
    section(BomExportTr::tr("Rules the lines rest on"), bom.ruleNotes());
    section(BomExportTr::tr("Warnings"), bom.warnings);

    // The font: of the sizes at which the narrowest table fits the page,
    // the one that needs the fewest pages (one page rather than a second
    // for the warnings alone; a smaller font leaves the long texts room to
    // take fewer lines), the larger one of equals. Below 6 pt only when
    // nothing larger fits.
    QList<qreal> fitting;
    for (const qreal size : tableSizes) {
        if (fitColumns(size, false, false))
            fitting.append(size);
    }
    if (fitting.isEmpty()) {
        layOut(tableSizes[std::size(tableSizes) - 1], true);
        return;
    }
    qreal best = fitting.first();
    int fewest = layOut(best, false);
    for (const qreal size : std::as_const(fitting)) {
        if (size >= best || size < 6.0 || fewest == 1)
            continue;
        if (const int pages = layOut(size, false); pages < fewest) {
            fewest = pages;
            best = size;
        }
    }
    if (m_body.pointSizeF() != best)
        layOut(best, false);
}

int BomPageLayout::layOut(qreal pointSize, bool breakAnywhere)
{
    fitColumns(pointSize, breakAnywhere, true);
    measureRow(m_header, m_bold);
    for (Row &row : m_rows)
        measureRow(row, m_body);
    measureRow(m_totals, m_bold);
    m_blocks.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_blocks.append({BlockKind::Row, i, m_rows.at(i).height, true, 0, m_rows.at(i).lineCount});
    m_blocks.append({BlockKind::Totals, 0, m_totals.height, true, 0, m_totals.lineCount});
    int paragraph = 0;
    for (const int items : std::as_const(m_sections)) {
        m_blocks.append({BlockKind::Gap, 0, lineHeight(m_info), false, 0, 0});
        const int headingLines = int(m_paragraphs.at(paragraph).size());
        m_blocks.append({BlockKind::Heading, paragraph, headingLines * lineHeight(m_infoBold) + m_padding,
                         false, 0, headingLines});
        ++paragraph;
        for (int i = 0; i < items; ++i, ++paragraph) {
            const int lines = int(m_paragraphs.at(paragraph).size());
            m_blocks.append({BlockKind::Bullet, paragraph, lines * lineHeight(m_info) + m_padding, false, 0,
                             lines});
        }
    }
    paginate();
    return m_pageCount;
}

qreal BomPageLayout::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).lineSpacing();
}

bool BomPageLayout::fitColumns(qreal pointSize, bool breakAnywhere, bool share)
{
    m_body.setPointSizeF(pointSize);
    m_bold = m_body;
    m_bold.setBold(true);
    m_breakAnywhere = breakAnywhere;
    const QFontMetricsF body(m_body, m_device);
    const QFontMetricsF bold(m_bold, m_device);
    const qreal smallest = body.horizontalAdvance(QStringLiteral("W"));

    QList<qreal> minimum;
    QList<qreal> natural;
    QList<qreal> area; // how much text the column holds
    for (int i = 0; i < m_columns.size(); ++i) {
        const bool wrapping = wraps(m_columns.at(i));
        qreal least = 0;
        qreal most = 0;
        qreal sum = 0;
        // A text that wraps needs its widest word; one that does not, all of it.
        const auto take = [&](const Cell &cell, const QFontMetricsF &metrics, bool mayWrap) {
            if (!mayWrap) {
                const qreal width = metrics.horizontalAdvance(cell.text);
                least = std::max(least, width);
                most = std::max(most, width);
                return;
            }
            for (const QString &paragraph : cell.text.split(QLatin1Char('\n'))) {
                const QStringList parts = words(paragraph);
                most = std::max(most, metrics.horizontalAdvance(parts.join(QLatin1Char(' '))));
                for (const QString &word : parts) {
                    least = std::max(least, breakAnywhere && wrapping
                                                ? smallest
                                                : metrics.horizontalAdvance(word));
                }
            }
        };
        take(m_header.cells.at(i), bold, true);
        sum += bold.horizontalAdvance(m_header.cells.at(i).text);
        for (const Row &row : std::as_const(m_rows)) {
            const Cell &cell = row.cells.at(i);
            take(cell, body, wrapping || !cell.known);
            // Only texts that may wrap ask for room.
            if (wrapping || !cell.known)
                sum += body.horizontalAdvance(cell.text);
        }
        take(m_totals.cells.at(i), bold, wrapping || !m_totals.cells.at(i).known);
        // A device unit to spare: measuring and drawing may round apart.
        minimum.append(least + 2 * m_padding + 1);
        natural.append(most + 2 * m_padding + 1);
        area.append(sum);
    }

    qreal sumMinimum = 0;
    qreal sumNatural = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        sumMinimum += minimum.at(i);
        sumNatural += natural.at(i);
    }
    m_widths = minimum;
    if (!share)
        return sumMinimum <= m_pageWidth;
    if (sumMinimum > m_pageWidth) {
        if (!breakAnywhere)
            return false;
        // Nothing fits: every column shrinks alike.
        for (qreal &width : m_widths)
            width *= m_pageWidth / sumMinimum;
        return true;
    }
    if (sumNatural <= m_pageWidth) {
        // Every text fits on one line; what is left goes to the wrapping columns.
        m_widths = natural;
        qreal wrapping = 0;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (wraps(m_columns.at(i)))
                wrapping += natural.at(i);
        }
        if (wrapping > 0) {
            for (int i = 0; i < m_columns.size(); ++i) {
                if (wraps(m_columns.at(i)))
                    m_widths[i] += (m_pageWidth - sumNatural) * natural.at(i) / wrapping;
            }
        }
        return true;
    }
    shareRest(minimum, natural, area);
    return true;
}

void BomPageLayout::shareRest(const QList<qreal> &minimum, const QList<qreal> &natural,
                              const QList<qreal> &area)
{
    // Each column starts at its minimum. The rest is shared by the columns
    // that would take more, first by how much text they hold, then moved
    // between them while that makes the table shorter: the header row and
    // the lines, or an even sample of them when there are many.
    const QFontMetricsF body(m_body, m_device);
    const QFontMetricsF bold(m_bold, m_device);
    const int columnCount = int(m_columns.size());
    // The words of each cell that may wrap, measured once: a cell's lines
    // at a width are counted from them.
    struct Measured
    {
        QList<QList<qreal>> paragraphs; // word widths
        qreal space = 0;
        bool wraps = false;
    };
    QList<QList<Measured>> cells;
    QList<long> weight; // how many lines a sampled row stands for
    const auto measure = [&](const Row &row, bool isBold, long rowWeight) {
        const QFontMetricsF &metrics = isBold ? bold : body;
        QList<Measured> measured;
        for (int i = 0; i < columnCount; ++i) {
            const Cell &cell = row.cells.at(i);
            Measured m;
            m.wraps = &row == &m_header || wraps(m_columns.at(i)) || !cell.known;
            m.space = metrics.horizontalAdvance(QLatin1Char(' '));
            if (m.wraps) {
                for (const QString &paragraph : cell.text.split(QLatin1Char('\n'))) {
                    QList<qreal> widths;
                    for (const QString &word : words(paragraph))
                        widths.append(metrics.horizontalAdvance(word));
                    m.paragraphs.append(widths);
                }
            }
            measured.append(m);
        }
        cells.append(measured);
        weight.append(rowWeight);
    };
    measure(m_header, true, 1);
    const qsizetype every = std::max<qsizetype>(1, m_rows.size() / 200);
    for (qsizetype r = 0; r < m_rows.size(); r += every)
        measure(m_rows.at(r), false, long(every));
    measure(m_totals, true, 1);

    const auto linesOf = [&](int row, int i, qreal width) -> int {
        const Measured &m = cells.at(row).at(i);
        if (!m.wraps)
            return 1;
        const qreal room = width - 2 * m_padding - 1;
        int lines = 0;
        for (const QList<qreal> &paragraph : m.paragraphs) {
            if (paragraph.size() > 200 && room > 0) {
                // A long list (thousands of designations): its length over
                // the width is close enough, and quick.
                qreal total = 0;
                for (const qreal word : paragraph)
                    total += word + m.space;
                lines += int(std::ceil(total / room));
                continue;
            }
            ++lines;
            qreal used = -1;
            for (const qreal word : paragraph) {
                if (used < 0) {
                    used = word;
                } else if (used + m.space + word <= room) {
                    used += m.space + word;
                } else {
                    ++lines;
                    used = word;
                }
                if (m_breakAnywhere && word > room && room > 0) {
                    lines += int(word / room);
                    used = std::fmod(word, room);
                }
            }
        }
        return std::max(lines, 1);
    };
    const int rowCount = int(cells.size());
    QList<QList<int>> lines(rowCount, QList<int>(columnCount, 1));
    const auto countColumn = [&](int i) {
        for (int row = 0; row < rowCount; ++row)
            lines[row][i] = linesOf(row, i, m_widths.at(i));
    };

    QList<int> flexible;
    for (int i = 0; i < columnCount; ++i) {
        if (natural.at(i) > m_widths.at(i) + 0.5)
            flexible.append(i);
    }
    qreal rest = m_pageWidth;
    for (const qreal width : std::as_const(m_widths))
        rest -= width;
    // A first share: were a column's lines its text over its width, the
    // widths in proportion to the root of each column's text would make
    // the fewest lines. Columns that reach their natural width pass on
    // what is left.
    QList<int> open = flexible;
    while (rest > 0.5 && !open.isEmpty()) {
        double roots = 0;
        for (const int i : std::as_const(open))
            roots += std::sqrt(std::max(area.at(i), 1.0));
        QList<int> still;
        qreal given = 0;
        for (const int i : std::as_const(open)) {
            const qreal share = rest * std::sqrt(std::max(area.at(i), 1.0)) / roots;
            const qreal width = std::min(m_widths.at(i) + share, natural.at(i));
            given += width - m_widths.at(i);
            m_widths[i] = width;
            if (width < natural.at(i))
                still.append(i);
        }
        rest -= given;
        if (still.size() == open.size())
            break;
        open = still;
    }
    for (int i = 0; i < columnCount; ++i)
        countColumn(i);

    // Then width moves between columns while that shortens the table, in
    // ever smaller amounts: from one column to another, to two wrapping
    // columns at once (two cells as tall as each other in a row shrink
    // only together), or from two columns to a wrapping one.
    QList<int> wrapping;
    for (const int i : std::as_const(flexible)) {
        if (wraps(m_columns.at(i)))
            wrapping.append(i);
    }
    QList<long> rowLength(rowCount);
    const auto rowLengthOf = [&](int row) {
        int tallest = 0;
        int sum = 0;
        for (int i = 0; i < columnCount; ++i) {
            tallest = std::max(tallest, lines.at(row).at(i));
            sum += lines.at(row).at(i);
        }
        return (1000L * tallest + sum) * weight.at(row);
    };
    for (int row = 0; row < rowCount; ++row)
        rowLength[row] = rowLengthOf(row);
    // Applies a move if it shortens the table.
    const auto tryMove = [&](const QList<std::pair<int, qreal>> &move) {
        for (const auto &[i, delta] : move) {
            const qreal width = m_widths.at(i) + delta;
            if (width < minimum.at(i) - 0.01 || (delta > 0 && width > natural.at(i) + 0.01))
                return false;
        }
        const QList<qreal> widths = m_widths;
        const QList<QList<int>> before = lines;
        for (const auto &[i, delta] : move)
            m_widths[i] += delta;
        long gain = 0;
        QList<std::pair<int, long>> changedRows;
        for (int row = 0; row < rowCount; ++row) {
            bool changed = false;
            for (const auto &[i, delta] : move) {
                Q_UNUSED(delta);
                const int count = linesOf(row, i, m_widths.at(i));
                changed = changed || count != lines.at(row).at(i);
                lines[row][i] = count;
            }
            if (changed) {
                const long length = rowLengthOf(row);
                gain += rowLength.at(row) - length;
                changedRows.append({row, length});
            }
        }
        if (gain <= 0) {
            m_widths = widths;
            lines = before;
            return false;
        }
        for (const auto &[row, length] : changedRows)
            rowLength[row] = length;
        return true;
    };
    const qreal smallest = body.averageCharWidth();
    for (qreal amount = m_pageWidth / 16; amount >= smallest; amount /= 2) {
        for (int round = 0; round < 20; ++round) {
            bool moved = false;
            for (const int from : std::as_const(flexible)) {
                for (const int to : std::as_const(flexible)) {
                    if (from != to)
                        moved = tryMove({{from, -amount}, {to, amount}}) || moved;
                }
                for (int a = 0; a < wrapping.size(); ++a) {
                    for (int b = a + 1; b < wrapping.size(); ++b) {
                        const int to = wrapping.at(a);
                        const int also = wrapping.at(b);
                        if (from != to && from != also)
                            moved = tryMove({{from, -amount}, {to, amount / 2}, {also, amount / 2}}) || moved;
                    }
                }
                for (const int other : std::as_const(flexible)) {
                    for (const int to : std::as_const(wrapping)) {
                        if (other > from && to != from && to != other)
                            moved = tryMove({{from, -amount / 2}, {other, -amount / 2}, {to, amount}}) || moved;
                    }
                }
            }
            if (!moved)
                break;
        }
    }
}

QStringList BomPageLayout::wrap(const QString &text, const QFont &font, qreal width,
                                bool anywhere) const
{
    // Words are measured one by one and a line is as wide as its words and
    // the spaces between them: long texts (a designation list of thousands)
    // wrap in linear time.
    const QFontMetricsF metrics(font, m_device);
    const qreal space = metrics.horizontalAdvance(QLatin1Char(' '));
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        qreal used = 0;
        for (QString word : words(paragraph)) {
            qreal advance = metrics.horizontalAdvance(word);
            // Only where nothing else fits: a word broken where the line ends.
            while (anywhere && advance > width && word.size() > 1) {
                if (!line.isEmpty()) {
                    lines.append(line);
                    line.clear();
                    used = 0;
                }
                qsizetype low = 1; // fits (or is the least there is)
                qsizetype high = word.size() - 1;
                while (low < high) {
                    const qsizetype middle = (low + high + 1) / 2;
                    if (metrics.horizontalAdvance(word.left(middle)) <= width)
                        low = middle;
                    else
                        high = middle - 1;
                }
                lines.append(word.left(low));
                word = word.mid(low);
                advance = metrics.horizontalAdvance(word);
            }
            if (line.isEmpty()) {
                line = word;
                used = advance;
            } else if (used + space + advance <= width) {
                line += QLatin1Char(' ') + word;
                used += space + advance;
            } else {
                lines.append(line);
                line = word;
                used = advance;
            }
        }
        lines.append(line);
    }
    return lines;
}

void BomPageLayout::measureRow(Row &row, const QFont &font) const
{
    int lines = 1;
    for (int i = 0; i < row.cells.size(); ++i) {
        Cell &cell = row.cells[i];
        const int column = m_columns.at(i);
        const bool header = &row == &m_header;
        if (header || wraps(column) || !cell.known) {
            cell.lines = wrap(cell.text, font, m_widths.at(i) - 2 * m_padding - 1,
                              m_breakAnywhere);
        } else {
            cell.lines = QStringList{cell.text};
        }
        lines = std::max(lines, int(cell.lines.size()));
    }
    row.lineCount = lines;
    row.height = lines * lineHeight(font) + 2 * m_padding;
}

qreal BomPageLayout::titleBlockHeight() const
{
    const qreal left = lineHeight(m_infoBold) + lineHeight(m_info);
    const qreal right = qreal(m_summary.size()) * lineHeight(m_info);
    return 4 * m_padding + lineHeight(m_title) + std::max(left, right) + 2 * m_padding;
}

qreal BomPageLayout::runningHeadHeight() const
{
    return lineHeight(m_info) + 3 * m_padding;
}

qreal BomPageLayout::footerHeight() const
{
    return lineHeight(m_info) + 3 * m_padding;
}

void BomPageLayout::paginate()
{
    const qreal bottom = m_pageHeight - footerHeight();
    const qreal firstTop = titleBlockHeight() + lineHeight(m_info);
    const qreal laterTop = runningHeadHeight();
    int page = 0;
    qreal y = firstTop;
    m_headerY = {firstTop};
    y += m_header.height;
    bool pageHasContent = false;
    const auto newPage = [&](bool inTable) {
        ++page;
        y = laterTop;
        m_headerY.append(inTable ? laterTop : -1);
        if (inTable)
            y += m_header.height;
        pageHasContent = false;
    };
    QList<Block> placed;
    const auto place = [&](Block block) {
        block.page = page;
        block.y = y;
        y += block.height;
        pageHasContent = true;
        placed.append(block);
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        Block block = m_blocks.at(i);
        if (block.kind == BlockKind::Gap) {
            // A gap at the end of a page is the page break.
            if (y + block.height > bottom)
                newPage(false);
            else if (pageHasContent)
                y += block.height;
            continue;
        }
        // A heading stays with the first line under it.
        qreal needed = block.height;
        if (block.kind == BlockKind::Heading && i + 1 < m_blocks.size())
            needed += std::min(m_blocks.at(i + 1).height, 3 * lineHeight(m_info));
        if (y + needed <= bottom || block.kind == BlockKind::Heading) {
            if (y + needed > bottom && pageHasContent)
                newPage(block.inTable);
            place(block);
            continue;
        }
        // What does not fit goes to the next page; what no page holds is
        // split: its lines go on where the page ends.
        const qreal line = block.kind == BlockKind::Bullet ? lineHeight(m_info)
            : block.kind == BlockKind::Totals             ? lineHeight(m_bold)
                                                          : lineHeight(m_body);
        const qreal extra = block.height - block.count * line; // padding
        const qreal room = bottom - (laterTop + (block.inTable ? m_header.height : 0));
        if (pageHasContent && (block.height <= room || bottom - y < extra + 3 * line))
            newPage(block.inTable);
        while (y + extra + (block.count) * line > bottom) {
            const int fit = std::max(1, int((bottom - y - extra) / line));
            Block part = block;
            part.count = std::min(fit, block.count);
            part.height = extra + part.count * line;
            place(part);
            block.first += part.count;
            block.count -= part.count;
            if (block.count <= 0)
                break;
            newPage(block.inTable);
        }
        if (block.count > 0) {
            block.height = extra + block.count * line;
            place(block);
        }
    }
    m_blocks = placed;
    m_pageCount = page + 1;
}

qreal BomPageLayout::columnWidth(int column) const
{
    const qsizetype i = m_columns.indexOf(column);
    return i < 0 ? 0 : m_widths.at(i);
}

qreal BomPageLayout::tableWidth() const
{
    qreal sum = 0;
    for (const qreal width : m_widths)
        sum += width;
    return sum;
}

QStringList BomPageLayout::cellLines(int line, int column) const
{
    const qsizetype i = m_columns.indexOf(column);
    if (i < 0 || line < 0 || line >= m_rows.size())
        return {};
    return m_rows.at(line).cells.at(i).lines;
}

void BomPageLayout::paintTitleBlock(QPainter &painter) const
{
    const qreal height = titleBlockHeight();
    painter.setPen(QPen(Qt::black, m_padding / 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(0, 0, m_pageWidth, height));
    const qreal x = 3 * m_padding;
    qreal y = 2 * m_padding;
    painter.setFont(m_title);
    painter.drawText(QRectF(x, y, m_pageWidth - 2 * x, lineHeight(m_title)),
                     Qt::AlignLeft | Qt::AlignVCenter, BomExportTr::tr("Bill of materials"));
    y += lineHeight(m_title) + m_padding;
    const qreal half = m_pageWidth / 2;
    painter.setFont(m_infoBold);
    const QString project = BomExportTr::tr("Project: %1").arg(m_name);
    painter.drawText(QRectF(x, y, half - 2 * x, lineHeight(m_infoBold)), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(m_infoBold, m_device).elidedText(project, Qt::ElideRight, half - 2 * x));
    painter.setFont(m_info);
    painter.drawText(QRectF(x, y + lineHeight(m_infoBold), half - 2 * x, lineHeight(m_info)),
                     Qt::AlignLeft | Qt::AlignVCenter, BomExportTr::tr("Date: %1").arg(m_date));
    for (int i = 0; i < m_summary.size(); ++i) {
        painter.drawText(QRectF(half, y + i * lineHeight(m_info), half - x, lineHeight(m_info)),
                         Qt::AlignLeft | Qt::AlignVCenter, m_summary.at(i));
    }
}

void BomPageLayout::paintRunningHead(QPainter &painter) const
{
    painter.setFont(m_info);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(0, 0, m_pageWidth, lineHeight(m_info)), Qt::AlignLeft | Qt::AlignVCenter,
                     BomExportTr::tr("Bill of materials – %1 – %2").arg(m_name, m_date));
}

void BomPageLayout::paintFooter(QPainter &painter, int page) const
{
    const qreal line = lineHeight(m_info);
    painter.setFont(m_info);
    painter.setPen(QPen(gridColour, m_padding / 4));
    painter.drawLine(QPointF(0, m_pageHeight - line - m_padding),
                     QPointF(m_pageWidth, m_pageHeight - line - m_padding));
    painter.setPen(Qt::black);
    const QRectF box(0, m_pageHeight - line, m_pageWidth, line);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                     BomExportTr::tr("%1 – bill of materials").arg(m_name));
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                     BomExportTr::tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
}

void BomPageLayout::paintRow(QPainter &painter, const Row &row, qreal y, qreal height,
                             int first, int count, const QFont &font, bool header, bool shaded) const
{
    const qreal width = tableWidth();
    if (header)
        painter.fillRect(QRectF(0, y, width, height), headerColour);
    else if (shaded)
        painter.fillRect(QRectF(0, y, width, height), stripeColour);
    painter.setPen(QPen(gridColour, m_padding / 4));
    painter.setBrush(Qt::NoBrush);
    qreal x = 0;
    for (const qreal w : m_widths) {
        painter.drawRect(QRectF(x, y, w, height));
        x += w;
    }
    painter.setFont(font);
    const QFontMetricsF metrics(font, m_device);
    const qreal line = lineHeight(font);
    // Lines drawn at their baselines: quicker than laying each out in a box.
    const qreal baseline = y + m_padding + metrics.ascent() + (line - metrics.height()) / 2;
    x = 0;
    for (int i = 0; i < row.cells.size(); ++i) {
        const Cell &cell = row.cells.at(i);
        const qreal w = m_widths.at(i);
        const bool right = !header && cell.known && BomTable::isNumeric(m_columns.at(i));
        painter.setPen(cell.known ? QColor(Qt::black) : unknownColour);
        for (int l = first; l < cell.lines.size() && l < first + count; ++l) {
            const QString &text = cell.lines.at(l);
            const qreal left = right ? x + w - m_padding - metrics.horizontalAdvance(text) : x + m_padding;
            painter.drawText(QPointF(left, baseline + (l - first) * line), text);
        }
        x += w;
    }
}

qreal BomPageLayout::bulletIndent() const
{
    return QFontMetricsF(m_info, m_device).horizontalAdvance(QStringLiteral("•  "));
}

void BomPageLayout::paintParagraph(QPainter &painter, const QStringList &lines, qreal y,
                                   const QFont &font, qreal indent) const
{
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(font, m_device);
    const qreal line = lineHeight(font);
    const qreal baseline = y + metrics.ascent() + (line - metrics.height()) / 2;
    for (int l = 0; l < lines.size(); ++l)
        painter.drawText(QPointF(indent, baseline + l * line), lines.at(l));
}

void BomPageLayout::paint(QPainter &painter) const
{
    int block = 0;
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0)
            m_device->newPage();
        if (page == 0)
            paintTitleBlock(painter);
        else
            paintRunningHead(painter);
        if (m_headerY.value(page, -1) >= 0) {
            paintRow(painter, m_header, m_headerY.at(page), m_header.height, 0, m_header.lineCount,
                     m_bold, true, false);
        }
        for (; block < m_blocks.size() && m_blocks.at(block).page == page; ++block) {
            const Block &b = m_blocks.at(block);
            switch (b.kind) {
            case BlockKind::Row:
                paintRow(painter, m_rows.at(b.index), b.y, b.height, b.first, b.count, m_body, false,
                         b.index % 2 == 1);
                break;
            case BlockKind::Totals:
                paintRow(painter, m_totals, b.y, b.height, b.first, b.count, m_bold, false, false);
                painter.setPen(QPen(Qt::black, m_padding / 2));
                painter.drawLine(QPointF(0, b.y), QPointF(tableWidth(), b.y));
                break;
            case BlockKind::Heading:
                paintParagraph(painter, m_paragraphs.at(b.index).mid(b.first, b.count), b.y, m_infoBold, 0);
                break;
            case BlockKind::Bullet:
                if (b.first == 0)
                    paintParagraph(painter, {QStringLiteral("•")}, b.y, m_info, 0);
                paintParagraph(painter, m_paragraphs.at(b.index).mid(b.first, b.count), b.y, m_info,
                               bulletIndent());
                break;
            case BlockKind::Gap:
                break;
            }
        }
        paintFooter(painter, page);
    }
}

} // namespace cc
