#include "models/datasheet/PartFaceRenderer.h"

#include "models/datasheet/CodingColours.h"
#include "models/datasheet/DatasheetTr.h"
#include "models/part/PartKinds.h"
#include "models/part/PartRecord.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace cc {

namespace {


// Black or white text, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    return background.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

bool PartFaceRenderer::hasFace(const PartRecord &record)
{
    return PartKinds::isConnector(record.kind());
}

QImage PartFaceRenderer::render(const PartRecord &record, int width, qreal devicePixelRatio)
{
    const std::optional<double> bodyWidth = record.widthMm();
    const std::optional<double> bodyHeight = record.heightMm();
    const double aspect = bodyWidth && bodyHeight && *bodyWidth > 0 ? *bodyHeight / *bodyWidth : 0.35;
    const int labelSpace = 34;
    const int bodyPixelsHigh = qMax(40, static_cast<int>(width * qBound(0.2, aspect, 0.8)));
    QImage image(static_cast<int>(width * devicePixelRatio),
                 static_cast<int>((bodyPixelsHigh + 2 * labelSpace) * devicePixelRatio),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF body(8, labelSpace, width - 16, bodyPixelsHigh);
    const QColor colour = CodingColours::colourFor(record.colour());
    const bool colourKnown = colour.isValid();
    painter.setPen(QPen(QColor(40, 40, 40), 1.5, colourKnown ? Qt::SolidLine : Qt::DashLine));
    painter.setBrush(colourKnown ? colour : QColor(Qt::transparent));
    painter.drawRoundedRect(body, 6, 6);

    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    const QColor ink = colourKnown ? textOn(colour) : QColor(Qt::black);

    const std::optional<int> poles = record.poles();
    const bool female = record.gender() == QLatin1String("female");
    if (poles && *poles > 0 && *poles <= 24) {
        QStringList markings = record.marking().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (markings.size() != *poles) {
            markings.clear();
            for (int i = 1; i <= *poles; ++i)
                markings << QString::number(i);
        }
        const qreal pitch = body.width() / *poles;
        const qreal radius = qMin(pitch * 0.22, body.height() * 0.22);
        for (int i = 0; i < *poles; ++i) {
            const QPointF centre(body.left() + pitch * (i + 0.5), body.center().y() + body.height() * 0.08);
            // A socket shows contact openings, a plug shows pins.
            painter.setPen(QPen(ink, 1.2));
            painter.setBrush(female ? QColor(20, 20, 20) : QColor(200, 170, 60));
            painter.drawEllipse(centre, radius, radius);
            painter.setPen(ink);
            painter.drawText(QRectF(centre.x() - pitch / 2, body.top() + 2, pitch, body.height() * 0.3),
                             Qt::AlignCenter, markings.at(i));
        }
    } else {
        painter.setPen(ink);
        painter.drawText(body, Qt::AlignCenter, DatasheetTr::tr("pole count not known"));
    }

    // The coding key, always with its letter.
    const QString coding = record.coding();
    const QRectF key(body.center().x() - 22, body.top() - 22, 44, 22);
    painter.setPen(QPen(QColor(40, 40, 40), 1.2, coding.isEmpty() ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(coding.isEmpty() ? QColor(Qt::transparent) : QColor(250, 250, 250));
    painter.drawRect(key);
    painter.setPen(Qt::black);
    painter.drawText(key, Qt::AlignCenter,
                     coding.isEmpty() ? QStringLiteral("?") : DatasheetTr::tr("Cod. %1").arg(coding));

    // What the drawing is, and what is not known about it.
    QStringList caption;
    caption << (female ? DatasheetTr::tr("socket face") : DatasheetTr::tr("plug face"));
    if (bodyWidth && bodyHeight) {
        caption << QStringLiteral("%1 × %2 mm").arg(QString::number(*bodyWidth), QString::number(*bodyHeight));
    } else {
        caption << DatasheetTr::tr("dimensions not known");
    }
    if (!colourKnown)
        caption << DatasheetTr::tr("colour not known");
    painter.setPen(QColor(60, 60, 60));
    painter.drawText(QRectF(0, body.bottom() + 4, width, labelSpace - 6), Qt::AlignHCenter | Qt::AlignTop,
                     caption.join(QStringLiteral(" · ")));
    painter.end();
    return image;
}

} // namespace cc
