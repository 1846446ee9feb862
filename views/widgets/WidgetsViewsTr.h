#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/widgets/: every visible text of the module is
// translated through WidgetsViewsTr::tr(), so that lupdate and the program agree on
// the context "WidgetsViews".
struct WidgetsViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(WidgetsViews)
};

} // namespace cc
