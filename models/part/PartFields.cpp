#include "models/part/Colours.h"
#include "models/part/Genders.h"
#include "models/part/LeverOperations.h"
#include "models/part/Mountings.h"
#include "models/part/PackagingTypes.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"

#include <QHash>

namespace cc {

namespace {

QList<PartFields::Field> makeFields()
{
    return {
#define CC_PART_FIELD_ROW(valueType, name, key, accessor)                                       \
    PartFields::Field{PartField::name, QStringLiteral(key), PartFieldType::valueType},
        CC_PART_FIELDS(CC_PART_FIELD_ROW)
#undef CC_PART_FIELD_ROW
    };
}

} // namespace

const QList<PartFields::Field> &PartFields::all()
{
    static const QList<Field> fields = makeFields();
    return fields;
}

const PartFields::Field *PartFields::find(const QString &key)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> map;
        for (qsizetype i = 0; i < all().size(); ++i)
            map.insert(all().at(i).key, i);
        return map;
    }();
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

QVariant PartFields::normalized(const Field &field, const QVariant &value, QString *error)
{
    if (value.isNull())
        return {};
    bool ok = true;
    QVariant result;
    switch (field.type) {
    case PartFieldType::Text:
        ok = value.canConvert<QString>();
        result = value.toString();
        break;
    case PartFieldType::Real:
        result = value.toDouble(&ok);
        break;
    case PartFieldType::Integer: {
        const double number = value.toDouble(&ok);
        ok = ok && number == static_cast<double>(static_cast<qint64>(number));
        result = static_cast<qint64>(number);
        break;
    }
    case PartFieldType::Boolean:
        ok = value.typeId() == QMetaType::Bool
            || (value.canConvert<int>() && (value.toInt() == 0 || value.toInt() == 1));
        result = value.toBool() ? 1 : 0;
        break;
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1: %2 is not a valid value").arg(field.key, value.toString());
        return {};
    }
    return result;
}

const CodeTable *PartFields::codeTable(PartField id)
{
    switch (id) {
    case PartField::Kind:
        return &PartKinds::table();
    case PartField::Gender:
        return &Genders::table();
    case PartField::Mounting:
    case PartField::ForMounting:
        return &Mountings::table();
    case PartField::Operation:
        return &LeverOperations::table();
    case PartField::Colour:
    case PartField::CoverColour:
        return &Colours::table();
    case PartField::PackagingType:
        return &PackagingTypes::table();
    default:
        return nullptr;
    }
}

} // namespace cc
