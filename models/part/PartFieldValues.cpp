#include "models/part/PartFieldValues.h"

namespace cc {

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
            m_values[i] = other.m_values[i];
    }
}

} // namespace cc
