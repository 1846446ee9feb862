#pragma once

#include <QColor>
#include <QString>
#include <optional>

namespace cc {

// An accessory the assembly takes, as the drawing shows it: where it goes
// (a side's housing, the connection's lever, a spare socket's cap, a
// side's snap-in frame), its label and colour, and its length when the
// catalog states one (a housing's description gives it).
struct AccessoryOutline
{
    enum class Place { SocketHousing, PlugHousing, Lever, LockoutCap, SocketFrame, PlugFrame };

    Place place = Place::Lever;
    QString label;  // "770-504/023-000 strain relief housing"
    QColor colour;  // invalid: the colour is not known
    std::optional<double> lengthMm;
};

} // namespace cc
