#pragma once

#include "db/PartSnapshot.h"

#include <QStringList>
#include <optional>

namespace cc {

class Database;
class TaskControl;

// An import as its undo step (CmdImport) sees it, whatever it imports
// (datasheets, a catalog feed): it writes in one transaction, taking before
// it writes a snapshot of every part and source it touches, and says which
// parts it wrote.
class ImportStep
{
public:
    virtual ~ImportStep() = default;

    // Writes the import in one transaction. False when it wrote nothing
    // (nothing to import, or cancelled: rolled back). Throws DatabaseError
    // (rolled back, nothing written).
    virtual bool apply(Database &database, TaskControl &control) = 0;
    // Set by a successful apply(): the parts before and after the import.
    virtual const std::optional<PartSnapshot> &snapshot() const = 0;
    virtual const std::optional<PartSnapshot> &written() const = 0;
    // The item numbers the last apply() wrote (added, changed or removed).
    virtual QStringList writtenItems() const = 0;
};

} // namespace cc
