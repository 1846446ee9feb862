#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/configurator/: every visible text of the module is
// translated through ConfiguratorViewsTr::tr(), so that lupdate and the program agree on
// the context "ConfiguratorViews".
struct ConfiguratorViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(ConfiguratorViews)
};

} // namespace cc
