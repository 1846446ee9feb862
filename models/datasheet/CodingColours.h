#pragma once

#include <QColor>
#include <QString>

namespace cc {

// Screen colours for the colour names the catalog uses (green, dark gray,
// ...). A name without a known colour gives an invalid QColor; the UI then
// shows the name alone. A coding is always shown with its letter too.
class CodingColours
{
public:
    static QColor colourFor(const QString &colourName);
};

} // namespace cc
