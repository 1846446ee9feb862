#include "models/datasheet/DatasheetPrinter.h"

#include "models/datasheet/DatasheetTr.h"
#include "models/datasheet/PartFaceRenderer.h"
#include "models/datasheet/PartFormatter.h"
#include "models/part/PartRecord.h"
#include "models/tasks/AtomicFileWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace cc {

namespace {


const QString styleSheet = QStringLiteral(
    "h2 { margin-bottom: 0; } h3 { margin-top: 10px; margin-bottom: 2px; color: #245; }"
    "td.label { color: #444; } td.unknown { color: #777; font-style: italic; }"
    "td.derived { color: #245; }"
    "p.warning { color: #a40; font-weight: bold; } p.source { color: #444; }"
    "th { background: #e8ecef; } a { color: #000; text-decoration: none; }");

} // namespace

DatasheetPrinter::DatasheetPrinter(PartFormatter formatter)
    : m_formatter(std::move(formatter))
{
}

QString DatasheetPrinter::html(const PartRecord &record, int faceWidth, QTextDocument *target,
                               qreal pixelRatio) const
{
    QString text = m_formatter.html(record);
    if (PartFaceRenderer::hasFace(record)) {
        const QUrl url(QStringLiteral("face:") + QString::fromLatin1(QUrl::toPercentEncoding(record.itemNumber())));
        target->addResource(QTextDocument::ImageResource, url, PartFaceRenderer::render(record, faceWidth, pixelRatio));
        const qsizetype headingEnd = text.indexOf(QLatin1String("</p>")) + 4;
        text.insert(headingEnd, QStringLiteral("<p><img src='%1'/></p>").arg(url.toString()));
    }
    return text;
}

QTextDocument *DatasheetPrinter::document(const PartRecord &record, qreal dotsPerMm) const
{
    auto *doc = new QTextDocument;
    doc->setDefaultStyleSheet(styleSheet);
    // Text documents size images in screen pixels (96 per inch) and scale
    // them to the device: draw 70 mm at the device's own resolution.
    const qreal screenDotsPerMm = 96 / 25.4;
    doc->setHtml(html(record, static_cast<int>(70 * screenDotsPerMm), doc, dotsPerMm / screenDotsPerMm));
    return doc;
}

int DatasheetPrinter::print(const PartRecord &record, QPagedPaintDevice &device) const
{
    const QRectF page(0, 0, device.width(), device.height());
    const qreal dotsPerMm = device.logicalDpiX() / 25.4;
    const qreal headerHeight = 12 * dotsPerMm;
    const qreal footerHeight = 10 * dotsPerMm;
    std::unique_ptr<QTextDocument> doc(document(record, dotsPerMm));
    QFont font = doc->defaultFont();
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    const QSizeF body(page.width(), page.height() - headerHeight - footerHeight);
    doc->setPageSize(body);
    doc->documentLayout()->setPaintDevice(&device);
    doc->setPageSize(body);
    const int pages = doc->pageCount();

    QPainter painter(&device);
    QFont small = font;
    small.setPointSizeF(8);
    const QString printed = QDate::currentDate().toString(Qt::ISODate);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(QColor(60, 60, 60));
        const QRectF header(0, 0, page.width(), headerHeight * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1  %2").arg(record.itemNumber(), record.description()));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, DatasheetTr::tr("Datasheet, printed %1").arg(printed));
        painter.drawLine(QPointF(0, headerHeight * 0.75), QPointF(page.width(), headerHeight * 0.75));
        const QRectF footer(0, page.height() - footerHeight * 0.7, page.width(), footerHeight * 0.7);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, DatasheetTr::tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         DatasheetTr::tr("Source: %1").arg(record.source.title));

        painter.save();
        painter.translate(0, headerHeight - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter.setClipRect(clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

QByteArray DatasheetPrinter::pdf(const PartRecord &record, bool letter) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(record.itemNumber() + QStringLiteral(" ") + record.description());
        writer.setCreator(QCoreApplication::applicationName());
        writer.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        print(record, writer);
    } // the writer finishes the file here
    return bytes;
}

QString DatasheetPrinter::exportPdf(const PartRecord &record, const QString &path, bool letter) const
{
    // Written to memory first, then saved atomically: a failed export never
    // leaves half a file behind.
    return AtomicFileWriter::write(path, pdf(record, letter)).value_or(QString());
}

} // namespace cc
