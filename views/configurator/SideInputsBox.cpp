#include "views/configurator/SideInputsBox.h"

#include "models/part/ConductorClasses.h"
#include "models/part/Mountings.h"
#include "models/part/PartFields.h"
#include "models/rules/ConductorCheck.h"
#include "views/configurator/ConfiguratorViewsTr.h"
#include "views/configurator/DecimalSpinBox.h"
#include "views/widgets/WheelGuard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace cc {

namespace {

void setDouble(QDoubleSpinBox *box, const std::optional<double> &value)
{
    const QSignalBlocker blocker(box);
    box->setValue(value ? *value : box->minimum());
}

void setComboData(QComboBox *box, const QString &value)
{
    const QSignalBlocker blocker(box);
    const int index = box->findData(value.isEmpty() ? QVariant() : QVariant(value));
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

SideInputsBox::SideInputsBox(CmdSetSideInput::Side side, QWidget *parent)
    : QGroupBox(side == CmdSetSideInput::Side::Socket ? ConfiguratorViewsTr::tr("Socket side") : ConfiguratorViewsTr::tr("Plug side"), parent)
    , m_side(side)
    , m_mounting(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_class(new QComboBox(this))
    , m_errors(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    m_mounting->addItem(ConfiguratorViewsTr::tr("as the part states"), QVariant());
    for (const QString &mounting : Mountings::table().codes())
        m_mounting->addItem(Mountings::table().label(mounting), mounting);
    connect(m_mounting, &QComboBox::activated, this, [this] {
        emit inputEdited(m_side, Input::Mounting, m_mounting->currentData());
    });
    form->addRow(ConfiguratorViewsTr::tr("&Mounting:"), m_mounting);

    m_diameter = doubleSpin(40, 0.5, ConfiguratorViewsTr::tr(" mm"), Input::CableDiameter);
    form->addRow(ConfiguratorViewsTr::tr("Cable &outer diameter:"), m_diameter);

    m_count->setRange(0, 6);
    m_count->setSpecialValueText(ConfiguratorViewsTr::tr("not given"));
    m_count->setKeyboardTracking(false);
    connect(m_count, &QSpinBox::valueChanged, this, [this](int value) {
        emit inputEdited(m_side, Input::CableCount, value == 0 ? QVariant() : QVariant(value));
    });
    form->addRow(ConfiguratorViewsTr::tr("Cable &count:"), m_count);

    m_class->addItem(ConfiguratorViewsTr::tr("not given"), QVariant());
    for (const QString &conductorClass : ConductorClasses::table().codes())
        m_class->addItem(ConductorClasses::table().label(conductorClass), conductorClass);
    connect(m_class, &QComboBox::activated, this, [this] {
        emit inputEdited(m_side, Input::ConductorClass, m_class->currentData());
    });
    form->addRow(ConfiguratorViewsTr::tr("Conductor c&lass:"), m_class);

    m_crossSection = doubleSpin(35, 0.25, ConfiguratorViewsTr::tr(" mm²"), Input::CrossSection);
    form->addRow(ConfiguratorViewsTr::tr("Cross-&section:"), m_crossSection);
    m_panel = doubleSpin(10, 0.5, ConfiguratorViewsTr::tr(" mm"), Input::PanelThickness);
    form->addRow(ConfiguratorViewsTr::tr("&Panel thickness:"), m_panel);

    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_errors->setVisible(false);
    form->addRow(m_errors);
    // The combo boxes do not widen the column to their longest entry.
    for (QComboBox *box : { m_mounting, m_class }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    // Scrolling the inputs column over a box does not change it.
    for (QWidget *input : std::initializer_list<QWidget *> { m_mounting, m_diameter, m_count,
                                                             m_class, m_crossSection, m_panel })
        WheelGuard::install(input);
}

QWidget *SideInputsBox::inputWidget(Input input) const
{
    switch (input) {
    case Input::Mounting:
        return m_mounting;
    case Input::CableDiameter:
        return m_diameter;
    case Input::CableCount:
        return m_count;
    case Input::ConductorClass:
        return m_class;
    case Input::CrossSection:
        return m_crossSection;
    case Input::PanelThickness:
        return m_panel;
    }
    return nullptr;
}

QDoubleSpinBox *SideInputsBox::doubleSpin(double maximum, double step, const QString &suffix, Input input)
{
    auto *box = new DecimalSpinBox(this);
    box->setRange(0, maximum);
    box->setDecimals(2);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setSpecialValueText(ConfiguratorViewsTr::tr("not given"));
    box->setKeyboardTracking(false);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, input](double value) {
        emit inputEdited(m_side, input, value <= 0 ? QVariant() : QVariant(value));
    });
    return box;
}

void SideInputsBox::setValues(const Assembly::Side &values)
{
    setComboData(m_mounting, values.mounting);
    setDouble(m_diameter, values.cable.outerDiameterMm);
    {
        const QSignalBlocker blocker(m_count);
        m_count->setValue(values.cable.count ? *values.cable.count : 0);
    }
    setComboData(m_class, values.cable.conductorClass);
    setDouble(m_crossSection, values.cable.crossSectionMm2);
    setDouble(m_panel, values.panelThicknessMm);
}

void SideInputsBox::setErrors(const QStringList &errors)
{
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}

QString SideInputsBox::errorText() const
{
    return m_errors->text();
}

} // namespace cc
