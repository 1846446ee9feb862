#include "FieldsByKey.h"
#include "models/import/parser/DescriptionParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cc;

class tst_DescriptionParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void unknownSegments();
    void kindOf_data();
    void kindOf();
};

void tst_DescriptionParser::parse_data()
{
    // Expected fields as JSON, typed as in the bundled catalog.
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QByteArray>("fields");
    QTest::newRow("socket") << u"Socket; 4-pole; Cod. Q; 4,00 mm²; green"_qs
                            << u"Socket; 4-pole; Cod. Q; 4,00 mm²; green"_qs
                            << QByteArray(
                                   R"({"kind":"socket","gender":"female","poles":4,"coding":"Q",
                                   "cross_section_mm2":4,"colour":"green"})");
    QTest::newRow("snap-in plug, odd spacing")
        << u"Snap-in plug; with direct ground contact; 4-pole; Cod. Q; 4,00 mm ² ; green"_qs
        << u"Snap-in plug; with direct ground contact; 4-pole; Cod. Q; 4,00 mm²; green"_qs
        << QByteArray(R"({"kind":"snap_in_plug","gender":"male","mounting":"snap-in","poles":4,
               "coding":"Q","cross_section_mm2":4,"colour":"green","variant":"with direct ground contact"})");
    QTest::newRow("strain relief housing")
        << u"Strain relief housing; 4-pole; for 2 cables; 5.0 ... 9.0 mm; 55 mm; black"_qs
        << u"Strain relief housing; 4-pole; for 2 cables; 5.0 ... 9.0 mm; 55 mm; black"_qs
        << QByteArray(
               R"({"kind":"strain_relief_housing","poles":4,"cable_count":2,"cable_od_min_mm":5.0,
               "cable_od_max_mm":9.0,"length_mm":55,"colour":"black"})");
    QTest::newRow("lockout cap")
        << u"Lockout cap; 12-pole, separable; for sockets; Plastic; black"_qs
        << u"Lockout cap; 12-pole, separable; for sockets; Plastic; black"_qs
        << QByteArray(R"({"kind":"lockout_cap","poles":12,"separable":true,"for_kinds":"sockets",
               "material":"Plastic","colour":"black"})");
    QTest::newRow("locking lever")
        << u"Locking lever; for flying leads; for manual operation; white"_qs
        << u"Locking lever; for flying leads; for manual operation; white"_qs
        << QByteArray(
               R"({"kind":"locking_lever","for_mounting":"flying","operation":"manual","colour":"white"})");
    QTest::newRow("locking lever, tool")
        << u"Locking lever; for flying leads; for tool operation; black"_qs
        << u"Locking lever; for flying leads; for tool operation; black"_qs
        << QByteArray(
               R"({"kind":"locking_lever","for_mounting":"flying","operation":"tool","colour":"black"})");
    QTest::newRow("operating tool")
        << u"Operating tool; Blade: 2.5 x 0.4 mm; with a partially insulated shaft"_qs
        << u"Operating tool; Blade: 2.5 x 0.4 mm; with a partially insulated shaft"_qs
        << QByteArray(R"({"kind":"operating_tool","blade_width_mm":2.5,"blade_thickness_mm":0.4,
               "variant":"with a partially insulated shaft"})");
    QTest::newRow("protective cap")
        << u"Protective cap; Type4; for sockets and plugs; PVC; red"_qs
        << u"Protective cap; Type4; for sockets and plugs; PVC; red"_qs
        << QByteArray(R"({"kind":"protective_cap","variant":"Type4","for_kinds":"sockets and plugs",
               "material":"PVC","colour":"red"})");
    QTest::newRow("snap-in frame") << u"Snap-in frame; 4-pole; 1.0 ... 3.0 mm; black"_qs
                                   << u"Snap-in frame; 4-pole; 1.0 ... 3.0 mm; black"_qs
                                   << QByteArray(R"({"kind":"snap_in_frame","poles":4,
               "panel_thickness_min_mm":1.0,"panel_thickness_max_mm":3.0,"colour":"black"})");
    QTest::newRow("marker card")
        << u"Marker card; Plastic; yellow"_qs << u"Marker card; Plastic; yellow"_qs
        << QByteArray(R"({"kind":"marker_card","material":"Plastic","colour":"yellow"})");
    QTest::newRow("plug, light colour")
        << u"Plug;  2-pole ;Cod. I;1,50 mm²; light green"_qs
        << u"Plug; 2-pole; Cod. I; 1,50 mm²; light green"_qs
        << QByteArray(R"({"kind":"plug","gender":"male","poles":2,"coding":"I",
               "cross_section_mm2":1.5,"colour":"light green"})");
    QTest::newRow("empty") << QString() << QString() << QByteArray("{}");
}

void tst_DescriptionParser::parse()
{
    QFETCH(QString, description);
    QFETCH(QString, normalized);
    QFETCH(QByteArray, fields);
    const DescriptionFields result = DescriptionParser::parse(description);
    QCOMPARE(result.description, normalized);
    QCOMPARE(DescriptionParser::normalized(description), normalized);
    const QJsonObject expected = QJsonDocument::fromJson(fields).object();
    QVERIFY(!expected.isEmpty() || fields == "{}");
    QCOMPARE(test::valuesByKey(result.fields).keys(), expected.keys());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QVariant actual = test::valueByKey(result.fields, it.key());
        if (it.value().isString())
            QCOMPARE(actual.toString(), it.value().toString());
        else if (it.value().isBool())
            QCOMPARE(actual.toInt(), it.value().toBool() ? 1 : 0);
        else
            QCOMPARE(actual.toDouble(), it.value().toDouble());
    }
    QVERIFY2(result.unknownSegments.isEmpty(), qPrintable(result.unknownSegments.join(u'|')));
}

void tst_DescriptionParser::unknownSegments()
{
    // Nothing is guessed: a length on a kind that states none, an unknown
    // word and an unknown kind stay unread.
    const DescriptionFields result = DescriptionParser::parse(u"Gadget; 3-pole; sparkly; 12 mm"_qs);
    QVERIFY(!result.fields.isKnown(PartField::Kind));
    QCOMPARE(result.fields.poles(), 3);
    QCOMPARE(result.unknownSegments, (QStringList { u"Gadget"_qs, u"sparkly"_qs, u"12 mm"_qs }));
}

void tst_DescriptionParser::kindOf_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("kind");
    QTest::newRow("socket") << u"Socket"_qs << u"socket"_qs;
    QTest::newRow("snap-in socket") << u"Snap-in socket"_qs << u"snap_in_socket"_qs;
    QTest::newRow("strain relief") << u"strain relief housing"_qs << u"strain_relief_housing"_qs;
    QTest::newRow("unknown") << u"Sprocket"_qs << QString();
}

void tst_DescriptionParser::kindOf()
{
    QFETCH(QString, phrase);
    QFETCH(QString, kind);
    QCOMPARE(DescriptionParser::kindOf(phrase), kind);
}

QTEST_GUILESS_MAIN(tst_DescriptionParser)
#include "tst_DescriptionParser.moc"
