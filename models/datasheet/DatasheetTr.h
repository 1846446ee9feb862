#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/datasheet/: every visible text of the module is
// translated through DatasheetTr::tr(), so that lupdate and the program agree on
// the context "Datasheet".
struct DatasheetTr
{
    Q_DECLARE_TR_FUNCTIONS(Datasheet)
};

} // namespace cc
