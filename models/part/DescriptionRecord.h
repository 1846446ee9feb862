#pragma once

#include <QString>

namespace cc {

// A part's descriptions in one language as a multilingual source gives
// them (the part's description field holds the one in the catalog's
// language).
struct DescriptionRecord
{
    QString language;  // ISO 639-2, e.g. 'deu', 'eng'
    QString shortText;
    QString longText;

    bool operator==(const DescriptionRecord &other) const
    {
        return language == other.language && shortText == other.shortText
            && longText == other.longText;
    }
};

} // namespace cc
