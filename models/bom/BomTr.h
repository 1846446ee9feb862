#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/bom/: every visible text of the module is
// translated through BomTr::tr(), so that lupdate and the program agree on
// the context "Bom".
struct BomTr
{
    Q_DECLARE_TR_FUNCTIONS(Bom)
};

} // namespace cc
