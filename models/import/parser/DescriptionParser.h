#pragma once

#include "models/part/PartFieldValues.h"

#include <QString>
#include <QStringList>

namespace cc {

// What a vendor short description states about a part.
struct DescriptionFields
{
    QString description; // normalized: "4,00 mm²", "; " between segments
    PartFieldValues fields; // typed as PartFields says
    QStringList unknownSegments; // segments the parser could not place
};

// Reads a vendor short description such as "Strain relief housing; 4-pole;
// for 2 cables; 5.0 ... 9.0 mm; 55 mm; black" into part fields: kind (and
// the gender and snap-in mounting that the kind implies), poles, coding,
// cross-section, colour and the attributes of accessories. Only what the
// description states: nothing is derived from an item number.
class DescriptionParser
{
public:
    static DescriptionFields parse(const QString &description);
    static QString normalized(const QString &description);
    // The kind code for "Socket", "Snap-in plug", ...; a null string when unknown.
    static QString kindOf(const QString &phrase);
};

} // namespace cc
