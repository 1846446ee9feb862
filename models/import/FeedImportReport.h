#pragma once

#include "models/import/feed/FeedProduct.h"
#include "models/import/PartImport.h"
#include "models/part/SourceRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// What importing one catalog feed file does, or would do on a dry run. The
// counts cover every product; the lists keep the first maxDetails entries
// of each kind, so that a report of a feed of any size stays small.
struct FeedImportReport
{
    static constexpr int maxDetails = 200;

    // A product or a reference, with the line of the file it is on.
    struct Entry
    {
        int line = 0;
        QString itemNumber;
        QString text;
    };

    QString path;
    QString fileName;
    QString error; // why the file cannot be imported; nothing of it is written then
    int errorLine = 0;
    FeedHeader header;
    QString encoding; // how the file was read
    QString xmlName;  // the XML file inside an archive
    SourceRecord source; // the source the written parts get

    int read = 0;      // products read
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    int deleted = 0;
    int skipped = 0;
    int conflicted = 0; // parts with conflicts (kept as they were where they differ)
    int unresolved = 0; // references to items neither in the file nor in the catalog
    int issueCount = 0; // values left out of imported products

    QList<Entry> skippedProducts;   // line, item, reason
    QList<Entry> issues;            // line, item, the value and why it was left out
    QList<Entry> unresolvedReferences; // item referring, "type item referred to"
    QList<PartImport> changedParts; // added or changed parts with their changes (records left out)
    QList<PartImport> conflictParts; // parts with conflicts
    QStringList notes;              // noticed while reading
    bool written = false;

    bool ok() const { return error.isEmpty(); }
    bool changesSomething() const { return added + changed + deleted > 0; }
    // The number of products that change the catalog.
    int changes() const { return added + changed + deleted; }
};

} // namespace cc
