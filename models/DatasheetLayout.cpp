#include "DatasheetLayout.h"

#include <QCoreApplication>
#include <QHash>

namespace cc {

namespace {

using Row = DatasheetLayout::Row;
using Format = DatasheetLayout::Format;

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasheetLayout", text);
}

Row text(const char *label, const char *key)
{
    return Row{tr(label), {QString::fromLatin1(key)}, QString(), Format::Plain};
}

Row code(const char *label, const char *key)
{
    return Row{tr(label), {QString::fromLatin1(key)}, QString(), Format::Code};
}

Row number(const char *label, const char *key, const QString &unit = QString())
{
    return Row{tr(label), {QString::fromLatin1(key)}, unit, Format::Number};
}

Row range(const char *label, const char *minKey, const char *maxKey, const QString &unit)
{
    return Row{tr(label), {QString::fromLatin1(minKey), QString::fromLatin1(maxKey)}, unit,
               Format::Number};
}

Row yesNo(const char *label, const char *key)
{
    return Row{tr(label), {QString::fromLatin1(key)}, QString(), Format::YesNo};
}

QList<DatasheetLayout::Section> makeSections()
{
    const QString mm = QStringLiteral("mm");
    const QString mm2 = QStringLiteral("mm²");
    const QString n = QStringLiteral("N");
    const QString celsius = QStringLiteral("°C");
    return {
        {QStringLiteral("identity"), tr("Identity"),
         {text("Description", "description"), text("Family", "family"), code("Kind", "kind"),
          code("Gender", "gender"), number("Poles", "poles"), text("Coding", "coding"),
          text("Colour", "colour"), text("Cover colour", "cover_colour"),
          code("Mounting", "mounting"), text("Variant", "variant"),
          text("Application", "application")}},
        {QStringLiteral("connection"), tr("Connection data"),
         {number("Connection points", "connection_points"),
          number("Potentials", "potentials"),
          text("Connection technology", "connection_technology"),
          text("Actuation", "actuation_type"),
          number("Nominal cross-section", "cross_section_mm2", mm2),
          number("Nominal cross-section (AWG)", "cross_section_awg", QStringLiteral("AWG")),
          number("Strip length", "strip_length_mm", mm),
          number("Conductor entry to mating direction", "conductor_entry_angle_deg",
                 QStringLiteral("°"))}},
        {QStringLiteral("dimensions"), tr("Dimensions"),
         {number("Pin spacing", "pin_spacing_mm", mm), number("Width", "width_mm", mm),
          number("Height", "height_mm", mm), number("Depth", "depth_mm", mm),
          number("Length", "length_mm", mm)}},
        {QStringLiteral("mechanical"), tr("Mechanical data"),
         {yesNo("Variable coding", "variable_coding"), text("Marking", "marking"),
          text("Potential marking", "potential_marking"),
          range("Mating force", "mating_force_min_n", "mating_force_max_n", n),
          range("Unmating force (unlocked)", "unmating_force_min_n", "unmating_force_max_n", n),
          number("Retention force (locked), at least", "retention_force_locked_min_n", n),
          number("Mating cycles", "mating_cycles"), text("Protection type", "protection_type"),
          text("Protection type, mated with strain relief housing", "protection_type_secured"),
          text("Contact type", "contact_type"), text("Connector for", "connector_connection"),
          yesNo("Mismating protection", "mismating_protection"),
          text("Locking lever", "locking_lever"), text("Locking", "locking_type"),
          number("Contact resistance, approx.", "contact_resistance_mohm", QStringLiteral("mΩ")),
          number("Transition plug/socket, approx.", "transition_resistance_mohm",
                 QStringLiteral("mΩ"))}},
        {QStringLiteral("accessory"), tr("Accessory data"),
         {number("Cables", "cable_count"),
          range("Cable outer diameter", "cable_od_min_mm", "cable_od_max_mm", mm),
          range("Panel thickness", "panel_thickness_min_mm", "panel_thickness_max_mm", mm),
          code("Operation", "operation"), code("For mounting", "for_mounting"),
          text("For", "for_kinds"), yesNo("Separable", "separable"),
          text("Material", "material"), number("Blade width", "blade_width_mm", mm),
          number("Blade thickness", "blade_thickness_mm", mm)}},
        {QStringLiteral("material"), tr("Material data"),
         {text("Material group", "material_group"),
          text("Insulation material", "insulation_material"),
          text("Flammability class per UL94", "flammability_class"),
          text("Clamping spring material", "clamping_spring_material"),
          text("Contact material", "contact_material"), text("Contact plating", "contact_plating"),
          number("Fire load", "fire_load_mj", QStringLiteral("MJ")),
          number("Weight", "weight_g", QStringLiteral("g"))}},
        {QStringLiteral("environment"), tr("Environmental requirements"),
         {range("Processing temperature", "processing_temp_min_c", "processing_temp_max_c",
                celsius),
          range("Continuous operating temperature", "operating_temp_min_c",
                "operating_temp_max_c", celsius),
          number("Insulating parts rated up to", "insulation_temp_max_c", celsius)}},
        {QStringLiteral("commercial"), tr("Commercial data"),
         {number("Packaging unit", "packaging_unit", QStringLiteral("pcs")),
          text("Packaging type", "packaging_type"), text("GTIN", "gtin"),
          text("Customs tariff number", "customs_tariff"),
          text("Country of origin", "country_of_origin"), text("RoHS", "rohs_status"),
          text("Web address", "url")}},
    };
}

} // namespace

const QList<DatasheetLayout::Section> &DatasheetLayout::sections()
{
    static const QList<Section> list = makeSections();
    return list;
}

QString DatasheetLayout::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("socket"), "Socket"},
        {QStringLiteral("plug"), "Plug"},
        {QStringLiteral("snap_in_socket"), "Snap-in socket"},
        {QStringLiteral("snap_in_plug"), "Snap-in plug"},
        {QStringLiteral("locking_lever"), "Locking lever"},
        {QStringLiteral("lockout_cap"), "Lockout cap"},
        {QStringLiteral("protective_cap"), "Protective cap"},
        {QStringLiteral("strain_relief_housing"), "Strain relief housing"},
        {QStringLiteral("marker_card"), "Marker card"},
        {QStringLiteral("snap_in_frame"), "Snap-in frame"},
        {QStringLiteral("operating_tool"), "Operating tool"},
        {QStringLiteral("female"), "female"},
        {QStringLiteral("male"), "male"},
        {QStringLiteral("flying"), "flying lead"},
        {QStringLiteral("snap-in"), "snap-in"},
        {QStringLiteral("pcb"), "PCB"},
        {QStringLiteral("distribution"), "distribution"},
        {QStringLiteral("manual"), "manual"},
        {QStringLiteral("tool"), "with tool"},
    };
    const auto it = labels.constFind(kind);
    return it == labels.constEnd() ? kind : tr(*it);
}

QString DatasheetLayout::conductorClassLabel(const QString &conductorClass)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("solid"), "Solid conductor"},
        {QStringLiteral("solid_push_in"), "Solid conductor, push-in termination"},
        {QStringLiteral("stranded"), "Stranded conductor"},
        {QStringLiteral("fine_stranded"), "Fine-stranded conductor"},
        {QStringLiteral("fine_stranded_insulated_ferrule"),
         "Fine-stranded conductor with insulated ferrule"},
        {QStringLiteral("fine_stranded_uninsulated_ferrule"),
         "Fine-stranded conductor with uninsulated ferrule"},
        {QStringLiteral("fine_stranded_ferrule_push_in"),
         "Fine-stranded conductor with ferrule, push-in termination"},
    };
    const auto it = labels.constFind(conductorClass);
    return it == labels.constEnd() ? conductorClass : tr(*it);
}

QString DatasheetLayout::approvalKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("general"), "General approvals"},
        {QStringLiteral("ul"), "UL approvals"},
        {QStringLiteral("marine"), "Approvals for marine applications"},
        {QStringLiteral("declaration"), "Declarations of conformity"},
    };
    const auto it = labels.constFind(kind);
    return it == labels.constEnd() ? kind : tr(*it);
}

} // namespace cc
