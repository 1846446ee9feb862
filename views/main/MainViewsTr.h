#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/main/: every visible text of the module is
// translated through MainViewsTr::tr(), so that lupdate and the program agree on
// the context "MainViews".
struct MainViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(MainViews)
};

} // namespace cc
