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
    QString selected; // empty: not chosen and no default applies
    // Who decided: nobody yet, the user, a default, or the only option.
    enum class By { Open, User, Default, Only };
    By selectedBy = By::Open;
};

} // namespace cc
