#include "models/import/parser/DatasheetValue.h"

#include <QTest>

using namespace cc;

Q_DECLARE_METATYPE(std::optional<double>)

class tst_DatasheetValue : public QObject
{
    Q_OBJECT

private slots:
    void cleaned_data();
    void cleaned();
    void number_data();
    void number();
    void range_data();
    void range();
    void crossSection_data();
    void crossSection();
    void leadingInteger_data();
    void leadingInteger();
    void yesNo_data();
    void yesNo();
    void date_data();
    void date();
};

void tst_DatasheetValue::cleaned_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("superscript") << u"4,00 mm ² ; green"_qs << u"4,00 mm²; green"_qs;
    QTest::newRow("degree") << u"-5 ... +40 ° C"_qs << u"-5 ... +40 °C"_qs;
    QTest::newRow("trademark") << u"Push-in CAGE CLAMP®"_qs << u"Push-in CAGE CLAMP"_qs;
    QTest::newRow("spaces") << u"  a\t\u00A0 b  "_qs << u"a b"_qs;
}

void tst_DatasheetValue::cleaned()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(DatasheetValue::cleaned(text), expected);
}

void tst_DatasheetValue::number_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");
    QTest::newRow("integer") << u"4"_qs << true << 4.0;
    QTest::newRow("decimal comma") << u"4,00"_qs << true << 4.0;
    QTest::newRow("decimal point") << u"0.25"_qs << true << 0.25;
    QTest::newRow("plus") << u"+85"_qs << true << 85.0;
    QTest::newRow("minus sign") << u"\u221235"_qs << true << -35.0;
    QTest::newRow("unit") << u"4 mm"_qs << false << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("two commas") << u"1,2,3"_qs << false << 0.0;
}

void tst_DatasheetValue::number()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const std::optional<double> value = DatasheetValue::number(text);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void tst_DatasheetValue::range_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<std::optional<double>>("min");
    QTest::addColumn<std::optional<double>>("max");
    const std::optional<double> none;
    using D = std::optional<double>;
    QTest::newRow("approx range") << u"approx. 20 ... 70 N (depending on pole number)"_qs << u"N"_qs
                                  << D(20) << D(70);
    QTest::newRow("qualified") << u"Unlocked: approx. 20 ... 70 N"_qs << u"N"_qs << D(20) << D(70);
    QTest::newRow("lower bound") << u"Locked: > 80 N"_qs << u"N"_qs << D(80) << none;
    QTest::newRow("upper bound") << u"Insulating parts for temperatures ≤ 105 °C"_qs << u"°C"_qs
                                 << none << D(105);
    QTest::newRow("temperatures") << u"-35 ... +85 °C"_qs << u"°C"_qs << D(-35) << D(85);
    QTest::newRow("odd degree") << u"-5 ... +40 ° C"_qs << u"°C"_qs << D(-5) << D(40);
    QTest::newRow("inches second") << u"9 mm / 0.35 inches"_qs << u"mm"_qs << D(9) << D(9);
    QTest::newRow("inches only") << u"1 inch"_qs << u"mm"_qs << D(25.4) << D(25.4);
    QTest::newRow("kV") << u"6 kV"_qs << u"kV"_qs << D(6) << D(6);
    QTest::newRow("kV as V") << u"6 kV"_qs << u"V"_qs << D(6000) << D(6000);
    QTest::newRow("mm2 spaced") << u"0.5 ... 4 mm ² / 20 ... 12 AWG"_qs << u"mm²"_qs << D(0.5)
                                << D(4);
    QTest::newRow("awg") << u"0.5 ... 4 mm ² / 20 ... 12 AWG"_qs << u"AWG"_qs << D(20) << D(12);
    QTest::newRow("milliohm") << u"approx. 0.25 mΩ contact transition"_qs << u"mΩ"_qs << D(0.25)
                              << D(0.25);
    QTest::newRow("ohm sign") << u"1 \u2126"_qs << u"mΩ"_qs << D(1000) << D(1000);
    QTest::newRow("decimal comma") << u"12,6 g"_qs << u"g"_qs << D(12.6) << D(12.6);
    QTest::newRow("kg") << u"0.5 kg"_qs << u"g"_qs << D(500) << D(500);
    QTest::newRow("fire load") << u"0.221 MJ"_qs << u"MJ"_qs << D(0.221) << D(0.221);
    QTest::newRow("angle") << u"0°"_qs << u"°"_qs << D(0) << D(0);
    QTest::newRow("bare number") << u"4"_qs << u"mm"_qs << D(4) << D(4);
    QTest::newRow("bare number in text") << u"about 4 of them"_qs << u"mm"_qs << none << none;
    QTest::newRow("wrong unit") << u"400 V"_qs << u"A"_qs << none << none;
    QTest::newRow("unknown unit") << u"4 mm"_qs << u"furlong"_qs << none << none;
    QTest::newRow("no number") << u"Can be retrofitted"_qs << u"mm"_qs << none << none;
    QTest::newRow("item number") << u"E45171"_qs << u"A"_qs << none << none;
}

void tst_DatasheetValue::range()
{
    QFETCH(QString, text);
    QFETCH(QString, unit);
    QFETCH(std::optional<double>, min);
    QFETCH(std::optional<double>, max);
    const std::optional<DatasheetRange> r = DatasheetValue::range(text, unit);
    if (!min && !max) {
        QVERIFY(!r.has_value());
        return;
    }
    QVERIFY(r.has_value());
    QCOMPARE(r->min, min);
    QCOMPARE(r->max, max);
}

void tst_DatasheetValue::crossSection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("minMm2");
    QTest::addColumn<double>("maxMm2");
    QTest::addColumn<int>("minAwg");
    QTest::addColumn<int>("maxAwg");
    QTest::newRow("range") << u"0.25 ... 1.5 mm ² / 20 ... 16 AWG"_qs << 0.25 << 1.5 << 20 << 16;
    QTest::newRow("single") << u"1.5 mm ² / 16 AWG"_qs << 1.5 << 1.5 << 16 << 16;
    QTest::newRow("comma, no awg") << u"0,5 ... 2,5 mm²"_qs << 0.5 << 2.5 << -1 << -1;
}

void tst_DatasheetValue::crossSection()
{
    QFETCH(QString, text);
    QFETCH(double, minMm2);
    QFETCH(double, maxMm2);
    QFETCH(int, minAwg);
    QFETCH(int, maxAwg);
    const std::optional<CrossSectionValue> value = DatasheetValue::crossSection(text);
    QVERIFY(value.has_value());
    QCOMPARE(value->mm2.min, std::optional<double>(minMm2));
    QCOMPARE(value->mm2.max, std::optional<double>(maxMm2));
    QCOMPARE(value->minAwg.value_or(-1), minAwg);
    QCOMPARE(value->maxAwg.value_or(-1), maxAwg);
}

void tst_DatasheetValue::leadingInteger_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("qualified") << u"200, without resistive load"_qs << 200;
    QTest::newRow("pieces") << u"50 pcs"_qs << 50;
    QTest::newRow("decimal") << u"2.5 mm"_qs << -1;
    QTest::newRow("huge") << u"99999999999999999999"_qs << -1;
    QTest::newRow("text") << u"box"_qs << -1;
}

void tst_DatasheetValue::leadingInteger()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(DatasheetValue::leadingInteger(text).value_or(-1), expected);
}

void tst_DatasheetValue::yesNo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("yes") << u"Yes"_qs << 1;
    QTest::newRow("no") << u" No "_qs << 0;
    QTest::newRow("other") << u"Maybe"_qs << -1;
}

void tst_DatasheetValue::yesNo()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<bool> value = DatasheetValue::yesNo(text);
    QCOMPARE(value ? int(*value) : -1, expected);
}

void tst_DatasheetValue::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("cjk") << u"2019年2月19日"_qs << QDate(2019, 2, 19);
    QTest::newRow("iso") << u"Date: 2024-01-31"_qs << QDate(2024, 1, 31);
    QTest::newRow("dotted") << u"Version 31.01.2024"_qs << QDate(2024, 1, 31);
    QTest::newRow("month first") << u"January 31, 2024"_qs << QDate(2024, 1, 31);
    QTest::newRow("day first") << u"5 Nov 2023"_qs << QDate(2023, 11, 5);
    QTest::newRow("invalid day") << u"2024-02-31"_qs << QDate();
    QTest::newRow("none") << u"xml 3.1 kB"_qs << QDate();
}

void tst_DatasheetValue::date()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(DatasheetValue::date(text), expected);
}

QTEST_GUILESS_MAIN(tst_DatasheetValue)
#include "tst_DatasheetValue.moc"
