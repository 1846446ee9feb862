#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/rules/: every visible text of the module is
// translated through RulesTr::tr(), so that lupdate and the program agree on
// the context "Rules".
struct RulesTr
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

} // namespace cc
