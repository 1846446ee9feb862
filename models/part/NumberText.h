#pragma once

#include <QLocale>
#include <QString>

namespace cc {

// A number in a sentence the user reads: in the program's locale (2,5 in
// German, 2.5 in English; the command line sets the C locale, so that
// scripts read a decimal point), as short as it is exact.
inline QString numberText(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace cc
