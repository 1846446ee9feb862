#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/project/: every visible text of the module is
// translated through ProjectViewsTr::tr(), so that lupdate and the program agree on
// the context "ProjectViews".
struct ProjectViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectViews)
};

} // namespace cc
