// Runs the real program as a user would, without a display.
#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showText();
    void showJson();
    void showJsonOfDerivedValue();
    void showSupersededNumber();
    void unknownItem();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void badDatabase();
    void check_data();
    void check();
    void checkJson();
    void matesJson();
    void searchJson();
    void searchOddText_data();
    void searchOddText();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_db;
};

tst_CommandLine::Result tst_CommandLine::run(const QStringList &arguments)
{
    const cc::test::ProgramRun r = cc::test::runProgram(arguments, m_dir.filePath(QStringLiteral("data")), 60000);
    return {r.exitCode, r.text(), r.err};
}

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("catalog.sqlite"));
}

void tst_CommandLine::showText()
{
    const Result r = run({QStringLiteral("show"), QStringLiteral("770-1324"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    for (const char *expected :
         {"770-1324  Socket; 4-pole; Cod. Q; 4,00 mm²; green", "Family: WINSTA MIDI",
          "IEC/EN 60664-1: 400 V, 6 kV, 32 A (overvoltage category III, pollution degree 3)",
          "UL 1977: 600 V, 23 A", "Stranded conductor: 0.5 … 2.5 mm² / 20 … 14 AWG",
          "Pin spacing: 10 mm", "Weight: 12.6 g", "Fire load: 0.221 MJ", "GTIN: 4045454299156",
          "cURus Underwriters Laboratories Inc., UL 1977, E45171", "770-1334  Plug;",
          "(Strain relief, required)", "(Tool, optional)", "Source: "}) {
        QVERIFY2(r.out.contains(QString::fromUtf8(expected)), expected);
    }
    // Unknown values say so instead of staying empty.
    const Result plug = run({QStringLiteral("show"), QStringLiteral("770-1334"), QStringLiteral("--db"), m_db});
    QCOMPARE(plug.exitCode, 0);
    QVERIFY(plug.out.contains(QStringLiteral("Pin spacing: not known")));
    QVERIFY(!plug.out.contains(QStringLiteral(": \n")));
    // Its family no source states, but D1 lists it on the datasheet of
    // 770-1324: derived, and shown so.
    QVERIFY2(plug.out.contains(QStringLiteral("  Family: WINSTA MIDI (derived from the listing on the "
                                              "datasheet of 770-1324, source D1)\n")),
             qPrintable(plug.out));
}

void tst_CommandLine::showJsonOfDerivedValue()
{
    const Result r = run({QStringLiteral("show"), QStringLiteral("770-1334"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("family")).toString(), QStringLiteral("WINSTA MIDI"));
    const QJsonObject family
        = json.value(QStringLiteral("derived")).toObject().value(QStringLiteral("family")).toObject();
    QCOMPARE(family.value(QStringLiteral("value")).toString(), QStringLiteral("WINSTA MIDI"));
    QCOMPARE(family.value(QStringLiteral("basis")).toString(), QStringLiteral("listing"));
    QCOMPARE(family.value(QStringLiteral("listed_by")).toString(), QStringLiteral("770-1324"));
    QCOMPARE(family.value(QStringLiteral("from")).toString(),
             QStringLiteral("listing on the datasheet of 770-1324"));
    QCOMPARE(family.value(QStringLiteral("source")).toString(), QStringLiteral("D1"));
    // The socket states its family: nothing derived.
    const Result socket = run({QStringLiteral("show"), QStringLiteral("770-1324"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--db"), m_db});
    QVERIFY(QJsonDocument::fromJson(socket.out.toUtf8()).object().value(QStringLiteral("derived")).toObject().isEmpty());
}

void tst_CommandLine::showJson()
{
    const Result r = run({QStringLiteral("show"), QStringLiteral("770-1324"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *key : {"item_number", "description", "family", "kind", "gender", "poles", "coding",
                            "colour", "cross_section_mm2", "mounting", "ratings", "conductor_ranges",
                            "dimensions_mm", "approvals", "counterparts", "accessories", "gtin",
                            "packaging_unit", "weight_g", "fire_load_mj", "etim", "eclass", "source"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    QCOMPARE(json.value(QStringLiteral("poles")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("weight_g")).toDouble(), 12.6);
    QCOMPARE(json.value(QStringLiteral("etim")).toString(), QStringLiteral("EC002560"));
    QCOMPARE(json.value(QStringLiteral("eclass")).toString(), QStringLiteral("27-44-06-05"));
    const QJsonObject dimensions = json.value(QStringLiteral("dimensions_mm")).toObject();
    QCOMPARE(dimensions.value(QStringLiteral("pin_spacing")).toDouble(), 10.0);
    QCOMPARE(dimensions.value(QStringLiteral("depth")).toDouble(), 37.5);
    const QJsonObject iec = json.value(QStringLiteral("ratings")).toArray().at(0).toObject();
    QCOMPARE(iec.value(QStringLiteral("voltage_v")).toDouble(), 400.0);
    QCOMPARE(iec.value(QStringLiteral("impulse_voltage_kv")).toDouble(), 6.0);
    QCOMPARE(iec.value(QStringLiteral("current_a")).toDouble(), 32.0);
    const QJsonObject ul = json.value(QStringLiteral("ratings")).toArray().at(1).toObject();
    QVERIFY(ul.value(QStringLiteral("impulse_voltage_kv")).isNull());
    const QJsonObject solid = json.value(QStringLiteral("conductor_ranges")).toArray().at(0).toObject();
    QCOMPARE(solid.value(QStringLiteral("class")).toString(), QStringLiteral("solid"));
    QCOMPARE(solid.value(QStringLiteral("min_awg")).toInt(), 20);
    QCOMPARE(json.value(QStringLiteral("approvals")).toArray().size(), 8);
    QCOMPARE(json.value(QStringLiteral("counterparts")).toArray().size(), 3);
    const QJsonObject lever = json.value(QStringLiteral("accessories")).toArray().at(2).toObject();
    QCOMPARE(lever.value(QStringLiteral("item_number")).toString(), QStringLiteral("770-121"));
    QCOMPARE(lever.value(QStringLiteral("group")).toString(), QStringLiteral("Locking levers"));
    QCOMPARE(lever.value(QStringLiteral("required")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("source")).toObject().value(QStringLiteral("reference")).toString(),
             QStringLiteral("D1"));
    // Unknown is null, not zero.
    QVERIFY(json.value(QStringLiteral("length_mm")).isNull());
}

void tst_CommandLine::showSupersededNumber()
{
    const Result r = run({QStringLiteral("show"), QStringLiteral("770-243"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("770-203")));
    QVERIFY(r.out.contains(QStringLiteral("770-243 is superseded; its successor is 770-203")));
    const Result json = run({QStringLiteral("show"), QStringLiteral("770-243"), QStringLiteral("--format=json"),
                             QStringLiteral("--db"), m_db});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("superseded_item")).toString(), QStringLiteral("770-243"));
    QCOMPARE(object.value(QStringLiteral("item_number")).toString(), QStringLiteral("770-203"));
}

void tst_CommandLine::unknownItem()
{
    const Result r = run({QStringLiteral("show"), QStringLiteral("999-9999"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("999-9999")));
    QVERIFY(r.out.isEmpty());
}

void tst_CommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no item") << QStringList{QStringLiteral("show")};
    QTest::newRow("two items") << QStringList{QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("show"), QStringLiteral("770-1324"),
                                               QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("show"), QStringLiteral("--frobnicate")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
}

void tst_CommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments << QStringLiteral("--db") << m_db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void tst_CommandLine::helpAndVersion()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("show")));
    QVERIFY(help.out.contains(QStringLiteral("--db DB")));
    QVERIFY(help.out.contains(QStringLiteral("postgresql://")));
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("connector-configurator ")));
    const Result showHelp = run({QStringLiteral("show"), QStringLiteral("--help")});
    QCOMPARE(showHelp.exitCode, 0);
    QVERIFY(showHelp.out.contains(QStringLiteral("--format")));
}

void tst_CommandLine::badDatabase()
{
    const QString missing = m_dir.filePath(QStringLiteral("no/folder/x.sqlite"));
    const Result r = run({QStringLiteral("show"), QStringLiteral("770-1324"), QStringLiteral("--db"), missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
}

void tst_CommandLine::check_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inOutput");
    QTest::newRow("listed counterpart") << QStringLiteral("770-1324") << QStringLiteral("770-1334") << 0
                                        << QStringLiteral("mates");
    QTest::newRow("two sockets") << QStringLiteral("770-1324") << QStringLiteral("770-1102") << 1
                                 << QStringLiteral("GENDER");
    QTest::newRow("accessory") << QStringLiteral("770-1324") << QStringLiteral("770-504") << 1
                               << QStringLiteral("NOT_A_CONNECTOR");
    QTest::newRow("data silent") << QStringLiteral("770-1324") << QStringLiteral("770-254") << 3
                                 << QStringLiteral("not known");
    // 770-1334's family is derived from D1's listing (WINSTA MIDI); 890-743
    // is WINSTA MINI.
    QTest::newRow("other family") << QStringLiteral("890-743") << QStringLiteral("770-1334") << 1
                                  << QStringLiteral("FAMILY: 890-743 belongs to WINSTA MINI, 770-1334 to WINSTA MIDI");
    QTest::newRow("other family, other poles") << QStringLiteral("890-743") << QStringLiteral("770-1334") << 1
                                               << QStringLiteral("POLES");
    QTest::newRow("unknown item") << QStringLiteral("770-1324") << QStringLiteral("nope") << 2
                                  << QString();
}

void tst_CommandLine::check()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, exitCode);
    QFETCH(QString, inOutput);
    const Result r = run({QStringLiteral("check"), a, b, QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.contains(inOutput), qPrintable(r.out));
}

void tst_CommandLine::checkJson()
{
    const Result r = run({QStringLiteral("check"), QStringLiteral("770-1324"), QStringLiteral("770-1102"),
                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("no"));
    QStringList codes;
    for (const QJsonValue &reason : json.value(QStringLiteral("reasons")).toArray()) {
        codes << reason.toObject().value(QStringLiteral("code")).toString();
        QVERIFY(!reason.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("GENDER"), QStringLiteral("POLES"), QStringLiteral("CODING")}));
}

void tst_CommandLine::matesJson()
{
    const Result r = run({QStringLiteral("mates"), QStringLiteral("770-1324"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("item")).toString(), QStringLiteral("770-1324"));
    QStringList mates;
    for (const QJsonValue &item : json.value(QStringLiteral("mates")).toArray())
        mates << item.toString();
    QCOMPARE(mates, (QStringList{QStringLiteral("770-1334"), QStringLiteral("770-2334"),
                                 QStringLiteral("770-2334/007-000")}));
    QVERIFY(json.value(QStringLiteral("near_misses")).isArray());
    const Result unknown = run({QStringLiteral("mates"), QStringLiteral("nope"), QStringLiteral("--db"), m_db});
    QCOMPARE(unknown.exitCode, 2);
}

void tst_CommandLine::searchJson()
{
    const Result r = run({QStringLiteral("search"), QStringLiteral("770-13"), QStringLiteral("--filter"),
                          QStringLiteral("kind=socket"), QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject item = json.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("item_number")).toString(), QStringLiteral("770-1324"));
    QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("socket"));
    const QJsonObject kinds = json.value(QStringLiteral("facets")).toObject().value(QStringLiteral("kind")).toObject();
    // The kind facet ignores its own filter: it still counts the plug.
    QCOMPARE(kinds.value(QStringLiteral("socket")).toInt(), 1);
    QCOMPARE(kinds.value(QStringLiteral("plug")).toInt(), 1);
    const Result bad = run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--filter"),
                            QStringLiteral("price=3"), QStringLiteral("--db"), m_db});
    QCOMPARE(bad.exitCode, 2);
}

void tst_CommandLine::searchOddText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *odd : {"\"", "*", "-", "(", "OR", "a AND NOT b", "'; DROP TABLE part; --", "NEAR(x y)"})
        QTest::newRow(odd) << QString::fromUtf8(odd);
}

void tst_CommandLine::searchOddText()
{
    QFETCH(QString, text);
    const Result r = run({QStringLiteral("search"), text, QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().contains(QStringLiteral("total")));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
