#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/settings/: every visible text of the module is
// translated through SettingsViewsTr::tr(), so that lupdate and the program agree on
// the context "SettingsViews".
struct SettingsViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsViews)
};

} // namespace cc
