#pragma once

#include <QString>

namespace cc {

// A document about a part that its source links to: a data sheet, a
// dimensioned drawing, ... (BMEcat MIME), by address; never fetched.
struct DocumentRecord
{
    QString purpose;  // 'data_sheet', 'drawing', or the feed's own purpose
    QString location; // an absolute URL or a path as the source gives it
    QString title;    // the source's description; may be empty
    QString mimeType; // e.g. 'application/pdf'; may be empty

    bool operator==(const DocumentRecord &other) const
    {
        return purpose == other.purpose && location == other.location && title == other.title
            && mimeType == other.mimeType;
    }
};

} // namespace cc
