#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/tasks/: every visible text of the module is
// translated through TasksViewsTr::tr(), so that lupdate and the program agree on
// the context "TasksViews".
struct TasksViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(TasksViews)
};

} // namespace cc
