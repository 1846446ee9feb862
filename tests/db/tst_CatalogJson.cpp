#include "db/CatalogJson.h"
#include "db/DatabaseError.h"

#include <QTest>

using namespace cc;

class tst_CatalogJson : public QObject
{
    Q_OBJECT

private slots:
    void minimalDocument();
    void errors_data();
    void errors();
};

void tst_CatalogJson::minimalDocument()
{
    const CatalogDocument document = CatalogJson::parse(
        R"({"format_version": 1, "source": {"reference": "X", "kind": "web", "title": "t"},
            "parts": [{"item_number": "A-1", "description": "Socket; 2-pole", "kind": "socket",
                       "poles": 2, "separable": false, "counterparts": ["B-1"],
                       "accessories": [{"item_number": "C-1", "group": "Cover"}]}]})",
        QStringLiteral("x.json"));
    QCOMPARE(document.source.reference, QStringLiteral("X"));
    QCOMPARE(document.parts.size(), 1);
    const PartRecord &part = document.parts.first();
    QCOMPARE(part.itemNumber(), QStringLiteral("A-1"));
    QCOMPARE(part.poles(), std::optional<int>(2));
    QCOMPARE(part.separable(), std::optional<bool>(false));
    QCOMPARE(part.relations.size(), 2);
    QVERIFY(!part.relations.at(1).required.has_value());
}

void tst_CatalogJson::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("inMessage");
    const QByteArray head = R"({"format_version": 1, "source": {"reference": "X", "kind": "web", "title": "t"}, )";
    QTest::newRow("not json") << QByteArray("{ parts: ") << QStringLiteral("x.json");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("one JSON object");
    QTest::newRow("wrong version")
        << QByteArray(R"({"format_version": 7, "source": {}})") << QStringLiteral("format_version");
    QTest::newRow("typo in key")
        << head + R"("parts": [{"item_number": "A", "description": "d", "colur": "red"}]})"
        << QStringLiteral("unknown key \"colur\"");
    QTest::newRow("text for number")
        << head + R"("parts": [{"item_number": "A", "description": "d", "poles": "four"}]})"
        << QStringLiteral("poles");
    QTest::newRow("fraction for integer")
        << head + R"("parts": [{"item_number": "A", "description": "d", "poles": 2.5}]})"
        << QStringLiteral("poles");
    QTest::newRow("unknown kind")
        << head + R"("parts": [{"item_number": "A", "description": "d", "kind": "adapter"}]})"
        << QStringLiteral("adapter");
    QTest::newRow("missing description")
        << head + R"("parts": [{"item_number": "A"}]})" << QStringLiteral("description");
    QTest::newRow("bad conductor class")
        << head + R"("parts": [{"item_number": "A", "description": "d", "conductor_ranges": [{"class": "litz"}]}]})"
        << QStringLiteral("litz");
    QTest::newRow("bad market")
        << head + R"("parts": [{"item_number": "A", "description": "d", "ratings": [{"standard": "s", "market": "EU"}]}]})"
        << QStringLiteral("market");
}

void tst_CatalogJson::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, inMessage);
    try {
        CatalogJson::parse(json, QStringLiteral("x.json"));
        QFAIL("accepted a bad catalog file");
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), DatabaseError::Kind::Catalog);
        QVERIFY2(error.message().contains(inMessage), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("x.json")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(tst_CatalogJson)
#include "tst_CatalogJson.moc"
