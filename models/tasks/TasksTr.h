#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/tasks/: every visible text of the module is
// translated through TasksTr::tr(), so that lupdate and the program agree on
// the context "Tasks".
struct TasksTr
{
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};

} // namespace cc
