#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of app/: every visible text of the module is
// translated through AppTr::tr(), so that lupdate and the program agree on
// the context "App".
struct AppTr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

} // namespace cc
