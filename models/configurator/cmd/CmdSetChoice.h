#pragma once

#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include <QCoreApplication>

namespace cc {

// Chooses among fitting accessories: the lever operation ('operation') or
// the colour of an accessory kind ('colour'). An empty value clears it.
class CmdSetChoice : public CmdAssemblyEdit
{
    Q_DECLARE_TR_FUNCTIONS(CmdSetChoice)

public:
    CmdSetChoice(AssemblyEditor *editor, const QString &kind, const QString &attribute,
                     const QString &value);

    // 'locking lever' for 'locking_lever'.
    static QString kindName(const QString &kind);
};

} // namespace cc
