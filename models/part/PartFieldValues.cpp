#include "models/part/PartFieldValues.h"

namespace cc {

void PartFieldValues::set(PartField field, const QVariant &value)
{
    m_values[index(field)] = value;
    m_provenance.remove(field);
}

void PartFieldValues::setDerived(PartField field, const QVariant &value,
                                 const Provenance &provenance)
{
    set(field, value);
    if (!value.isNull())
        m_provenance.insert(field, provenance);
}

std::optional<Provenance> PartFieldValues::provenance(PartField field) const
{
    const auto found = m_provenance.constFind(field);
    if (found == m_provenance.cend())
        return std::nullopt;
    return *found;
}

void PartFieldValues::take(PartField field, const PartFieldValues &other)
{
    if (const std::optional<Provenance> derived = other.provenance(field))
        setDerived(field, other.value(field), *derived);
    else
        set(field, other.value(field));
}

QString PartFieldValues::text(PartField field) const
{
    const QVariant &v = m_values[index(field)];
    return v.isNull() ? QString() : v.toString();
}

std::optional<double> PartFieldValues::number(PartField field) const
{
    const QVariant &v = m_values[index(field)];
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

std::optional<int> PartFieldValues::integer(PartField field) const
{
    const QVariant &v = m_values[index(field)];
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

std::optional<bool> PartFieldValues::flag(PartField field) const
{
    const QVariant &v = m_values[index(field)];
    if (v.isNull())
        return std::nullopt;
    return v.toBool();
}

QList<PartField> PartFieldValues::knownFields() const
{
    QList<PartField> fields;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (!m_values[i].isNull())
            fields.append(static_cast<PartField>(i));
    }
    return fields;
}

void PartFieldValues::update(const PartFieldValues &other)
{
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (!other.m_values[i].isNull())
            take(static_cast<PartField>(i), other);
    }
}

} // namespace cc
