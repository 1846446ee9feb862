#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// One row of the catalog's rule table (assembly_rule): what a source states
// about an accessory an assembly takes. Absent values (the source does not
// state them) are an empty optional or a null QString, never made up.
struct AccessoryRule
{
    QString accessoryKind; // a part_kind code, e.g. 'strain_relief_housing'
    QString appliesTo;     // see appliesToValues()
    // How many per `per`; empty when no source states it.
    std::optional<double> quantity;
    QString per;         // 'side', 'assembly' or 'pole'; null when not stated
    QString requirement; // 'required', 'optional', 'required_for_ip2xc'; null: not said
    QString note;        // the source's statement in our words
    QString sourceReference; // 'D1', 'T1', ...; filled when read back

    static QStringList appliesToValues()
    {
        return {QStringLiteral("flying_side"), QStringLiteral("both_sides_flying"),
                QStringLiteral("flying_connection"), QStringLiteral("snap_in_side"),
                QStringLiteral("unmated_socket"), QStringLiteral("assembly")};
    }
    static QStringList perValues()
    {
        return {QStringLiteral("side"), QStringLiteral("assembly"), QStringLiteral("pole")};
    }
    static QStringList requirementValues()
    {
        return {QStringLiteral("required"), QStringLiteral("optional"),
                QStringLiteral("required_for_ip2xc")};
    }
};

} // namespace cc
