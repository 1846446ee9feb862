#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/configurator/: every visible text of the module is
// translated through ConfiguratorTr::tr(), so that lupdate and the program agree on
// the context "Configurator".
struct ConfiguratorTr
{
    Q_DECLARE_TR_FUNCTIONS(Configurator)
};

} // namespace cc
