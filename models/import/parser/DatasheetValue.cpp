#include "models/import/parser/DatasheetValue.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace cc {

namespace {

struct UnitInfo
{
    QString dimension;
    double factor = 1; // size of the unit in units of `dimension`
};

const QHash<QString, UnitInfo> &units()
{
    static const QHash<QString, UnitInfo> table = [] {
        QHash<QString, UnitInfo> t;
        const auto add = [&t](const char16_t *name, const char16_t *dimension, double factor) {
            t.insert(QString::fromUtf16(name), UnitInfo { QString::fromUtf16(dimension), factor });
        };
        add(u"V", u"V", 1), add(u"kV", u"V", 1000), add(u"mV", u"V", 0.001);
        add(u"A", u"A", 1), add(u"kA", u"A", 1000), add(u"mA", u"A", 0.001);
        add(u"mm", u"mm", 1), add(u"cm", u"mm", 10), add(u"m", u"mm", 1000);
        add(u"µm", u"mm", 0.001), add(u"in", u"mm", 25.4), add(u"inch", u"mm", 25.4);
        add(u"inches", u"mm", 25.4);
        add(u"mm²", u"mm²", 1), add(u"mm2", u"mm²", 1);
        add(u"N", u"N", 1), add(u"kN", u"N", 1000);
        add(u"°C", u"°C", 1), add(u"℃", u"°C", 1);
        add(u"g", u"g", 1), add(u"kg", u"g", 1000), add(u"mg", u"g", 0.001);
        add(u"MJ", u"MJ", 1), add(u"kJ", u"MJ", 0.001), add(u"J", u"MJ", 0.000001);
        add(u"mΩ", u"mΩ", 1), add(u"Ω", u"mΩ", 1000), add(u"kΩ", u"mΩ", 1000000);
        add(u"mOhm", u"mΩ", 1), add(u"Ohm", u"mΩ", 1000);
        add(u"°", u"°", 1), add(u"deg", u"°", 1);
        add(u"AWG", u"AWG", 1);
        return t;
    }();
    return table;
}

QString unitKey(QString unit)
{
    unit.remove(QLatin1Char(' '));
    unit.replace(QChar(0x2126), QChar(0x03A9)); // OHM SIGN -> GREEK CAPITAL OMEGA
    unit.replace(QChar(0x03BC), QChar(0x00B5)); // GREEK MU -> MICRO SIGN
    return unit;
}

std::optional<double> toNumber(QString text)
{
    text.replace(QChar(0x2212), QLatin1Char('-'));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

const QRegularExpression &quantityPattern()
{
    static const QString number = QStringLiteral("[+\\-\u2212]?[0-9]{1,12}(?:[.,][0-9]{1,12})?");
    static const QString unit = QStringLiteral(
        "(?:mm²|mm2|mm|cm|µm|inches|inch|in|m|kV|mV|V|kA|mA|A|kN|N|°C|℃|kg|mg|g|MJ|kJ|J|mΩ|kΩ|Ω"
        "|mOhm|Ohm|°|deg|AWG)(?![\\p{L}0-9²])");
    static const QRegularExpression re(
        QStringLiteral("(?<cmp>≤|≥|<=|>=|<|>|max\\.|min\\.|up to)?\\s*(?<![\\p{L}0-9.,])(?<a>%1)"
                       "\\s*(?<ua>%2)?(?:\\s*(?:\\.\\.\\.|…|–|to)\\s*(?<b>%1)\\s*(?<ub>%2)?)?")
            .arg(number, unit),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

std::optional<double> converted(const QString &number, const UnitInfo &from, const UnitInfo &to)
{
    const std::optional<double> value = toNumber(number);
    if (!value)
        return std::nullopt;
    if (from.factor == to.factor)
        return *value;
    // Round away binary noise of the conversion (0.25 Ω -> 250 mΩ).
    const double result = *value * from.factor / to.factor;
    return std::round(result * 1e9) / 1e9;
}

} // namespace

QString DatasheetValue::cleaned(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\u00A0\u2007\u2009\u202F]+"));
    static const QRegularExpression beforeSuperscript(QStringLiteral("\\s+(?=[²³])"));
    static const QRegularExpression degree(QStringLiteral("°\\s+C\\b"));
    static const QRegularExpression beforeSemicolon(QStringLiteral("\\s+(?=;)"));
    QString result = text;
    result.remove(QChar(0x00AE)); // ®
    result.remove(QChar(0x2122)); // ™
    result.replace(spaces, QStringLiteral(" "));
    result.replace(beforeSuperscript, QString());
    result.replace(degree, QStringLiteral("°C"));
    result.replace(beforeSemicolon, QString());
    return result.trimmed();
}

std::optional<double> DatasheetValue::number(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[+\\-\u2212]?[0-9]{1,12}(?:[.,][0-9]{1,12})?$"));
    const QString trimmed = text.trimmed();
    if (!re.match(trimmed).hasMatch())
        return std::nullopt;
    return toNumber(trimmed);
}

std::optional<DatasheetRange> DatasheetValue::range(const QString &text, const QString &unit)
{
    const auto target = units().constFind(unitKey(unit));
    if (target == units().constEnd())
        return std::nullopt;
    QString value = cleaned(text);
    value.replace(QChar(0x2126), QChar(0x03A9)); // OHM SIGN -> GREEK CAPITAL OMEGA
    auto it = quantityPattern().globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString unitA = unitKey(m.captured(u"ua"));
        QString unitB = unitKey(m.captured(u"ub"));
        const bool hasB = m.hasCaptured(u"b") && !m.captured(u"b").isEmpty();
        if (unitA.isEmpty())
            unitA = unitB;
        if (unitB.isEmpty())
            unitB = unitA;
        if (unitA.isEmpty()) {
            // A bare number only counts when it is the whole value.
            if (m.capturedLength() != value.size())
                continue;
            unitA = unitB = unitKey(unit);
        }
        const auto fromA = units().constFind(unitA);
        const auto fromB = units().constFind(unitB);
        if (fromA == units().constEnd() || fromB == units().constEnd()
            || fromA->dimension != target->dimension || fromB->dimension != target->dimension)
            continue;
        const std::optional<double> a = converted(m.captured(u"a"), *fromA, *target);
        if (!a)
            continue;
        DatasheetRange result;
        if (hasB) {
            result.min = a;
            result.max = converted(m.captured(u"b"), *fromB, *target);
            return result;
        }
        const QString cmp = m.captured(u"cmp");
        if (cmp == u">" || cmp == u"≥" || cmp == u">=" || cmp == u"min.") {
            result.min = a;
        } else if (cmp.isEmpty()) {
            result.min = a;
            result.max = a;
        } else {
            result.max = a;
        }
        return result;
    }
    return std::nullopt;
}

std::optional<double> DatasheetValue::quantity(const QString &text, const QString &unit)
{
    const std::optional<DatasheetRange> r = range(text, unit);
    if (!r)
        return std::nullopt;
    if (r->min && r->max)
        return *r->min == *r->max ? r->min : std::nullopt;
    return r->min ? r->min : r->max;
}

std::optional<CrossSectionValue> DatasheetValue::crossSection(const QString &text)
{
    const std::optional<DatasheetRange> mm2 = range(text, QStringLiteral("mm²"));
    if (!mm2)
        return std::nullopt;
    CrossSectionValue result;
    result.mm2 = *mm2;
    if (const std::optional<DatasheetRange> awg = range(text, QStringLiteral("AWG"))) {
        const auto whole = [](const std::optional<double> &v) -> std::optional<int> {
            if (!v || *v != std::floor(*v) || *v < 0 || *v > 100)
                return std::nullopt;
            return static_cast<int>(*v);
        };
        result.minAwg = whole(awg->min);
        result.maxAwg = whole(awg->max);
    }
    return result;
}

std::optional<int> DatasheetValue::leadingInteger(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]{1,9})(?![0-9]|[.,][0-9])"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

std::optional<bool> DatasheetValue::yesNo(const QString &text)
{
    const QString value = cleaned(text).toLower();
    if (value == u"yes" || value == u"true" || value == u"ja")
        return true;
    if (value == u"no" || value == u"false" || value == u"nein")
        return false;
    return std::nullopt;
}

QDate DatasheetValue::date(const QString &text)
{
    static const QRegularExpression cjk(
        QStringLiteral("([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日"));
    static const QRegularExpression iso(
        QStringLiteral("(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])"));
    static const QRegularExpression dotted(
        QStringLiteral("(?<![0-9.])([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})(?![0-9])"));
    static const QString months
        = QStringLiteral("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?");
    static const QRegularExpression monthFirst(
        QStringLiteral("\\b%1\\s+([0-9]{1,2}),?\\s+([0-9]{4})\\b").arg(months));
    static const QRegularExpression dayFirst(
        QStringLiteral("\\b([0-9]{1,2})\\.?\\s+%1\\s+([0-9]{4})\\b").arg(months));
    static const QStringList monthNames {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")
    };

    QRegularExpressionMatch m = cjk.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = iso.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = dotted.match(text);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    m = monthFirst.match(text);
    if (m.hasMatch()) {
        const int month = static_cast<int>(monthNames.indexOf(m.captured(1))) + 1;
        return QDate(m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    m = dayFirst.match(text);
    if (m.hasMatch()) {
        const int month = static_cast<int>(monthNames.indexOf(m.captured(2))) + 1;
        return QDate(m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    return {};
}

} // namespace cc
