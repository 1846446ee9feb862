#include "db/DatabaseLocation.h"

#include <QTest>

using namespace cc;
using Backend = DatabaseLocation::Backend;

class tst_DatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePath();
    void serverUrl();
    void schemesAndDefaults();
    void percentEncodedPassword();
    void options();
    void invalid_data();
    void invalid();
    void redactedText();
    void passwordReplaced();
};

void tst_DatabaseLocation::filePath()
{
    const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("/tmp/parts.sqlite"));
    QCOMPARE(location.backend(), Backend::Sqlite);
    QVERIFY(location.isValid());
    QCOMPARE(location.filePath(), QStringLiteral("/tmp/parts.sqlite"));
    QCOMPARE(location.displayName(), QStringLiteral("/tmp/parts.sqlite"));
    // A file may be called anything, even like a scheme without slashes.
    QCOMPARE(DatabaseLocation::parse(QStringLiteral("postgresql.sqlite")).backend(), Backend::Sqlite);
}

void tst_DatabaseLocation::serverUrl()
{
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://anna:geheim@db.shop.local:5433/parts"));
    QCOMPARE(location.backend(), Backend::Postgresql);
    QVERIFY2(location.isValid(), qPrintable(location.errorString()));
    QCOMPARE(location.host(), QStringLiteral("db.shop.local"));
    QCOMPARE(location.port(), 5433);
    QCOMPARE(location.userName(), QStringLiteral("anna"));
    QCOMPARE(location.password(), QStringLiteral("geheim"));
    QCOMPARE(location.databaseName(), QStringLiteral("parts"));
    QCOMPARE(location.displayName(), QStringLiteral("postgresql://db.shop.local:5433/parts"));
    QCOMPARE(location.connectionText(), QStringLiteral("postgresql://anna:geheim@db.shop.local:5433/parts"));
}

void tst_DatabaseLocation::schemesAndDefaults()
{
    const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("POSTGRES://server/catalog"));
    QCOMPARE(location.backend(), Backend::Postgresql);
    QVERIFY(location.isValid());
    QCOMPARE(location.port(), 5432);
    QVERIFY(location.userName().isEmpty());
    QVERIFY(location.password().isEmpty());
}

void tst_DatabaseLocation::percentEncodedPassword()
{
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://anna:p%40ss%3Aw@host/parts"));
    QCOMPARE(location.password(), QStringLiteral("p@ss:w"));
    const QString text = location.redacted(QStringLiteral("failed with p@ss:w and p%40ss%3Aw"));
    QVERIFY2(!text.contains(QLatin1String("p@ss")) && !text.contains(QLatin1String("p%40ss")), qPrintable(text));
}

void tst_DatabaseLocation::options()
{
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://host/parts?sslmode=require&connect_timeout=3"));
    QVERIFY(location.isValid());
    QCOMPARE(location.connectOptions(), QStringLiteral("sslmode=require;connect_timeout=3"));
}

void tst_DatabaseLocation::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing after the scheme") << QStringLiteral("postgresql://");
    QTest::newRow("no database") << QStringLiteral("postgresql://host");
    QTest::newRow("no host") << QStringLiteral("postgresql:///parts");
    QTest::newRow("two path parts") << QStringLiteral("postgresql://host/a/b");
    QTest::newRow("port out of range") << QStringLiteral("postgresql://host:70000/parts");
    QTest::newRow("space in host") << QStringLiteral("postgresql://a host/parts");
}

void tst_DatabaseLocation::invalid()
{
    QFETCH(QString, text);
    const DatabaseLocation location = DatabaseLocation::parse(text);
    QCOMPARE(location.backend(), Backend::Postgresql);
    QVERIFY(!location.isValid());
    QVERIFY(!location.errorString().isEmpty());
}

void tst_DatabaseLocation::redactedText()
{
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://anna:Top-Secret@host:5432/parts"));
    const QString text = location.redacted(QStringLiteral(
        "FATAL: password authentication failed for user \"anna\" (Top-Secret) at "
        "postgresql://anna:Top-Secret@host:5432/parts"));
    QVERIFY2(!text.contains(QLatin1String("Top-Secret")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("\"anna\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("postgresql://host:5432/parts")), qPrintable(text));
    // Nothing to hide in a file path.
    const DatabaseLocation file = DatabaseLocation::parse(QStringLiteral("/tmp/a.sqlite"));
    QCOMPARE(file.redacted(QStringLiteral("x /tmp/a.sqlite")), QStringLiteral("x /tmp/a.sqlite"));
}

void tst_DatabaseLocation::passwordReplaced()
{
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://anna:old@host:5432/parts?sslmode=require"));
    QCOMPARE(location.withoutPassword(), QStringLiteral("postgresql://anna@host:5432/parts?sslmode=require"));
    const DatabaseLocation typed = DatabaseLocation::parse(location.withPassword(QStringLiteral("n@w:pw")));
    QCOMPARE(typed.password(), QStringLiteral("n@w:pw"));
    QCOMPARE(typed.userName(), QStringLiteral("anna"));
    QVERIFY(DatabaseLocation::needsPassword(QStringLiteral("fe_sendauth: no password supplied")));
    QVERIFY(!DatabaseLocation::needsPassword(QStringLiteral("Connection refused")));
    QCOMPARE(DatabaseLocation::parse(QStringLiteral("/a/b.sqlite")).withoutPassword(), QStringLiteral("/a/b.sqlite"));
}

QTEST_GUILESS_MAIN(tst_DatabaseLocation)
#include "tst_DatabaseLocation.moc"
