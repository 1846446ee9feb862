#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/import/: every visible text of the module is
// translated through ImportViewsTr::tr(), so that lupdate and the program agree on
// the context "ImportViews".
struct ImportViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(ImportViews)
};

} // namespace cc
