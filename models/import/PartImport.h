#pragma once

#include "models/import/FieldChange.h"
#include "models/part/PartRecord.h"

#include <QList>
#include <QString>

namespace cc {

// What an import does to one part: the datasheet's own part or one of the
// counterparts and accessories it names.
struct PartImport
{
    enum class Action { Add, Update, Unchanged, Remove }; // Remove: a feed's mode="delete"

    QString itemNumber;
    QString description;
    bool mainPart = false;
    Action action = Action::Unchanged;
    QString existingOrigin; // empty for a new part
    QList<FieldChange> changes;   // written by the import
    QList<FieldChange> conflicts; // left as they are: the part holds another value
    PartRecord record; // the record the import writes (merged with the existing one)
    QList<RelationRecord> relations; // main part: the relations the import writes
    QString origin; // the origin the part gets
    bool keepsSource = false; // an existing part keeps its source
};

} // namespace cc
