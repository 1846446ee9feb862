#include "models/part/PartFields.h"

#include "models/part/Genders.h"
#include "models/part/LeverOperations.h"
#include "models/part/Mountings.h"
#include "models/part/PartKinds.h"

#include <QHash>

namespace cc {

namespace {

using Type = PartFields::Type;

QList<PartFields::Field> makeFields()
{
    const auto text = [](const char *key) { return PartFields::Field{QString::fromLatin1(key), Type::Text}; };
    const auto real = [](const char *key) { return PartFields::Field{QString::fromLatin1(key), Type::Real}; };
    const auto integer = [](const char *key) { return PartFields::Field{QString::fromLatin1(key), Type::Integer}; };
    const auto boolean = [](const char *key) { return PartFields::Field{QString::fromLatin1(key), Type::Boolean}; };
    return {
        text("item_number"), text("description"),
        // identity
        text("family"), text("kind"), text("gender"), integer("poles"), integer("potentials"),
        integer("connection_points"), text("coding"), text("colour"), text("cover_colour"),
        real("cross_section_mm2"), integer("cross_section_awg"), text("mounting"), text("variant"),
        text("application"), text("url"),
        // connection data
        text("connection_technology"), text("actuation_type"), real("strip_length_mm"),
        real("conductor_entry_angle_deg"),
        // dimensions
        real("pin_spacing_mm"), real("width_mm"), real("height_mm"), real("depth_mm"),
        real("length_mm"),
        // mechanical
        boolean("variable_coding"), text("marking"), text("potential_marking"),
        real("mating_force_min_n"), real("mating_force_max_n"), real("unmating_force_min_n"),
        real("unmating_force_max_n"), real("retention_force_locked_min_n"),
        integer("mating_cycles"), text("protection_type"), text("protection_type_secured"),
        text("contact_type"), text("connector_connection"), boolean("mismating_protection"),
        text("locking_lever"), text("locking_type"), real("contact_resistance_mohm"),
        real("transition_resistance_mohm"),
        // accessories
        integer("cable_count"), real("cable_od_min_mm"), real("cable_od_max_mm"),
        real("panel_thickness_min_mm"), real("panel_thickness_max_mm"), text("operation"),
        text("for_mounting"), text("for_kinds"), boolean("separable"), text("material"),
        real("blade_width_mm"), real("blade_thickness_mm"),
        // material
        text("material_group"), text("insulation_material"), text("flammability_class"),
        text("clamping_spring_material"), text("contact_material"), text("contact_plating"),
        real("fire_load_mj"), real("weight_g"),
        // environment
        real("processing_temp_min_c"), real("processing_temp_max_c"),
        real("operating_temp_min_c"), real("operating_temp_max_c"), real("insulation_temp_max_c"),
        // commercial and compliance
        integer("packaging_unit"), text("packaging_type"), text("country_of_origin"), text("gtin"),
        text("customs_tariff"), text("rohs_status"),
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
    case Type::Text:
        ok = value.canConvert<QString>();
        result = value.toString();
        break;
    case Type::Real:
        result = value.toDouble(&ok);
        break;
    case Type::Integer: {
        const double number = value.toDouble(&ok);
        ok = ok && number == static_cast<double>(static_cast<qint64>(number));
        result = static_cast<qint64>(number);
        break;
    }
    case Type::Boolean:
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

const CodeTable *PartFields::codeTable(const QString &key)
{
    if (key == QLatin1String("kind"))
        return &PartKinds::table();
    if (key == QLatin1String("gender"))
        return &Genders::table();
    if (key == QLatin1String("mounting") || key == QLatin1String("for_mounting"))
        return &Mountings::table();
    if (key == QLatin1String("operation"))
        return &LeverOperations::table();
    return nullptr;
}

} // namespace cc
