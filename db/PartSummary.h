#pragma once

#include <QString>
#include <optional>

namespace cc {

// One row of a catalog listing: what a table of parts shows.
struct PartSummary
{
    qint64 id = 0;
    QString itemNumber;
    QString description;
    QString family;
    QString kind;
    std::optional<int> poles;
    QString coding;
    QString colour;
    std::optional<double> ratedCurrentA; // IEC rating
};

} // namespace cc
