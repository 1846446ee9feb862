#include "FieldsByKey.h"
#include "models/datasheet/DatasheetLayout.h"
#include "models/datasheet/PartFormatter.h"
#include "models/part/PartFields.h"
#include "models/part/PartJson.h"
#include "models/part/PartRecord.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace cc;

class tst_PartFormatter : public QObject
{
    Q_OBJECT

private slots:
    void layoutShowsEveryField();
    void rows_data();
    void rows();
    void unknownIsNeverEmpty();
    void htmlEscapesAndLinks();
    void jsonHasEveryFieldAsNull();
    void preferencesOrderMarketsAndUnits();
    void derivedValueSaysWhereItComesFrom();
    void jsonNamesDerivedValues();
};

namespace {

// A plug (TEST-P, test data) whose family is derived from the listing on the
// datasheet of TEST-S-A.
PartRecord plugWithDerivedFamily()
{
    PartRecord record;
    record.set(PartField::ItemNumber, QStringLiteral("TEST-P"));
    record.set(PartField::Description, QStringLiteral("Plug; test data"));
    record.set(PartField::Kind, QStringLiteral("plug"));
    record.setDerived(PartField::Family, QStringLiteral("TEST FAMILY A"),
                      Provenance{Provenance::listing(), QStringLiteral("TEST-S-A"),
                                 QStringLiteral("TEST-DATASHEET")});
    return record;
}

} // namespace

void tst_PartFormatter::layoutShowsEveryField()
{
    QSet<QString> shown;
    for (const DatasheetLayout::Section &section : DatasheetLayout::sections()) {
        for (const DatasheetLayout::Row &row : section.rows) {
            for (const PartField field : row.fields)
                shown << PartFields::key(field);
        }
    }
    for (const PartFields::Field &field : PartFields::all()) {
        if (field.key != QLatin1String("item_number"))
            QVERIFY2(shown.contains(field.key), qPrintable(field.key + QStringLiteral(" is not shown")));
    }
}

void tst_PartFormatter::rows_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    const auto find = [](const QString &key, int *section, int *row) {
        const auto &sections = DatasheetLayout::sections();
        for (int s = 0; s < sections.size(); ++s)
            for (int r = 0; r < sections.at(s).rows.size(); ++r)
                if (PartFields::key(sections.at(s).rows.at(r).fields.first()) == key) {
                    *section = s;
                    *row = r;
                }
    };
    const auto add = [&](const char *name, const QVariantMap &fields, const QString &key, const QString &expected) {
        int section = -1, row = -1;
        find(key, &section, &row);
        QTest::newRow(name) << fields << section << row << expected;
    };
    add("number with unit", {{QStringLiteral("height_mm"), 12.9}}, QStringLiteral("height_mm"),
        QStringLiteral("12.9\u00a0mm"));
    add("range", {{QStringLiteral("mating_force_min_n"), 20.0}, {QStringLiteral("mating_force_max_n"), 70.0}},
        QStringLiteral("mating_force_min_n"), QStringLiteral("20 … 70\u00a0N"));
    add("negative range", {{QStringLiteral("operating_temp_min_c"), -35.0}, {QStringLiteral("operating_temp_max_c"), 85.0}},
        QStringLiteral("operating_temp_min_c"), QStringLiteral("-35 … 85\u00a0°C"));
    add("half-known range", {{QStringLiteral("cable_od_max_mm"), 9.0}}, QStringLiteral("cable_od_min_mm"),
        QStringLiteral("not known … 9\u00a0mm"));
    add("unknown", {}, QStringLiteral("weight_g"), QStringLiteral("not known"));
    add("zero is a value", {{QStringLiteral("conductor_entry_angle_deg"), 0.0}},
        QStringLiteral("conductor_entry_angle_deg"), QStringLiteral("0\u00a0°"));
    add("yes/no", {{QStringLiteral("mismating_protection"), 1}}, QStringLiteral("mismating_protection"),
        QStringLiteral("yes"));
    add("code", {{QStringLiteral("kind"), QStringLiteral("strain_relief_housing")}}, QStringLiteral("kind"),
        QStringLiteral("Strain relief housing"));
}

void tst_PartFormatter::rows()
{
    QFETCH(QVariantMap, fields);
    QFETCH(int, section);
    QFETCH(int, row);
    QFETCH(QString, expected);
    QVERIFY(section >= 0 && row >= 0);
    PartRecord record;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        test::setByKey(record, it.key(), it.value());
    QCOMPARE(PartFormatter().row(record, DatasheetLayout::sections().at(section).rows.at(row)), expected);
}

void tst_PartFormatter::unknownIsNeverEmpty()
{
    PartRecord record;
    record.set(PartField::ItemNumber, QStringLiteral("X-1"));
    record.set(PartField::Description, QStringLiteral("Marker card"));
    const QString text = PartFormatter().text(record);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("  ")))
            QVERIFY2(!line.trimmed().endsWith(QLatin1Char(':')), qPrintable(line));
    }
    QVERIFY(text.contains(QStringLiteral("Weight: not known")));
    QVERIFY(text.contains(QStringLiteral("Ratings: not known")));
}

void tst_PartFormatter::htmlEscapesAndLinks()
{
    PartRecord record;
    record.set(PartField::ItemNumber, QStringLiteral("X-1"));
    record.set(PartField::Description, QStringLiteral("<b>odd</b> & text"));
    RelationRecord relation;
    relation.itemNumber = QStringLiteral("770-2334/007-000");
    relation.relation = QStringLiteral("counterpart");
    relation.description = QStringLiteral("Snap-in plug");
    record.relations << relation;
    const QString html = PartFormatter().html(record);
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;odd&lt;/b&gt; &amp; text")));
    QVERIFY(html.contains(QStringLiteral("href='part:770-2334%2F007-000'")));
}

void tst_PartFormatter::jsonHasEveryFieldAsNull()
{
    PartRecord record;
    record.set(PartField::ItemNumber, QStringLiteral("X-1"));
    const QJsonObject json = PartJson::toJson(record);
    for (const PartFields::Field &field : PartFields::all())
        QVERIFY2(json.contains(field.key), qPrintable(field.key));
    QVERIFY(json.value(QStringLiteral("weight_g")).isNull());
    QVERIFY(json.value(QStringLiteral("etim")).isNull());
}

void tst_PartFormatter::preferencesOrderMarketsAndUnits()
{
    PartRecord record;
    record.set(PartField::ItemNumber, QStringLiteral("X-1"));
    record.ratings << RatingRecord{QStringLiteral("IEC/EN 60664-1"), QStringLiteral("IEC"), QString(), std::nullopt,
                                   400.0, 6.0, 32.0, QString()}
                   << RatingRecord{QStringLiteral("UL 1977"), QStringLiteral("UL"), QString(), std::nullopt,
                                   600.0, std::nullopt, 23.0, QString()};
    record.conductorRanges << ConductorRangeRecord{QStringLiteral("solid"), 0.5, 4.0, 20, 12};
    const QString defaults = PartFormatter().text(record);
    QVERIFY(defaults.indexOf(QLatin1String("IEC/EN")) < defaults.indexOf(QLatin1String("UL 1977")));
    QVERIFY(defaults.contains(QStringLiteral("0.5 … 4 mm² / 20 … 12 AWG")));
    PartFormatter::Preferences preferences;
    preferences.ulFirst = true;
    preferences.awgFirst = true;
    const QString preferred = PartFormatter(QLocale::c(), preferences).text(record);
    QVERIFY(preferred.indexOf(QLatin1String("UL 1977")) < preferred.indexOf(QLatin1String("IEC/EN")));
    QVERIFY(preferred.contains(QStringLiteral("20 … 12 AWG / 0.5 … 4 mm²")));
}

void tst_PartFormatter::derivedValueSaysWhereItComesFrom()
{
    const PartRecord record = plugWithDerivedFamily();
    const QString shown = QStringLiteral(
        "TEST FAMILY A (derived from the listing on the datasheet of TEST-S-A, source TEST-DATASHEET)");
    // Text (the command line's `show`): neither "not known" nor a plain value.
    const QString text = PartFormatter().text(record);
    QVERIFY2(text.contains(QStringLiteral("  Family: ") + shown + QLatin1Char('\n')), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Family: not known")));
    // HTML (the datasheet pane and print): the cell is marked as derived.
    const QString html = PartFormatter().html(record);
    QVERIFY2(html.contains(QStringLiteral("<td class='derived'>") + shown + QStringLiteral("</td>")),
             qPrintable(html));
    QCOMPARE(html.count(QStringLiteral("class='derived'")), 1);
    // A stated value is shown plainly.
    PartRecord stated = record;
    stated.set(PartField::Family, QStringLiteral("TEST FAMILY A"));
    QVERIFY(PartFormatter().text(stated).contains(QStringLiteral("  Family: TEST FAMILY A\n")));
    QVERIFY(!PartFormatter().html(stated).contains(QStringLiteral("derived")));
}

void tst_PartFormatter::jsonNamesDerivedValues()
{
    const QJsonObject json = PartJson::toJson(plugWithDerivedFamily());
    QCOMPARE(json.value(QStringLiteral("family")).toString(), QStringLiteral("TEST FAMILY A"));
    const QJsonObject derived = json.value(QStringLiteral("derived")).toObject();
    QCOMPARE(derived.keys(), QStringList{QStringLiteral("family")});
    const QJsonObject family = derived.value(QStringLiteral("family")).toObject();
    QCOMPARE(family.value(QStringLiteral("value")).toString(), QStringLiteral("TEST FAMILY A"));
    QCOMPARE(family.value(QStringLiteral("basis")).toString(), QStringLiteral("listing"));
    QCOMPARE(family.value(QStringLiteral("listed_by")).toString(), QStringLiteral("TEST-S-A"));
    QCOMPARE(family.value(QStringLiteral("from")).toString(),
             QStringLiteral("listing on the datasheet of TEST-S-A"));
    QCOMPARE(family.value(QStringLiteral("source")).toString(), QStringLiteral("TEST-DATASHEET"));
    // A part without derived values has an empty object.
    PartRecord plain;
    plain.set(PartField::ItemNumber, QStringLiteral("X-1"));
    QVERIFY(PartJson::toJson(plain).value(QStringLiteral("derived")).toObject().isEmpty());
    QVERIFY(PartJson::toJson(plain).value(QStringLiteral("derived")).isObject());
}

QTEST_GUILESS_MAIN(tst_PartFormatter)
#include "tst_PartFormatter.moc"
