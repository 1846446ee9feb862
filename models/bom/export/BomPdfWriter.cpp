#include "models/bom/export/BomPdfWriter.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/export/BomExportTr.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace cc {

namespace {


// Relative column widths.
constexpr double columnWeights[BomTable::ColumnCount] = {3.2, 4.6, 6.4, 4.6, 4.8, 8.5, 13.0, 9.2,
                                                         7.0, 7.0, 16.0, 7.6, 4.8, 5.2, 5.2, 7.0,
                                                         16.0};

class Layout
{
public:
    Layout(QPdfWriter &pdf, const BillOfMaterials &bom, const QDate &date)
        : m_pdf(pdf)
        , m_bom(bom)
        , m_date(date)
        , m_body(QStringLiteral("DejaVu Sans"))
        , m_bold(m_body)
        , m_title(m_body)
    {
        m_body.setPointSizeF(6.5);
        m_bold = m_body;
        m_bold.setBold(true);
        m_title.setPointSizeF(14);
        m_title.setBold(true);
        m_width = pdf.width();
        m_height = pdf.height();
        m_padding = pdf.resolution() / 50; // about 0.5 mm
        double sum = 0;
        for (double weight : columnWeights)
            sum += weight;
        int x = 0;
        for (int c = 0; c < BomTable::ColumnCount; ++c) {
            m_columnX[c] = x;
            const int w = c + 1 == BomTable::ColumnCount
                ? m_width - x
                : static_cast<int>(m_width * columnWeights[c] / sum);
            m_columnWidth[c] = w;
            x += w;
        }
        m_name = bom.projectName.isEmpty() ? BomExportTr::tr("Unnamed project") : bom.projectName;
    }

    // Lays out (and, with a painter, draws) every page; returns the page count.
    int run(QPainter *painter, int pageCount)
    {
        m_painter = painter;
        m_pageCount = pageCount;
        m_page = 1;
        m_inTable = false;
        m_y = titleBlock();
        m_y = tableHeader(m_y);
        for (const BomLine &line : m_bom.lines)
            row(BomTable::row(line), m_body, false);
        row(BomTable::totalsRow(m_bom), m_bold, false);
        if (const QStringList rules = m_bom.ruleNotes(); !rules.isEmpty()) {
            m_inTable = false;
            m_y += lineHeight(m_body);
            paragraph(BomExportTr::tr("Rules the lines rest on"), m_bold);
            for (const QString &rule : rules)
                paragraph(QStringLiteral("• ") + rule, m_body);
        }
        if (!m_bom.warnings.isEmpty()) {
            m_inTable = false;
            m_y += lineHeight(m_body);
            paragraph(BomExportTr::tr("Warnings"), m_bold);
            for (const QString &warning : m_bom.warnings)
                paragraph(QStringLiteral("• ") + warning, m_body);
        }
        footer();
        return m_page;
    }

private:
    int lineHeight(const QFont &font) const { return QFontMetrics(font, &m_pdf).height(); }
    int bottom() const { return m_height - 2 * lineHeight(m_body); }

    int textHeight(const QString &text, const QFont &font, int width) const
    {
        const QRect box = QFontMetrics(font, &m_pdf)
                              .boundingRect(QRect(0, 0, width, 1000000),
                                            Qt::TextWordWrap | Qt::AlignLeft, text);
        return box.height();
    }

    int titleBlock()
    {
        const int titleHeight = lineHeight(m_title);
        const int line = lineHeight(m_body);
        const int height = titleHeight + 3 * line + 4 * m_padding;
        if (m_painter) {
            m_painter->setPen(QPen(Qt::black, m_padding / 2.0));
            m_painter->drawRect(QRect(0, 0, m_width, height));
            m_painter->setFont(m_title);
            m_painter->drawText(QRect(2 * m_padding, m_padding, m_width, titleHeight),
                                Qt::AlignLeft | Qt::AlignVCenter, BomExportTr::tr("Bill of materials"));
            m_painter->setFont(m_body);
            const int y = m_padding * 2 + titleHeight;
            const QStringList left{BomExportTr::tr("Project: %1").arg(m_name),
                                   BomExportTr::tr("Date: %1").arg(m_date.toString(Qt::ISODate))};
            const QStringList right{
                BomExportTr::tr("Lines: %1, warnings: %2").arg(m_bom.lines.size()).arg(m_bom.warnings.size()),
                BomExportTr::tr("Pieces needed: %1, to order: %2").arg(m_bom.pieces()).arg(m_bom.orderPieces()),
                BomExportTr::tr("Weight: %1; fire load: %2").arg(weightSummary(), fireLoadSummary())};
            for (int i = 0; i < left.size(); ++i) {
                m_painter->drawText(QRect(2 * m_padding, y + i * line, m_width / 2, line),
                                    Qt::AlignLeft | Qt::AlignVCenter, left.at(i));
            }
            for (int i = 0; i < right.size(); ++i) {
                m_painter->drawText(QRect(m_width / 2, y + i * line, m_width / 2, line),
                                    Qt::AlignLeft | Qt::AlignVCenter, right.at(i));
            }
        }
        return height + line;
    }

    QString weightSummary() const
    {
        if (const auto weight = m_bom.weightG())
            return BillOfMaterials::number(*weight, 2) + QStringLiteral(" g");
        return BomExportTr::tr("not known (%1 g for the lines that state it)")
            .arg(BillOfMaterials::number(m_bom.knownWeightG(), 2));
    }

    QString fireLoadSummary() const
    {
        if (const auto fireLoad = m_bom.fireLoadMj())
            return BillOfMaterials::number(*fireLoad, 3) + QStringLiteral(" MJ");
        return BomExportTr::tr("not known (%1 MJ for the lines that state it)")
            .arg(BillOfMaterials::number(m_bom.knownFireLoadMj(), 3));
    }

    // The running head on later pages.
    int runningHead()
    {
        const int line = lineHeight(m_body);
        if (m_painter) {
            m_painter->setFont(m_body);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRect(0, 0, m_width, line), Qt::AlignLeft | Qt::AlignVCenter,
                                BomExportTr::tr("Bill of materials – %1 – %2")
                                    .arg(m_name, m_date.toString(Qt::ISODate)));
        }
        return line + m_padding * 2;
    }

    void footer()
    {
        if (!m_painter)
            return;
        const int line = lineHeight(m_body);
        m_painter->setFont(m_body);
        m_painter->setPen(Qt::black);
        const QRect box(0, m_height - line, m_width, line);
        m_painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                            BomExportTr::tr("%1 – bill of materials").arg(m_name));
        m_painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                            BomExportTr::tr("Page %1 of %2").arg(m_page).arg(m_pageCount));
    }

    void newPage()
    {
        footer();
        if (m_painter)
            m_pdf.newPage();
        ++m_page;
        m_y = runningHead();
        if (m_inTable)
            m_y = tableHeader(m_y);
    }

    int rowHeight(const QStringList &cells, const QFont &font) const
    {
        int height = lineHeight(font);
        for (int c = 0; c < BomTable::ColumnCount && c < cells.size(); ++c)
            height = std::max(height, textHeight(cells.at(c), font, m_columnWidth[c] - 2 * m_padding));
        return height + 2 * m_padding;
    }

    void drawRow(const QStringList &cells, const QFont &font, int y, int height, bool header)
    {
        if (!m_painter)
            return;
        m_painter->setFont(font);
        if (header)
            m_painter->fillRect(QRect(0, y, m_width, height), QColor(0xE4, 0xE4, 0xE4));
        m_painter->setPen(QPen(QColor(0x80, 0x80, 0x80), m_padding / 3.0));
        for (int c = 0; c < BomTable::ColumnCount; ++c)
            m_painter->drawRect(QRect(m_columnX[c], y, m_columnWidth[c], height));
        m_painter->setPen(Qt::black);
        for (int c = 0; c < BomTable::ColumnCount && c < cells.size(); ++c) {
            const Qt::Alignment align = BomTable::isNumeric(c) && !header ? Qt::AlignRight
                                                                          : Qt::AlignLeft;
            m_painter->drawText(QRect(m_columnX[c] + m_padding, y + m_padding,
                                      m_columnWidth[c] - 2 * m_padding, height - 2 * m_padding),
                                Qt::TextWordWrap | Qt::AlignTop | align, cells.at(c));
        }
    }

    int tableHeader(int y)
    {
        const QStringList headers = BomTable::headers();
        const int height = rowHeight(headers, m_bold);
        drawRow(headers, m_bold, y, height, true);
        m_inTable = true;
        return y + height;
    }

    void row(const QStringList &cells, const QFont &font, bool header)
    {
        const int height = rowHeight(cells, font);
        if (m_y + height > bottom())
            newPage();
        drawRow(cells, font, m_y, height, header);
        m_y += height;
    }

    void paragraph(const QString &text, const QFont &font)
    {
        const int height = textHeight(text, font, m_width);
        if (m_y + height > bottom())
            newPage();
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRect(0, m_y, m_width, height), Qt::TextWordWrap | Qt::AlignLeft,
                                text);
        }
        m_y += height + m_padding;
    }

    QPdfWriter &m_pdf;
    const BillOfMaterials &m_bom;
    QDate m_date;
    QFont m_body;
    QFont m_bold;
    QFont m_title;
    QString m_name;
    QPainter *m_painter = nullptr;
    int m_width = 0;
    int m_height = 0;
    int m_padding = 0;
    int m_columnX[BomTable::ColumnCount] = {};
    int m_columnWidth[BomTable::ColumnCount] = {};
    int m_page = 1;
    int m_pageCount = 1;
    int m_y = 0;
    bool m_inTable = false;
};

} // namespace

QByteArray BomPdfWriter::write(const BillOfMaterials &bom, const QDate &date)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        pdf.setTitle(BomExportTr::tr("Bill of materials – %1").arg(bom.projectName));
        pdf.setCreator(QCoreApplication::applicationName());
        Layout layout(pdf, bom, date);
        const int pages = layout.run(nullptr, 1);
        QPainter painter(&pdf);
        layout.run(&painter, pages);
        painter.end();
    }
    return bytes;
}

} // namespace cc
