#pragma once

#include "models/configurator/AccessoryLine.h"
#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include <QCoreApplication>

namespace cc {

// Picks the item of a line of the parts table among those that fit: for a
// required accessory the pick (`choices.items`, with kind and side; a
// quantity given stays), for an optional one the item ticked (an unticked
// line is ticked, with the rules' quantity or one). An empty item number
// takes the pick back (a required accessory is open again, or listed by
// the defaults; an optional one is unticked).
class CmdPickItem : public CmdAssemblyEdit
{
public:
    // `line`: one of the editor's lines.
    CmdPickItem(AssemblyEditor *editor, const AccessoryLine &line, const QString &itemNumber);
};

} // namespace cc
