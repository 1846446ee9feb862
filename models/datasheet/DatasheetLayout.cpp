#include "models/datasheet/DatasheetLayout.h"

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
    return QCoreApplication::translate("DatasheetLayout", text);
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
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Identity")),
          { text(QT_TRANSLATE_NOOP("DatasheetLayout", "Description"), PartField::Description),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Family"), PartField::Family),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "Kind"), PartField::Kind),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "Gender"), PartField::Gender),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Poles"), PartField::Poles),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Coding"), PartField::Coding),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Colour"), PartField::Colour),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Cover colour"), PartField::CoverColour),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "Mounting"), PartField::Mounting),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Variant"), PartField::Variant),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Application"), PartField::Application) } },
        { QStringLiteral("connection"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Connection data")),
          { number(QT_TRANSLATE_NOOP("DatasheetLayout", "Connection points"), PartField::ConnectionPoints),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Potentials"), PartField::Potentials),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Connection technology"),
                 PartField::ConnectionTechnology),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Actuation"), PartField::ActuationType),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Nominal cross-section"),
                   PartField::CrossSectionMm2, mm2),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Nominal cross-section (AWG)"),
                   PartField::CrossSectionAwg, QStringLiteral("AWG")),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Strip length"), PartField::StripLengthMm, mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Conductor entry to mating direction"),
                   PartField::ConductorEntryAngleDeg, QStringLiteral("°")) } },
        { QStringLiteral("dimensions"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Dimensions")),
          { number(QT_TRANSLATE_NOOP("DatasheetLayout", "Pin spacing"), PartField::PinSpacingMm, mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Width"), PartField::WidthMm, mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Height"), PartField::HeightMm, mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Depth"), PartField::DepthMm, mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Length"), PartField::LengthMm, mm) } },
        { QStringLiteral("mechanical"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Mechanical data")),
          { yesNo(QT_TRANSLATE_NOOP("DatasheetLayout", "Variable coding"), PartField::VariableCoding),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Marking"), PartField::Marking),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Potential marking"), PartField::PotentialMarking),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Mating force"), PartField::MatingForceMinN,
                  PartField::MatingForceMaxN, n),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Unmating force (unlocked)"),
                  PartField::UnmatingForceMinN, PartField::UnmatingForceMaxN, n),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Retention force (locked), at least"),
                   PartField::RetentionForceLockedMinN, n),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Mating cycles"), PartField::MatingCycles),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Protection type"), PartField::ProtectionType),
            text(QT_TRANSLATE_NOOP("DatasheetLayout",
                                   "Protection type, mated with strain relief housing"),
                 PartField::ProtectionTypeSecured),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Contact type"), PartField::ContactType),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Connector for"), PartField::ConnectorConnection),
            yesNo(QT_TRANSLATE_NOOP("DatasheetLayout", "Mismating protection"),
                  PartField::MismatingProtection),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Locking lever"), PartField::LockingLever),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Locking"), PartField::LockingType),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Contact resistance, approx."),
                   PartField::ContactResistanceMohm, QStringLiteral("mΩ")),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Transition plug/socket, approx."),
                   PartField::TransitionResistanceMohm, QStringLiteral("mΩ")) } },
        { QStringLiteral("accessory"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Accessory data")),
          { number(QT_TRANSLATE_NOOP("DatasheetLayout", "Cables"), PartField::CableCount),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Cable outer diameter"), PartField::CableOdMinMm,
                  PartField::CableOdMaxMm, mm),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Panel thickness"), PartField::PanelThicknessMinMm,
                  PartField::PanelThicknessMaxMm, mm),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "Operation"), PartField::Operation),
            code(QT_TRANSLATE_NOOP("DatasheetLayout", "For mounting"), PartField::ForMounting),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "For"), PartField::ForKinds),
            yesNo(QT_TRANSLATE_NOOP("DatasheetLayout", "Separable"), PartField::Separable),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Material"), PartField::Material),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Blade width"), PartField::BladeWidthMm, mm),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Blade thickness"), PartField::BladeThicknessMm,
                   mm) } },
        { QStringLiteral("material"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Material data")),
          { text(QT_TRANSLATE_NOOP("DatasheetLayout", "Material group"), PartField::MaterialGroup),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Insulation material"),
                 PartField::InsulationMaterial),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Flammability class per UL94"),
                 PartField::FlammabilityClass),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Clamping spring material"),
                 PartField::ClampingSpringMaterial),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Contact material"), PartField::ContactMaterial),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Contact plating"), PartField::ContactPlating),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Fire load"), PartField::FireLoadMj,
                   QStringLiteral("MJ")),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Weight"), PartField::WeightG,
                   QStringLiteral("g")) } },
        { QStringLiteral("environment"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Environmental requirements")),
          { range(QT_TRANSLATE_NOOP("DatasheetLayout", "Processing temperature"),
                  PartField::ProcessingTempMinC, PartField::ProcessingTempMaxC, celsius),
            range(QT_TRANSLATE_NOOP("DatasheetLayout", "Continuous operating temperature"),
                  PartField::OperatingTempMinC, PartField::OperatingTempMaxC, celsius),
            number(QT_TRANSLATE_NOOP("DatasheetLayout", "Insulating parts rated up to"),
                   PartField::InsulationTempMaxC, celsius) } },
        { QStringLiteral("commercial"),
          translated(QT_TRANSLATE_NOOP("DatasheetLayout", "Commercial data")),
          { number(QT_TRANSLATE_NOOP("DatasheetLayout", "Packaging unit"), PartField::PackagingUnit,
                   QStringLiteral("pcs")),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Packaging type"), PartField::PackagingType),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "GTIN"), PartField::Gtin),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Customs tariff number"), PartField::CustomsTariff),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Country of origin"), PartField::CountryOfOrigin),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "RoHS"), PartField::RohsStatus),
            text(QT_TRANSLATE_NOOP("DatasheetLayout", "Web address"), PartField::Url) } },
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
