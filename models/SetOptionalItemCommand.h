#pragma once

#include "AssemblyCommand.h"

#include <QCoreApplication>

namespace cc {

// Adds an optional accessory to the assembly or takes it away.
class SetOptionalItemCommand : public AssemblyCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOptionalItemCommand)

public:
    SetOptionalItemCommand(AssemblyEditor *editor, const QString &itemNumber, const QString &kind,
                           bool included);
};

} // namespace cc
