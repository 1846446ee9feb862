#pragma once

#include "models/part/PartField.h"
#include "models/part/Provenance.h"

#include <QList>
#include <QMap>
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
//
// A known value is stated (by the part's own source) unless it is derived:
// then it carries its Provenance. Writing a value with set() states it, so a
// stated value always replaces a derived one together with its provenance.
class PartFieldValues
{
public:
    QVariant value(PartField field) const { return m_values[index(field)]; }
    bool isKnown(PartField field) const { return !m_values[index(field)].isNull(); }
    // Sets a stated value; a null `value` makes the field unknown.
    void set(PartField field, const QVariant &value);
    void clear(PartField field) { set(field, QVariant()); }

    // Sets a value derived from another source's statement, with where it
    // comes from; a null `value` makes the field unknown.
    void setDerived(PartField field, const QVariant &value, const Provenance &provenance);
    bool isDerived(PartField field) const { return m_provenance.contains(field); }
    // Known and not derived.
    bool isStated(PartField field) const { return isKnown(field) && !isDerived(field); }
    // Where a derived value comes from; none for a stated or unknown one.
    std::optional<Provenance> provenance(PartField field) const;
    // The fields that hold a derived value, in the table's order.
    QList<PartField> derivedFields() const { return m_provenance.keys(); }
    // Takes the value of `field` from `other`, stated or derived as it is there.
    void take(PartField field, const PartFieldValues &other);

    QString text(PartField field) const;
    std::optional<double> number(PartField field) const;
    std::optional<int> integer(PartField field) const;
    std::optional<bool> flag(PartField field) const;

    // The fields that hold a value, in the table's order.
    QList<PartField> knownFields() const;
    // Takes every value `other` knows, stated or derived as it is there;
    // keeps the rest.
    void update(const PartFieldValues &other);
    // Every field unknown.
    void clearFields()
    {
        m_values.fill(QVariant());
        m_provenance.clear();
    }

    bool operator==(const PartFieldValues &other) const
    {
        return m_values == other.m_values && m_provenance == other.m_provenance;
    }
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
    // The derived values' provenance; most parts have none.
    QMap<PartField, Provenance> m_provenance;
};

} // namespace cc
