#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cc {

class CodeTable;

// The scalar columns of the part table with their types: the single list
// that readers and writers of part records check keys against.
class PartFields
{
public:
    enum class Type { Text, Real, Integer, Boolean };
    struct Field
    {
        QString key;
        Type type;
    };

    static const QList<Field> &all();
    static const Field *find(const QString &key);
    // Converts `value` to the column's type; returns a null QVariant and sets
    // `error` when it does not fit.
    static QVariant normalized(const Field &field, const QVariant &value, QString *error);

    // The code table of a field that holds a domain code (kind, gender,
    // mounting, for_mounting, operation); null for other fields.
    static const CodeTable *codeTable(const QString &key);
};

} // namespace cc
