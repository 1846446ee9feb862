#pragma once

#include "models/part/PartField.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>

namespace cc {

template<PartFieldType T>
struct PartFieldValueType;
template<>
struct PartFieldValueType<PartFieldType::Text>
{
    using type = QString;
};
template<>
struct PartFieldValueType<PartFieldType::Real>
{
    using type = std::optional<double>;
};
template<>
struct PartFieldValueType<PartFieldType::Integer>
{
    using type = std::optional<int>;
};
template<>
struct PartFieldValueType<PartFieldType::Boolean>
{
    using type = std::optional<bool>;
};

// The scalar values of a part, one per PartField. A value no source states
// is a null QVariant (an empty optional or a null QString when read typed),
// never zero. Read them through the typed accessors (`widthMm()`, `kind()`,
// ...) that the field table generates.
class PartFieldValues
{
public:
    QVariant value(PartField field) const { return m_values[index(field)]; }
    bool isKnown(PartField field) const { return !m_values[index(field)].isNull(); }
    // A null `value` makes the field unknown.
    void set(PartField field, const QVariant &value) { m_values[index(field)] = value; }
    void clear(PartField field) { m_values[index(field)] = QVariant(); }

    QString text(PartField field) const;
    std::optional<double> number(PartField field) const;
    std::optional<int> integer(PartField field) const;
    std::optional<bool> flag(PartField field) const;

    // The fields that hold a value, in the table's order.
    QList<PartField> knownFields() const;
    // Takes every value `other` knows; keeps the rest.
    void update(const PartFieldValues &other);
    // Every field unknown.
    void clearFields() { m_values.fill(QVariant()); }

    bool operator==(const PartFieldValues &other) const { return m_values == other.m_values; }
    bool operator!=(const PartFieldValues &other) const { return !(*this == other); }

#define CC_PART_FIELD_GETTER(valueType, name, key, accessor)                                 \
    PartFieldValueType<PartFieldType::valueType>::type accessor() const                      \
    {                                                                                         \
        return get<PartFieldType::valueType>(PartField::name);                               \
    }
    CC_PART_FIELDS(CC_PART_FIELD_GETTER)
#undef CC_PART_FIELD_GETTER

private:
    static constexpr std::size_t index(PartField field) { return static_cast<std::size_t>(field); }
    template<PartFieldType T>
    typename PartFieldValueType<T>::type get(PartField field) const
    {
        if constexpr (T == PartFieldType::Text)
            return text(field);
        else if constexpr (T == PartFieldType::Real)
            return number(field);
        else if constexpr (T == PartFieldType::Integer)
            return integer(field);
        else
            return flag(field);
    }

    std::array<QVariant, partFieldCount> m_values;
};

} // namespace cc
