#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// One classification feature of a part exactly as a catalog feed states it
// (BMEcat FEATURE): kept whether or not the program maps it to a field, so
// that nothing the file says is lost.
struct FeatureRecord
{
    QString system;  // REFERENCE_FEATURE_SYSTEM_NAME, e.g. 'ETIM-8.0'
    QString group;   // REFERENCE_FEATURE_GROUP_ID, e.g. 'EC002560'
    QString name;    // FNAME, e.g. 'EF001391'
    QStringList values; // FVALUE, in order (a range is two, lower first)
    QString unit;    // FUNIT
    QString details; // FVALUE_DETAILS

    bool operator==(const FeatureRecord &other) const
    {
        return system == other.system && group == other.group && name == other.name
            && values == other.values && unit == other.unit && details == other.details;
    }
};

} // namespace cc
