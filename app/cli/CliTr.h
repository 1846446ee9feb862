#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of app/cli/: every visible text of the module is
// translated through CliTr::tr(), so that lupdate and the program agree on
// the context "Cli".
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace cc
