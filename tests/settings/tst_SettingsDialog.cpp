#include "models/settings/AppSettings.h"
#include "views/settings/SettingsDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class SettingsDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void showsAndReturnsTheSettings();
    void editsRoundTripThroughQSettings();
    void serverAddressIsStoredWithoutPassword();
};

void SettingsDialogTest::showsAndReturnsTheSettings()
{
    AppSettings settings;
    settings.databasePath = QStringLiteral("/data/catalog.sqlite");
    settings.language = QStringLiteral("de");
    settings.market = QStringLiteral("ul");
    settings.conductorUnits = QStringLiteral("awg");
    settings.exportFolder = QStringLiteral("/data/export");
    const SettingsDialog dialog(settings);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(dialog.marketBox()->currentData().toString(), QStringLiteral("ul"));
    QCOMPARE(dialog.conductorUnitsBox()->currentData().toString(), QStringLiteral("awg"));
    QCOMPARE(dialog.languageBox()->count(), 3);
    QCOMPARE(dialog.settings(), settings);
}

void SettingsDialogTest::editsRoundTripThroughQSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    SettingsDialog dialog { AppSettings() };
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("/srv/k.sqlite"));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.marketBox()->setCurrentIndex(dialog.marketBox()->findData(QStringLiteral("ul")));
    dialog.conductorUnitsBox()->setCurrentIndex(
        dialog.conductorUnitsBox()->findData(QStringLiteral("awg")));
    QTest::keyClicks(dialog.exportFolderEdit(), QStringLiteral("/srv/out"));
    {
        QSettings store(path, QSettings::IniFormat);
        dialog.settings().save(store);
    }
    const QSettings store(path, QSettings::IniFormat);
    const AppSettings loaded = AppSettings::load(store);
    QCOMPARE(loaded.databasePath, QStringLiteral("/srv/k.sqlite"));
    QCOMPARE(loaded.language, QStringLiteral("en"));
    QCOMPARE(loaded.market, QStringLiteral("ul"));
    QCOMPARE(loaded.conductorUnits, QStringLiteral("awg"));
    QCOMPARE(loaded.exportFolder, QStringLiteral("/srv/out"));
    const SettingsDialog again(loaded);
    QCOMPARE(again.settings(), loaded);
}

void SettingsDialogTest::serverAddressIsStoredWithoutPassword()
{
    SettingsDialog dialog { AppSettings() };
    QTest::keyClicks(dialog.databaseEdit(),
                     QStringLiteral("postgresql://anna:S3cret@db.shop.local:5433/parts"));
    const AppSettings settings = dialog.settings();
    QCOMPARE(settings.databasePath, QStringLiteral("postgresql://anna@db.shop.local:5433/parts"));
    // Shown as typed (no native separators in an address).
    const SettingsDialog again(settings);
    QCOMPARE(again.databaseEdit()->text(), QStringLiteral("postgresql://anna@db.shop.local:5433/parts"));
}

QTEST_MAIN(SettingsDialogTest)
#include "tst_SettingsDialog.moc"
