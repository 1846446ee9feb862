#pragma once

#include "models/import/parser/DatasheetParseResult.h"
#include "models/import/PartImport.h"
#include "models/part/PartRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// What importing one datasheet file does, or would do on a dry run.
struct DatasheetImportReport
{
    QString path;
    QString fileName;
    QString error; // why the file cannot be imported; nothing is written then
    bool isDatasheet = false;
    QString itemNumber;
    int fieldsRead = 0;
    QList<UnplacedLine> unplaced;
    QStringList warnings;
    SourceRecord source; // the source the written parts get
    QList<PartImport> parts; // the datasheet's part first
    bool written = false;

    bool ok() const { return error.isEmpty(); }
    bool changesSomething() const
    {
        for (const PartImport &part : parts) {
            if (part.action != PartImport::Action::Unchanged)
                return true;
        }
        return false;
    }
    bool hasConflicts() const
    {
        for (const PartImport &part : parts) {
            if (!part.conflicts.isEmpty())
                return true;
        }
        return false;
    }
    QStringList itemNumbers() const
    {
        QStringList items;
        for (const PartImport &part : parts)
            items << part.itemNumber;
        return items;
    }
};

} // namespace cc
