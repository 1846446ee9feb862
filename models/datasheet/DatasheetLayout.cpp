#include "models/datasheet/DatasheetLayout.h"

#include "models/datasheet/DatasheetTr.h"
#include "models/part/PartFields.h"

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
    return DatasheetTr::tr(text);
}

Row text(const char *label, PartField field)
{
    return Row { translated(label), { field }, QString(), Format::Plain };
}

Row code(const char *label, PartField field)
{
    return Row { translated(label), { field }, QString(), Format::Code };
}

Row number(const char *label, PartField field, const QString &unit = QString())
{
    return Row { translated(label), { field }, unit, Format::Number };
}

Row range(const char *label, PartField min, PartField max, const QString &unit)
{
    return Row { translated(label),
                 { min, max },
                 unit,
                 Format::Number };
}

Row yesNo(const char *label, PartField field)
{
    return Row { translated(label), { field }, QString(), Format::YesNo };
}

QList<DatasheetLayout::Section> makeSections()
{
    const QString mm = QStringLiteral("mm");
    const QString mm2 = QStringLiteral("mm²");
    const QString n = QStringLiteral("N");
    const QString celsius = QStringLiteral("°C");
    return {
        { QStringLiteral("identity"),
          translated(QT_TRANSLATE_NOOP("Datasheet", "Identity")),
          { text(QT_TRANSLATE_NOOP("Datasheet", "Description"), PartField::Description),
            text(QT_TRANSLATE_NOOP("Datasheet", "Family"), PartField::Family),
            code(QT_TRANSLATE_NOOP("Datasheet", "Kind"), PartField::Kind),
            code(QT_TRANSLATE_NOOP("Datasheet", "Gender"), PartField::Gender),
            number(QT_TRANSLATE_NOOP("Datasheet", "Poles"), PartField::Poles),
            text(QT_TRANSLATE_NOOP("Datasheet", "Coding"), PartField::Coding),
            code(QT_TRANSLATE_NOOP("Datasheet", "Colour"), PartField::Colour),
            code(QT_TRANSLATE_NOOP("Datasheet", "Cover colour"), PartField::CoverColour),
            code(QT_TRANSLATE_NOOP("Datasheet", "Mounting"), PartField::Mounting),
            text(QT_TRANSLATE_NOOP("Datasheet", "Variant"), PartField::Variant),
            text(QT_TRANSLATE_NOOP("Datasheet", "Application"), PartField::Application) } },
        { QStringLiteral("connection"),
          translated(QT_TRANSLATE_NOOP("Datasheet", "Connection data")),
          { number(QT_TRANSLATE_NOOP("Datasheet", "Connection points"), PartField::ConnectionPoints),
            number(QT_TRANSLATE_NOOP("Datasheet", "Potentials"), PartField::Potentials),
            text(QT_TRANSLATE_NOOP("Datasheet", "Connection technology"),
                 PartField::ConnectionTechnology),
            text(QT_TRANSLATE_NOOP("Datasheet", "Actuation"), PartField::ActuationType),
            number(QT_TRANSLATE_NOOP("Datasheet", "Nominal cross-section"),
                   PartField::CrossSectionMm2, mm2),
            number(QT_TRANSLATE_NOOP("Datasheet", "Nominal cross-section (AWG)"),
                   PartField::CrossSectionAwg, QStringLiteral("AWG")),
            number(QT_TRANSLATE_NOOP("Datasheet", "Strip length"), PartField::StripLengthMm, mm),
            number(QT_TRANSLATE_NOOP("Datasheet", "Conductor entry to mating direction"),
                   PartField::ConductorEntryAngleDeg, QStringLiteral("°")) } },
        { QStringLiteral("dimensions"),
          translated(QT_TRANSLATE_NOOP("Datasheet", "Dimensions")),
          { number(QT_TRANSLATE_NOOP("Datasheet", "Pin spacing"), PartField::PinSpacingMm, mm),
            number(QT_TRANSLATE_NOOP("Datasheet", "Width"), PartField::WidthMm, mm),
            number(QT_TRANSLATE_NOOP("Datasheet", "Height"), PartField::HeightMm, mm),
            number(QT_TRANSLATE_NOOP("Datasheet", "Depth"), PartField::DepthMm, mm),
            number(QT_TRANSLATE_NOOP("Datasheet", "Length"), PartField::LengthMm, mm) } },
        { QStringLiteral("mechanical"),
          translated(QT_TRANSLATE_NOOP("Datasheet", "Mechanical data")),
          { yesNo(QT_TRANSLATE_NOOP("Datasheet", "Variable coding"), PartField::VariableCoding),
            text(QT_TRANSLATE_NOOP("Datasheet", "Marking"), PartField::Marking),
            text(QT_TRANSLATE_NOOP("Datasheet", "Potential marking"), PartField::PotentialMarking),
            range(QT_TRANSLATE_NOOP("Datasheet", "Mating force"), PartField::MatingForceMinN,
                  PartField::MatingForceMaxN, n),
            range(QT_TRANSLATE_NOOP("Datasheet", "Unmating force (unlocked)"),
                  PartField::UnmatingForceMinN, PartField::UnmatingForceMaxN, n),
            number(QT_TRANSLATE_NOOP("Datasheet", "Retention force (locked), at least"),
                   PartField::RetentionForceLockedMinN, n),
            number(QT_TRANSLATE_NOOP("Datasheet", "Mating cycles"), PartField::MatingCycles),
            text(QT_TRANSLATE_NOOP("Datasheet", "Protection type"), PartField::ProtectionType),
            text(QT_TRANSLATE_NOOP("Datasheet",
                                   "Protection type, mated with strain relief housing"),
                 PartField::ProtectionTypeSecured),
            text(QT_TRANSLATE_NOOP("Datasheet", "Contact type"), PartField::ContactType),
            text(QT_TRANSLATE_NOOP("Datasheet", "Connector for"), PartField::ConnectorConnection),
            yesNo(QT_TRANSLATE_NOOP("Datasheet", "Mismating protection"),
                  PartField::MismatingProtection),
            text(QT_TRANSLATE_NOOP("Datasheet", "Locking lever"), PartField::LockingLever),
            text(QT_TRANSLATE_NOOP("Datasheet", "Locking"), PartField::LockingType),
            number(QT_TRANSLATE_NOOP("Datasheet", "Contact resistance, approx."),
                   PartField::ContactResistanceMohm, QStringLiteral("mΩ")),
            number(QT_TRANSLATE_NOOP("Datasheet", "Transition plug/socket, approx."),
                   PartField::TransitionResistanceMohm, QStringLiteral("mΩ")) } },
        { QStringLiteral("accessory"),
          translated(QT_TRANSLATE_NOOP("Datasheet", "Accessory data")),
          { number(QT_TRANSLATE_NOOP("Datasheet", "Cables"), PartField::CableCount),
            range(QT_TRANSLATE_NOOP("Datasheet", "Cable outer diameter"), PartField::CableOdMinMm,
                  PartField::CableOdMaxMm, mm),
            range(QT_TRANSLATE_NOOP("Datasheet", "Panel thickness"), PartField::PanelThicknessMinMm,
                  PartField::PanelThicknessMaxMm, mm),
            code(QT_TRANSLATE_NOOP("Datasheet", "Operation"), PartField::Operation),
            code(QT_TRANSLATE_NOOP("Datasheet", "For mounting"), PartField::ForMounting),
            text(QT_TRANSLATE_NOOP("Datasheet", "For"), PartField::ForKinds),
            yesNo(QT_TRANSLATE_NOOP("Datasheet", "Separable"), PartField::Separable),
            text(QT_TRANSLATE_NOOP("Datasheet", "Material"), PartField::Material),
            number(QT_TRANSLATE_NOOP("Datasheet", "Blade width"), PartField::BladeWidthMm, mm),
            number(QT_TRANSLATE_NOOP("Datasheet", "Blade thickness"), PartField::BladeThicknessMm,
                   mm) } },
        { QStringLiteral("material"),
          translated(QT_TRANSLATE_NOOP("Datasheet", "Material data")),
          { text(QT_TRANSLATE_NOOP("Datasheet", "Material group"), PartField::MaterialGroup),
            text(QT_TRANSLATE_NOOP("Datasheet", "Insulation material"),
                 PartField::InsulationMaterial),
            text(QT_TRANSLATE_NOOP("Datasheet", "Flammability class per UL94"),
                 PartField::FlammabilityClass),
            text(QT_TRANSLATE_NOOP("Datasheet", "Clamping spring material"),
                 PartField::ClampingSpringMaterial),
            text(QT_TRANSLATE_NOOP("Datasheet", "Contact material"), PartField::ContactMaterial),
            text(QT_TRANSLATE_NOOP("Datasheet", "Contact plating"), PartField::ContactPlating),
            number(QT_TRANSLATE_NOOP("Datasheet", "Fire load"), PartField::FireLoadMj,
                   QStringLiteral("MJ")),
            number(QT_TRANSLATE_NOOP("Datasheet", "Weight"), PartField::WeightG,
                   QStringLiteral("g")) } },
        { QStringLiteral("environment"),
          translated(QT_TRANSLATE_NOOP("Datasheet", "Environmental requirements")),
          { range(QT_TRANSLATE_NOOP("Datasheet", "Processing temperature"),
                  PartField::ProcessingTempMinC, PartField::ProcessingTempMaxC, celsius),
            range(QT_TRANSLATE_NOOP("Datasheet", "Continuous operating temperature"),
                  PartField::OperatingTempMinC, PartField::OperatingTempMaxC, celsius),
            number(QT_TRANSLATE_NOOP("Datasheet", "Insulating parts rated up to"),
                   PartField::InsulationTempMaxC, celsius) } },
        { QStringLiteral("commercial"),
          translated(QT_TRANSLATE_NOOP("Datasheet", "Commercial data")),
          { text(QT_TRANSLATE_NOOP("Datasheet", "Manufacturer"), PartField::Manufacturer),
            text(QT_TRANSLATE_NOOP("Datasheet", "Manufacturer's item number"),
                 PartField::ManufacturerItemNumber),
            text(QT_TRANSLATE_NOOP("Datasheet", "Supplier's item number"),
                 PartField::SupplierItemNumber),
            number(QT_TRANSLATE_NOOP("Datasheet", "Packaging unit"), PartField::PackagingUnit,
                   DatasheetTr::tr("pcs")),
            code(QT_TRANSLATE_NOOP("Datasheet", "Packaging type"), PartField::PackagingType),
            text(QT_TRANSLATE_NOOP("Datasheet", "GTIN"), PartField::Gtin),
            text(QT_TRANSLATE_NOOP("Datasheet", "Customs tariff number"), PartField::CustomsTariff),
            text(QT_TRANSLATE_NOOP("Datasheet", "Country of origin"), PartField::CountryOfOrigin),
            text(QT_TRANSLATE_NOOP("Datasheet", "RoHS"), PartField::RohsStatus),
            text(QT_TRANSLATE_NOOP("Datasheet", "Web address"), PartField::Url) } },
    };
}

} // namespace

const QList<DatasheetLayout::Section> &DatasheetLayout::sections()
{
    static const QList<Section> list = makeSections();
    return list;
}

QString DatasheetLayout::fieldLabel(PartField field)
{
    for (const Section &section : sections()) {
        for (const Row &row : section.rows) {
            if (row.fields.size() == 1 && row.fields.constFirst() == field)
                return row.label;
        }
    }
    return PartFields::key(field);
}

} // namespace cc
