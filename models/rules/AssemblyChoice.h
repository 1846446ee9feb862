#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// A choice left to the user among accessories that fit equally well.
struct AssemblyChoice
{
    QString kind;      // accessory kind, e.g. 'locking_lever'
    QString attribute; // 'operation' or 'colour'
    QStringList options;
    QString selected; // empty: not chosen yet
};

} // namespace cc
