#pragma once

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

// Writes a text datasheet as a PDF the way a vendor lays one out: one line
// of text per line, the cells of a `name<TAB>value` row in table columns.
// Needs a QGuiApplication (fonts).
namespace cc::test {

inline bool writePdfFromText(const QString &textPath, const QString &pdfPath)
{
    QFile file(textPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font, &writer);
    const qreal pitch = metrics.lineSpacing();
    const qreal width = writer.width();
    const qreal columns[] = {0, width * 0.38, width * 0.62, width * 0.8};
    const qreal gap = 3 * metrics.height();
    qreal y = pitch;
    int onPage = 0;
    for (QString line : lines) {
        line.remove(QLatin1Char('\r'));
        // A new page at an empty line once a page is nearly full.
        if (line.trimmed().isEmpty() && (onPage > 70 || y + 3 * pitch > writer.height())) {
            writer.newPage();
            y = pitch;
            onPage = 0;
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        qreal x = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const qreal column = columns[std::min<qsizetype>(i, 3)];
            x = i == 0 ? 0 : std::max(column, x + gap);
            if (!cells.at(i).isEmpty()) {
                painter.drawText(QPointF(x, y), cells.at(i));
                x += metrics.horizontalAdvance(cells.at(i));
            }
        }
        y += pitch;
        ++onPage;
    }
    return painter.end();
}

} // namespace cc::test
