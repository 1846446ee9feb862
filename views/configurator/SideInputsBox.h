#pragma once

#include "models/configurator/cmd/CmdSetSideInput.h"
#include "models/rules/Assembly.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace cc {

// The inputs of one side of an assembly: mounting, cable outer diameter,
// cable count, conductor class and cross-section, panel thickness, and the
// errors that concern this side, in words, beneath them.
class SideInputsBox : public QGroupBox
{
    Q_OBJECT

public:
    using Input = CmdSetSideInput::Input;

    SideInputsBox(CmdSetSideInput::Side side, QWidget *parent = nullptr);

    CmdSetSideInput::Side side() const { return m_side; }
    // Shows `values` without emitting inputEdited.
    void setValues(const Assembly::Side &values);
    void setErrors(const QStringList &errors);
    QString errorText() const;

    QComboBox *mounting() const { return m_mounting; }
    QDoubleSpinBox *cableDiameter() const { return m_diameter; }
    QSpinBox *cableCount() const { return m_count; }
    QComboBox *conductorClass() const { return m_class; }
    QDoubleSpinBox *crossSection() const { return m_crossSection; }
    QDoubleSpinBox *panelThickness() const { return m_panel; }
    // The control of one input.
    QWidget *inputWidget(Input input) const;

signals:
    // A null value: the input was cleared ("not given").
    void inputEdited(cc::CmdSetSideInput::Side side, cc::CmdSetSideInput::Input input,
                     const QVariant &value);

private:
    QDoubleSpinBox *doubleSpin(double maximum, double step, const QString &suffix, Input input);

    CmdSetSideInput::Side m_side;
    QComboBox *m_mounting;
    QDoubleSpinBox *m_diameter = nullptr;
    QSpinBox *m_count;
    QComboBox *m_class;
    QDoubleSpinBox *m_crossSection = nullptr;
    QDoubleSpinBox *m_panel = nullptr;
    QLabel *m_errors;
};

} // namespace cc
