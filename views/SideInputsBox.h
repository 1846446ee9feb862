#pragma once

#include "Assembly.h"
#include "SetSideInputCommand.h"

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
    using Input = SetSideInputCommand::Input;

    SideInputsBox(SetSideInputCommand::Side side, QWidget *parent = nullptr);

    SetSideInputCommand::Side side() const { return m_side; }
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

signals:
    // A null value: the input was cleared ("not given").
    void inputEdited(cc::SetSideInputCommand::Side side, cc::SetSideInputCommand::Input input,
                     const QVariant &value);

private:
    QDoubleSpinBox *doubleSpin(double maximum, double step, const QString &suffix, Input input);

    SetSideInputCommand::Side m_side;
    QComboBox *m_mounting;
    QDoubleSpinBox *m_diameter = nullptr;
    QSpinBox *m_count;
    QComboBox *m_class;
    QDoubleSpinBox *m_crossSection = nullptr;
    QDoubleSpinBox *m_panel = nullptr;
    QLabel *m_errors;
};

} // namespace cc
