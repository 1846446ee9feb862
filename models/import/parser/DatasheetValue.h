#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace cc {

// A value or range as a datasheet states it, converted to the unit asked
// for. A bound the text does not give stays empty ("> 80 N": no maximum).
struct DatasheetRange
{
    std::optional<double> min;
    std::optional<double> max;
};

// A conductor size as "0.5 ... 4 mm² / 20 ... 12 AWG": minAwg belongs to
// the smaller cross-section (the larger AWG number).
struct CrossSectionValue
{
    DatasheetRange mm2;
    std::optional<int> minAwg;
    std::optional<int> maxAwg;
};

// Reads the values of datasheet rows: numbers with decimal comma or point,
// ranges ("0.5 ... 4", "-35 ... +85 °C"), bounds ("> 80 N", "≤ 105 °C"),
// qualifiers ("approx.", "Locked:", "(depending on pole number)"),
// alternatives in other units ("9 mm / 0.35 inches") and odd spacing
// ("mm ²", "° C"). Pure functions: no state, no locale.
class DatasheetValue
{
public:
    // Whitespace runs (tabs, no-break spaces) become one space; trademark
    // signs are dropped; "mm ²" becomes "mm²"; no space before ';'.
    static QString cleaned(const QString &text);
    // A whole number or decimal number, "4,00" or "0.25", nothing else.
    static std::optional<double> number(const QString &text);
    // The first value or range in `text` in a unit convertible to `unit`
    // (V, kV, A, mm, mm², N, °C, g, MJ, mΩ, °, AWG), converted to it. A text
    // that is only a number counts as being in `unit`.
    static std::optional<DatasheetRange> range(const QString &text, const QString &unit);
    // A single value: a range whose bounds are equal, or a lone bound.
    static std::optional<double> quantity(const QString &text, const QString &unit);
    static std::optional<CrossSectionValue> crossSection(const QString &text);
    // The whole number a value starts with: "200, without resistive load", "50 pcs".
    static std::optional<int> leadingInteger(const QString &text);
    // "Yes"/"No" (also "true"/"false", "ja"/"nein").
    static std::optional<bool> yesNo(const QString &text);
    // "2019年2月19日", "2024-01-31", "31.01.2024", "January 31, 2024",
    // "31 January 2024"; an invalid QDate when the text holds no date.
    static QDate date(const QString &text);
};

} // namespace cc
