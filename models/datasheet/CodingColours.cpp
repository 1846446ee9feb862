#include "models/datasheet/CodingColours.h"

#include <QHash>

namespace cc {

QColor CodingColours::colourFor(const QString &colourName)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("black"), QColor(0x20, 0x20, 0x20)},
        {QStringLiteral("white"), QColor(0xf4, 0xf4, 0xf0)},
        {QStringLiteral("red"), QColor(0xc8, 0x1e, 0x1e)},
        {QStringLiteral("blue"), QColor(0x1e, 0x5a, 0xc8)},
        {QStringLiteral("green"), QColor(0x2e, 0x9e, 0x3e)},
        {QStringLiteral("light green"), QColor(0x9c, 0xd8, 0x7c)},
        {QStringLiteral("gray"), QColor(0x9a, 0x9a, 0x9a)},
        {QStringLiteral("dark gray"), QColor(0x55, 0x55, 0x55)},
        {QStringLiteral("brown"), QColor(0x7a, 0x4a, 0x24)},
        {QStringLiteral("pink"), QColor(0xf0, 0x8c, 0xb4)},
        {QStringLiteral("yellow"), QColor(0xf0, 0xd0, 0x20)},
        {QStringLiteral("orange"), QColor(0xf0, 0x8c, 0x1e)},
    };
    return colours.value(colourName.trimmed().toLower());
}

} // namespace cc
