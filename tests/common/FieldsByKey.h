#pragma once

// Test data name part fields by their column names, as the catalog's JSON
// files and the database do. These turn such a name into the field; an
// unknown name stops the test program (a typo in test data must not pass
// as "unknown value").
#include "models/part/PartFieldValues.h"
#include "models/part/PartFields.h"

#include <QtGlobal>

namespace cc::test {

inline PartField fieldOf(const QString &key)
{
    const PartFields::Field *field = PartFields::find(key);
    if (!field)
        qFatal("no part field named %s", qPrintable(key));
    return field->id;
}

inline QVariant valueByKey(const PartFieldValues &values, const QString &key)
{
    return values.value(fieldOf(key));
}

inline void setByKey(PartFieldValues &values, const QString &key, const QVariant &value)
{
    values.set(fieldOf(key), value);
}

// Every known value by column name, for comparisons in failure messages.
inline QVariantMap valuesByKey(const PartFieldValues &values)
{
    QVariantMap map;
    for (const PartField field : values.knownFields())
        map.insert(PartFields::key(field), values.value(field));
    return map;
}

} // namespace cc::test
