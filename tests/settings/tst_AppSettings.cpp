#include "models/settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class AppSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenNothingIsStored();
    void roundTrip();
    void keysAreTheDocumentedOnes();
    void invalidValuesReadAsDefaults();
    void emptyPathsRemoveTheirKeys();

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void AppSettingsTest::defaultsWhenNothingIsStored()
{
    const QSettings store(file("empty.ini"), QSettings::IniFormat);
    const AppSettings settings = AppSettings::load(store);
    QCOMPARE(settings, AppSettings());
    QCOMPARE(settings.language, QStringLiteral("system"));
    QCOMPARE(settings.market, QStringLiteral("iec"));
    QCOMPARE(settings.conductorUnits, QStringLiteral("mm2"));
    QVERIFY(settings.databasePath.isEmpty());
    QVERIFY(settings.exportFolder.isEmpty());
}

void AppSettingsTest::roundTrip()
{
    AppSettings settings;
    settings.databasePath = QStringLiteral("/srv/catalog/Schaltschrank ä.sqlite");
    settings.language = QStringLiteral("de");
    settings.market = QStringLiteral("ul");
    settings.conductorUnits = QStringLiteral("awg");
    settings.exportFolder = QStringLiteral("/home/user/Stücklisten");
    {
        QSettings store(file("round.ini"), QSettings::IniFormat);
        settings.save(store);
    }
    const QSettings reopened(file("round.ini"), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(reopened), settings);
}

void AppSettingsTest::keysAreTheDocumentedOnes()
{
    AppSettings settings;
    settings.databasePath = QStringLiteral("/tmp/a.sqlite");
    settings.language = QStringLiteral("en");
    settings.exportFolder = QStringLiteral("/tmp");
    QSettings store(file("keys.ini"), QSettings::IniFormat);
    settings.save(store);
    QCOMPARE(store.value(QStringLiteral("catalog/database")).toString(),
             QStringLiteral("/tmp/a.sqlite"));
    QCOMPARE(store.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(store.value(QStringLiteral("display/market")).toString(), QStringLiteral("iec"));
    QCOMPARE(store.value(QStringLiteral("display/conductor_units")).toString(),
             QStringLiteral("mm2"));
    QCOMPARE(store.value(QStringLiteral("export/folder")).toString(), QStringLiteral("/tmp"));
}

void AppSettingsTest::invalidValuesReadAsDefaults()
{
    QSettings store(file("invalid.ini"), QSettings::IniFormat);
    store.setValue(AppSettings::languageKey(), QStringLiteral("klingon"));
    store.setValue(AppSettings::marketKey(), QStringLiteral("CSA"));
    store.setValue(AppSettings::conductorUnitsKey(), 42);
    const AppSettings settings = AppSettings::load(store);
    QCOMPARE(settings.language, QStringLiteral("system"));
    QCOMPARE(settings.market, QStringLiteral("iec"));
    QCOMPARE(settings.conductorUnits, QStringLiteral("mm2"));
}

void AppSettingsTest::emptyPathsRemoveTheirKeys()
{
    QSettings store(file("remove.ini"), QSettings::IniFormat);
    store.setValue(AppSettings::databaseKey(), QStringLiteral("/old.sqlite"));
    store.setValue(AppSettings::exportFolderKey(), QStringLiteral("/old"));
    AppSettings().save(store);
    QVERIFY(!store.contains(AppSettings::databaseKey()));
    QVERIFY(!store.contains(AppSettings::exportFolderKey()));
}

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "tst_AppSettings.moc"
