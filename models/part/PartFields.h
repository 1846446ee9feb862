#pragma once

#include "models/part/PartField.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace cc {

class CodeTable;

// The table of a part's scalar fields (PartFieldList.h) as data: the column
// name and type of each PartField, for the code that stores every field by
// its name (the database, the JSON files) and for checks of values.
class PartFields
{
public:
    struct Field
    {
        PartField id;
        QString key; // column name, e.g. "width_mm"
        PartFieldType type;
    };

    static const QList<Field> &all();
    static const Field &field(PartField id) { return all().at(static_cast<qsizetype>(id)); }
    static QString key(PartField id) { return field(id).key; }
    // The field of this column name; null when there is none.
    static const Field *find(const QString &key);
    // Converts `value` to the field's type; returns a null QVariant and sets
    // `error` when it does not fit.
    static QVariant normalized(const Field &field, const QVariant &value, QString *error);
    // The code table of a field that holds a domain code (kind, gender,
    // mounting, for_mounting, operation, colours, packaging type); null for
    // other fields.
    static const CodeTable *codeTable(PartField id);
};

} // namespace cc
