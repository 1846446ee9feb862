#include "models/settings/AppSettings.h"
#include "views/settings/SettingsDialog.h"
#include "views/widgets/AssemblyDefaultsEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
    void defaultsRoundTripThroughQSettings();
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

void SettingsDialogTest::defaultsRoundTripThroughQSettings()
{
    // Settings ▸ Defaults shows the program's own at first: black before
    // white, manual levers.
    SettingsDialog dialog { AppSettings() };
    AssemblyDefaultsEditor *defaults = dialog.defaultsEditor();
    QCOMPARE(defaults->defaults(), AppSettings::builtInAssemblyDefaults());
    QCOMPARE(defaults->colourList()->count(), 2);
    QCOMPARE(defaults->leverOperationBox()->currentData().toString(), QStringLiteral("manual"));

    // Grey is added and moved first, white removed; levers by tool.
    QVERIFY(!defaults->addButton()->isEnabled());
    QTest::keyClicks(defaults->colourEdit(), QStringLiteral("grey"));
    QVERIFY(defaults->addButton()->isEnabled());
    QTest::keyClick(defaults->colourEdit(), Qt::Key_Return);
    QVERIFY(defaults->colourEdit()->text().isEmpty());
    QCOMPARE(defaults->colourList()->count(), 3);
    QVERIFY(!defaults->addColour(QStringLiteral(" Grey "))); // once, whatever its case
    QVERIFY(!defaults->addColour(QString()));
    defaults->colourList()->setCurrentRow(2);
    QVERIFY(!defaults->downButton()->isEnabled());
    defaults->upButton()->click();
    defaults->upButton()->click();
    QVERIFY(!defaults->upButton()->isEnabled());
    defaults->colourList()->setCurrentRow(2);
    QCOMPARE(defaults->colourList()->currentItem()->text(), QStringLiteral("white"));
    defaults->removeButton()->click();
    QComboBox *operation = defaults->leverOperationBox();
    operation->setCurrentIndex(operation->findData(QStringLiteral("tool")));
    const AssemblyDefaults expected { { QStringLiteral("grey"), QStringLiteral("black") },
                                      QStringLiteral("tool") };
    QCOMPARE(dialog.settings().assemblyDefaults, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        dialog.settings().save(store);
    }
    const QSettings store(path, QSettings::IniFormat);
    QCOMPARE(store.value(AppSettings::colourOrderKey()).toStringList(),
             (QStringList { QStringLiteral("grey"), QStringLiteral("black") }));
    QCOMPARE(store.value(AppSettings::leverOperationKey()).toString(), QStringLiteral("tool"));
    const AppSettings loaded = AppSettings::load(store);
    QCOMPARE(loaded.assemblyDefaults, expected);
    const SettingsDialog again(loaded);
    QCOMPARE(again.defaultsEditor()->defaults(), expected);
    QCOMPARE(again.settings(), loaded);
    // The Settings always name an operation (they store no "none").
    QCOMPARE(operation->findData(QString()), -1);
    QCOMPARE(operation->count(), 2);
}

QTEST_MAIN(SettingsDialogTest)
#include "tst_SettingsDialog.moc"
