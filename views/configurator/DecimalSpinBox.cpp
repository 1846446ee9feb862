#include "views/configurator/DecimalSpinBox.h"

namespace cc {

DecimalSpinBox::DecimalSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
}

QString DecimalSpinBox::localized(const QString &text) const
{
    const QString decimal = locale().decimalPoint();
    if (decimal == QLatin1String(".") || text.contains(decimal))
        return text;
    QString result = text;
    // Only a point the user typed as a decimal point: one, with no group
    // separators of the locale's own around.
    if (result.count(QLatin1Char('.')) == 1)
        result.replace(QLatin1Char('.'), decimal);
    return result;
}

QValidator::State DecimalSpinBox::validate(QString &text, int &position) const
{
    QString local = localized(text);
    const QValidator::State state = QDoubleSpinBox::validate(local, position);
    if (state != QValidator::Invalid)
        text = local;
    return state;
}

double DecimalSpinBox::valueFromText(const QString &text) const
{
    return QDoubleSpinBox::valueFromText(localized(text));
}

} // namespace cc
