#pragma once

#include <QDoubleSpinBox>

namespace cc {

// A decimal input that follows the locale and also takes the decimal point
// people type on a number pad: in German "8,5" and "8.5" both mean 8,5
// (never 85 or a silent 8,00). A text that is still no number is refused
// as the user types it.
class DecimalSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit DecimalSpinBox(QWidget *parent = nullptr);

    QValidator::State validate(QString &text, int &position) const override;
    double valueFromText(const QString &text) const override;

private:
    // `text` with a typed '.' read as the locale's decimal separator where
    // that is another character and the text holds none of its own.
    QString localized(const QString &text) const;
};

} // namespace cc
