#include "models/datasheet/DatasheetLayout.h"

#include <QCoreApplication>
#include <QHash>

namespace cc {

namespace {

using Row = DatasheetLayout::Row;
using Format = DatasheetLayout::Format;

// Labels are marked with QT_TRANSLATE_NOOP so that lupdate finds them in
// the context "DatasheetLayout" that they are looked up in.
QString translated(const char *text)
{
    return QCoreApplication::translate("DatasheetLayout", text);
}

Row text(const char *label, const char *key)
{
    return Row { translated(label), { QString::fromLatin1(key) }, QString(), Format::Plain };
}

Row code(const char *label, const char *key)
{
    return Row { translated(label), { QString::fromLatin1(key) }, QString(), Format::Code };
}

Row number(const char *label, const char *key, const QString &unit = QString())
{
    return Row { translated(label), { QString::fromLatin1(key) }, unit, Format::Number };
}

Row range(const char *label, const char *minKey, const char *maxKey, const QString &unit)
{
    return Row { translated(label),
                 { QString::fromLatin1(minKey), QString::fromLatin1(maxKey) },
                 unit,
                 Format::Number };
}

Row yesNo(const char *label, const char *key)
{
    return Row { translated(label), { QString::fromLatin1(key) }, QString(), Format::YesNo };
}

QList<DatasheetLayout::Section> makeSections()
{
    const QString mm = QStringLiteral("mm");
    const QString mm2 = QStringLiteral("mm²");
    const QString n = QStringLiteral("N");
    const QString celsius = QStringLiteral("°C");
    return {
        { QStringLiteral("identity"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Identity")),
          { text(QT_TRANSLATE_NOOP("DatasheetLayout", "Description"), "description"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Family"), "family"),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "Kind"), "kind"),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "Gender"), "gender"),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Poles"), "poles"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Coding"), "coding"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Colour"), "colour"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Cover colour"), "cover_colour"),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "Mounting"), "mounting"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Variant"), "variant"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Application"), "application") } },
        { QStringLiteral("connection"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Connection data")),
          { number(QT_TRANSLATE_NOOP("DatasheetLayout", "Connection points"), "connection_points"),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Potentials"), "potentials"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Connection technology"),
                 "connection_technology"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Actuation"), "actuation_type"),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Nominal cross-section"),
                   "cross_section_mm2", mm2),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Nominal cross-section (AWG)"),
                   "cross_section_awg", QStringLiteral("AWG")),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Strip length"), "strip_length_mm", mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Conductor entry to mating direction"),
                   "conductor_entry_angle_deg", QStringLiteral("°")) } },
        { QStringLiteral("dimensions"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Dimensions")),
          { number(QT_TRANSLATE_NOOP("DatasheetLayout", "Pin spacing"), "pin_spacing_mm", mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Width"), "width_mm", mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Height"), "height_mm", mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Depth"), "depth_mm", mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Length"), "length_mm", mm) } },
        { QStringLiteral("mechanical"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Mechanical data")),
          { yesNo(QT_TRANSLATE_NOOP("DatasheetLayout", "Variable coding"), "variable_coding"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Marking"), "marking"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Potential marking"), "potential_marking"),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Mating force"), "mating_force_min_n",
                  "mating_force_max_n", n),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Unmating force (unlocked)"),
                  "unmating_force_min_n", "unmating_force_max_n", n),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Retention force (locked), at least"),
                   "retention_force_locked_min_n", n),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Mating cycles"), "mating_cycles"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Protection type"), "protection_type"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout",
                                   "Protection type, mated with strain relief housing"),
                 "protection_type_secured"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Contact type"), "contact_type"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Connector for"), "connector_connection"),
            yesNo(QT_TRANSLATE_NOOP("DatasheetLayout", "Mismating protection"),
                  "mismating_protection"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Locking lever"), "locking_lever"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Locking"), "locking_type"),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Contact resistance, approx."),
                   "contact_resistance_mohm", QStringLiteral("mΩ")),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Transition plug/socket, approx."),
                   "transition_resistance_mohm", QStringLiteral("mΩ")) } },
        { QStringLiteral("accessory"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Accessory data")),
          { number(QT_TRANSLATE_NOOP("DatasheetLayout", "Cables"), "cable_count"),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Cable outer diameter"), "cable_od_min_mm",
                  "cable_od_max_mm", mm),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Panel thickness"), "panel_thickness_min_mm",
                  "panel_thickness_max_mm", mm),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "Operation"), "operation"),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "For mounting"), "for_mounting"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "For"), "for_kinds"),
            yesNo(QT_TRANSLATE_NOOP("DatasheetLayout", "Separable"), "separable"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Material"), "material"),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Blade width"), "blade_width_mm", mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Blade thickness"), "blade_thickness_mm",
                   mm) } },
        { QStringLiteral("material"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Material data")),
          { text(QT_TRANSLATE_NOOP("DatasheetLayout", "Material group"), "material_group"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Insulation material"),
                 "insulation_material"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Flammability class per UL94"),
                 "flammability_class"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Clamping spring material"),
                 "clamping_spring_material"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Contact material"), "contact_material"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Contact plating"), "contact_plating"),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Fire load"), "fire_load_mj",
                   QStringLiteral("MJ")),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Weight"), "weight_g",
                   QStringLiteral("g")) } },
        { QStringLiteral("environment"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Environmental requirements")),
          { range(QT_TRANSLATE_NOOP("DatasheetLayout", "Processing temperature"),
                  "processing_temp_min_c", "processing_temp_max_c", celsius),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Continuous operating temperature"),
                  "operating_temp_min_c", "operating_temp_max_c", celsius),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Insulating parts rated up to"),
                   "insulation_temp_max_c", celsius) } },
        { QStringLiteral("commercial"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Commercial data")),
          { number(QT_TRANSLATE_NOOP("DatasheetLayout", "Packaging unit"), "packaging_unit",
                   QStringLiteral("pcs")),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Packaging type"), "packaging_type"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "GTIN"), "gtin"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Customs tariff number"), "customs_tariff"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Country of origin"), "country_of_origin"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "RoHS"), "rohs_status"),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Web address"), "url") } },
    };
}

} // namespace

const QList<DatasheetLayout::Section> &DatasheetLayout::sections()
{
    static const QList<Section> list = makeSections();
    return list;
}

} // namespace cc
