#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/bom/: every visible text of the module is
// translated through BomViewsTr::tr(), so that lupdate and the program agree on
// the context "BomViews".
struct BomViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(BomViews)
};

} // namespace cc
