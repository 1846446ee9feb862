#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "db/PartRepository.h"
#include "TestCatalog.h"
#include "views/catalog/CatalogConnector.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace cc;

// The window opens a catalog through CatalogConnector: a server address is
// stored without its password, so the user is asked for it.
class tst_CatalogConnector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CC_REQUIRE_BACKEND(); }
    void fileOpensWithoutAsking();
    void asksUntilThePasswordIsRight();
    void cancelGivesAMessageWithoutSecrets();
};

void tst_CatalogConnector::fileOpensWithoutAsking()
{
    CC_SQLITE_ONLY("a file has no password");
    QTemporaryDir dir;
    CatalogConnector connector(nullptr);
    int asked = 0;
    connector.setPasswordPrompt([&](const QString &, bool) -> std::optional<QString> {
        ++asked;
        return QString();
    });
    const auto opened = connector.open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(opened);
    QCOMPARE(asked, 0);
    QVERIFY(PartRepository(*opened->database).count() > 0);
}

void tst_CatalogConnector::asksUntilThePasswordIsRight()
{
    CC_POSTGRES_ONLY("a server asks for a password");
    const QString full = test::newPostgresDatabase();
    const QString password = QUrl(full).password();
    const DatabaseLocation location = DatabaseLocation::parse(full);
    CatalogConnector connector(nullptr);
    QStringList asked;
    connector.setPasswordPrompt([&](const QString &server, bool again) -> std::optional<QString> {
        asked << server + (again ? QStringLiteral(" again") : QString());
        return asked.size() == 1 ? QStringLiteral("wrong") : password;
    });
    const auto opened = connector.open(location.withoutPassword());
    QVERIFY2(opened, qPrintable(connector.errorString()));
    QCOMPARE(asked, (QStringList{location.displayName(), location.displayName() + QStringLiteral(" again")}));
    QVERIFY(PartRepository(*opened->database).count() > 0);
    QVERIFY(!opened->database->path().contains(password));
}

void tst_CatalogConnector::cancelGivesAMessageWithoutSecrets()
{
    CC_POSTGRES_ONLY("a server asks for a password");
    const QString full = test::newPostgresDatabase();
    const DatabaseLocation location = DatabaseLocation::parse(full);
    CatalogConnector connector(nullptr);
    connector.setPasswordPrompt([](const QString &, bool) -> std::optional<QString> { return std::nullopt; });
    QVERIFY(!connector.open(location.withoutPassword()));
    QVERIFY(connector.errorString().contains(location.displayName()));
    QVERIFY(!connector.errorString().contains(location.password()));
    QVERIFY(!connector.errorString().contains(QLatin1Char('"') + location.userName() + QLatin1Char('"')));
}

QTEST_MAIN(tst_CatalogConnector)
#include "tst_CatalogConnector.moc"
