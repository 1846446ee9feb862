#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cc {

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

    static const QStringList &kinds();
    static const QStringList &genders();
    static const QStringList &mountings();
    static const QStringList &conductorClasses();
    static const QStringList &approvalKinds();
};

} // namespace cc
