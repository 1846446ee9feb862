#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of the part vocabulary (models/part): the labels
// of kinds, genders, mountings, conductor classes and approval kinds, and
// the words for a value no source states.
struct PartTr
{
    Q_DECLARE_TR_FUNCTIONS(Part)

public:
    // What the program shows for a value no source states.
    static QString notKnown() { return tr("not known"); }
};

} // namespace cc
