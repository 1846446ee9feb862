#pragma once

#include "AssemblyCommand.h"

#include <QCoreApplication>

namespace cc {

// Chooses among fitting accessories: the lever operation ('operation') or
// the colour of an accessory kind ('colour'). An empty value clears it.
class SetChoiceCommand : public AssemblyCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetChoiceCommand)

public:
    SetChoiceCommand(AssemblyEditor *editor, const QString &kind, const QString &attribute,
                     const QString &value);

    // 'locking lever' for 'locking_lever'.
    static QString kindName(const QString &kind);
};

} // namespace cc
