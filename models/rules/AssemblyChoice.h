#pragma once

#include "models/part/PartField.h"

#include <QString>
#include <QStringList>

namespace cc {

// A choice left to the user among accessories that fit equally well.
struct AssemblyChoice
{
    QString kind;      // accessory kind, e.g. 'locking_lever'
    PartField attribute = PartField::Colour; // Operation or Colour
    QStringList options;
    QString selected; // empty: not chosen yet
};

} // namespace cc
