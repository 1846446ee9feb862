#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/import/: every visible text of the module is
// translated through ImportTr::tr(), so that lupdate and the program agree on
// the context "Import".
struct ImportTr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace cc
