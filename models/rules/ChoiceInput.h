#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// What decides one choice among fitting accessories: the user's value when
// made, else the first of the preferred values (the defaults) that a
// fitting item has.
struct ChoiceInput
{
    QString chosen;        // the user's; empty: not chosen
    QStringList preferred; // the defaults, first first
};

} // namespace cc
