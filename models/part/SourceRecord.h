#pragma once

#include <QString>

namespace cc {

// Where a part's data come from: a datasheet file, a catalog feed (BMEcat),
// a web page, a reference, the user, the synthetic test catalog.
struct SourceRecord
{
    QString reference; // 'D1', a datasheet file name, ...
    QString kind;      // datasheet, bmecat, web, reference, user, synthetic
    QString title;
    QString location;
    QString importedAt; // ISO 8601
};

} // namespace cc
