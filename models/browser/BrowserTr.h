#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/browser/: every visible text of the module is
// translated through BrowserTr::tr(), so that lupdate and the program agree on
// the context "Browser".
struct BrowserTr
{
    Q_DECLARE_TR_FUNCTIONS(Browser)
};

} // namespace cc
