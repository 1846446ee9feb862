#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/project/: every visible text of the module is
// translated through ProjectTr::tr(), so that lupdate and the program agree on
// the context "Project".
struct ProjectTr
{
    Q_DECLARE_TR_FUNCTIONS(Project)
};

} // namespace cc
