#include "models/settings/AppSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// C++ source without its comments and string and character literals: what
// is left is code.
QString codeOf(const QString &source)
{
    static const QRegularExpression noise(
        // raw strings | line comments | block comments | strings | characters
        s("R\"([^()\\\\\\s]{0,16})\\(.*?\\)\\1\"|//[^\\n]*|/\\*.*?\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'"),
        QRegularExpression::DotMatchesEverythingOption);
    QString code = source;
    return code.replace(noise, s(" "));
}

// Whether the code of `path` uses QSettings: names the class (constructs
// it, takes or declares it) or includes its header, alone or through the
// QtCore module header.
bool usesQSettings(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression use(
        s("\\bQSettings\\b|#\\s*include\\s*<QtCore(/QtCore)?>"));
    return use.match(codeOf(QString::fromUtf8(file.readAll()))).hasMatch();
}

} // namespace

class AppSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsWhenNothingIsStored();
    void roundTrip();
    void keysAreTheDocumentedOnes();
    void invalidValuesReadAsDefaults();
    void emptyPathsRemoveTheirKeys();
    // The application's store (QSettings()), through the static accessors.
    void storeDefaults();
    void storeKeysAndFileAreTheDocumentedOnes();
    void preferencesRoundTripThroughTheStore();
    void exportStartFolder();
    void recentProjects();
    void recentProjectsOutOfRange();
    void autosaveMinutes();
    void autosaveMinutesOutOfRange_data();
    void autosaveMinutesOutOfRange();
    void hiddenBomColumns();
    void hiddenBomColumnsOutOfRange();
    void mainWindowGeometryAndState();
    // Only models/settings/ uses QSettings.
    void onlyAppSettingsUsesQSettings_data();
    void onlyAppSettingsUsesQSettings();
    void scannerFindsAUse();

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // The application's store as a file, as a user (or a test) sees it.
    QString storeFile() const
    {
        return m_dir.filePath(s("config/ConnectorConfigurator/connector-configurator.conf"));
    }
    void clearStore();
    void writeRaw(const QString &key, const QVariant &value);
};

void AppSettingsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The program's names, and a store of this test's own (read before any
    // QSettings is made).
    QCoreApplication::setOrganizationName(s("ConnectorConfigurator"));
    QCoreApplication::setApplicationName(s("connector-configurator"));
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(s("config")).toUtf8());
}

void AppSettingsTest::clearStore()
{
    QSettings(storeFile(), QSettings::IniFormat).clear();
}

void AppSettingsTest::writeRaw(const QString &key, const QVariant &value)
{
    QSettings(storeFile(), QSettings::IniFormat).setValue(key, value);
}

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
    // Settings ▸ Defaults: black before white, manual levers.
    QCOMPARE(settings.assemblyDefaults.colourOrder,
             (QStringList{QStringLiteral("black"), QStringLiteral("white")}));
    QCOMPARE(settings.assemblyDefaults.leverOperation, QStringLiteral("manual"));
}

void AppSettingsTest::roundTrip()
{
    AppSettings settings;
    settings.databasePath = QStringLiteral("/srv/catalog/Schaltschrank ä.sqlite");
    settings.language = QStringLiteral("de");
    settings.market = QStringLiteral("ul");
    settings.conductorUnits = QStringLiteral("awg");
    settings.exportFolder = QStringLiteral("/home/user/Stücklisten");
    settings.assemblyDefaults = {{QStringLiteral("white"), QStringLiteral("grau")},
                                 QStringLiteral("tool")};
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
    QCOMPARE(store.value(QStringLiteral("defaults/colourOrder")).toStringList(),
             (QStringList{QStringLiteral("black"), QStringLiteral("white")}));
    QCOMPARE(store.value(QStringLiteral("defaults/leverOperation")).toString(),
             QStringLiteral("manual"));
}

void AppSettingsTest::invalidValuesReadAsDefaults()
{
    QSettings store(file("invalid.ini"), QSettings::IniFormat);
    store.setValue(AppSettings::languageKey(), QStringLiteral("klingon"));
    store.setValue(AppSettings::marketKey(), QStringLiteral("CSA"));
    store.setValue(AppSettings::conductorUnitsKey(), 42);
    store.setValue(AppSettings::leverOperationKey(), QStringLiteral("pneumatic"));
    store.setValue(AppSettings::colourOrderKey(),
                   QStringList{QStringLiteral(" red "), QString(), QStringLiteral("red")});
    const AppSettings settings = AppSettings::load(store);
    QCOMPARE(settings.assemblyDefaults.leverOperation, QStringLiteral("manual"));
    QCOMPARE(settings.assemblyDefaults.colourOrder, QStringList{QStringLiteral("red")});
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

void AppSettingsTest::storeDefaults()
{
    clearStore();
    QCOMPARE(AppSettings::load(), AppSettings());
    QCOMPARE(AppSettings::recentProjects(), QStringList());
    QCOMPARE(AppSettings::autosaveMinutes(), 5);
    QCOMPARE(AppSettings::hiddenBomColumns(16), QList<int>());
    QVERIFY(AppSettings::mainWindowGeometry().isEmpty());
    QVERIFY(AppSettings::mainWindowState().isEmpty());
    // Reading writes nothing.
    QVERIFY(QSettings(storeFile(), QSettings::IniFormat).allKeys().isEmpty());
}

void AppSettingsTest::storeKeysAndFileAreTheDocumentedOnes()
{
    clearStore();
    AppSettings preferences;
    preferences.language = s("de");
    preferences.save();
    AppSettings::addRecentProject(s("/p/a.ccproj"));
    AppSettings::setAutosaveMinutes(7);
    AppSettings::setHiddenBomColumns({2, 9});
    AppSettings::setMainWindowGeometry(QByteArray("geometry"));
    AppSettings::setMainWindowState(QByteArray("state"));
    // The file of README's "Settings", read as any INI file.
    QVERIFY2(QFile::exists(storeFile()), qPrintable(storeFile()));
    const QSettings store(storeFile(), QSettings::IniFormat);
    QCOMPARE(store.value(s("ui/language")).toString(), s("de"));
    QCOMPARE(store.value(s("project/recentFiles")).toStringList(), QStringList{s("/p/a.ccproj")});
    QCOMPARE(store.value(s("project/autosaveMinutes")).toInt(), 7);
    QCOMPARE(store.value(s("bom/hiddenColumns")).toStringList(), (QStringList{s("2"), s("9")}));
    QCOMPARE(store.value(s("mainWindow/geometry")).toByteArray(), QByteArray("geometry"));
    QCOMPARE(store.value(s("mainWindow/state")).toByteArray(), QByteArray("state"));
}

void AppSettingsTest::preferencesRoundTripThroughTheStore()
{
    clearStore();
    AppSettings::addRecentProject(s("/p/kept.ccproj"));
    AppSettings settings;
    settings.databasePath = s("postgresql://anna@db/catalog");
    settings.market = s("ul");
    settings.exportFolder = s("/home/user/Stücklisten");
    settings.save();
    QCOMPARE(AppSettings::load(), settings);
    // Saving the preferences leaves the other keys alone.
    QCOMPARE(AppSettings::recentProjects(), QStringList{s("/p/kept.ccproj")});
}

void AppSettingsTest::exportStartFolder()
{
    AppSettings settings;
    QCOMPARE(settings.exportStartFolder(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    settings.exportFolder = s("/srv/exports");
    QCOMPARE(settings.exportStartFolder(), s("/srv/exports"));
}

void AppSettingsTest::recentProjects()
{
    clearStore();
    for (int i = 1; i <= 10; ++i)
        AppSettings::addRecentProject(QStringLiteral("/p/%1.ccproj").arg(i));
    QStringList expected;
    for (int i = 10; i > 2; --i)
        expected << QStringLiteral("/p/%1.ccproj").arg(i);
    QCOMPARE(AppSettings::recentProjects(), expected); // newest first, 8 kept
    AppSettings::addRecentProject(s("/p/5.ccproj"));
    expected.removeAll(s("/p/5.ccproj"));
    expected.prepend(s("/p/5.ccproj"));
    QCOMPARE(AppSettings::recentProjects(), expected); // moved up, not twice
    QCOMPARE(AppSettings::maxRecentProjects, 8);
}

void AppSettingsTest::recentProjectsOutOfRange()
{
    clearStore();
    QStringList stored;
    for (int i = 1; i <= 12; ++i)
        stored << QStringLiteral("/p/%1.ccproj").arg(i) << QString();
    stored.prepend(s("/p/3.ccproj"));
    writeRaw(AppSettings::recentProjectsKey(), stored);
    // Empty and repeated entries are left out, then the first 8 read.
    QStringList expected{s("/p/3.ccproj")};
    for (int i = 1; expected.size() < 8; ++i) {
        if (i != 3)
            expected << QStringLiteral("/p/%1.ccproj").arg(i);
    }
    QCOMPARE(AppSettings::recentProjects(), expected);
    writeRaw(AppSettings::recentProjectsKey(), s("/p/only.ccproj"));
    QCOMPARE(AppSettings::recentProjects(), QStringList{s("/p/only.ccproj")});
}

void AppSettingsTest::autosaveMinutes()
{
    clearStore();
    for (const int minutes : {1, 12, 60}) {
        AppSettings::setAutosaveMinutes(minutes);
        QCOMPARE(AppSettings::autosaveMinutes(), minutes);
    }
    AppSettings::setAutosaveMinutes(0);
    QCOMPARE(AppSettings::autosaveMinutes(), 1);
    AppSettings::setAutosaveMinutes(500);
    QCOMPARE(AppSettings::autosaveMinutes(), 60);
}

void AppSettingsTest::autosaveMinutesOutOfRange_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("zero") << QVariant(0);
    QTest::newRow("negative") << QVariant(-3);
    QTest::newRow("61") << QVariant(61);
    QTest::newRow("huge") << QVariant(s("99999999999"));
    QTest::newRow("text") << QVariant(s("often"));
    QTest::newRow("fraction") << QVariant(s("2.5"));
    QTest::newRow("empty") << QVariant(QString());
}

void AppSettingsTest::autosaveMinutesOutOfRange()
{
    QFETCH(QVariant, stored);
    clearStore();
    writeRaw(AppSettings::autosaveMinutesKey(), stored);
    QCOMPARE(AppSettings::autosaveMinutes(), 5);
}

void AppSettingsTest::hiddenBomColumns()
{
    clearStore();
    AppSettings::setHiddenBomColumns({0, 4, 15});
    QCOMPARE(AppSettings::hiddenBomColumns(16), (QList<int>{0, 4, 15}));
    AppSettings::setHiddenBomColumns({});
    QCOMPARE(AppSettings::hiddenBomColumns(16), QList<int>());
}

void AppSettingsTest::hiddenBomColumnsOutOfRange()
{
    clearStore();
    writeRaw(AppSettings::hiddenBomColumnsKey(),
             QStringList{s("7"), s("x"), s("-1"), s("16"), s("3"), s("7"), s("2.5"), QString()});
    QCOMPARE(AppSettings::hiddenBomColumns(16), (QList<int>{3, 7}));
    QCOMPARE(AppSettings::hiddenBomColumns(5), QList<int>{3}); // a table with fewer columns
    writeRaw(AppSettings::hiddenBomColumnsKey(), s("nonsense"));
    QCOMPARE(AppSettings::hiddenBomColumns(16), QList<int>());
}

void AppSettingsTest::mainWindowGeometryAndState()
{
    clearStore();
    const QByteArray geometry("\x01\xd9\xd0\xcb\0\x03\0\0", 8);
    const QByteArray state("\0\0\0\xff\0\0\0\0\xfd", 9);
    AppSettings::setMainWindowGeometry(geometry);
    AppSettings::setMainWindowState(state);
    QCOMPARE(AppSettings::mainWindowGeometry(), geometry);
    QCOMPARE(AppSettings::mainWindowState(), state);
}

void AppSettingsTest::onlyAppSettingsUsesQSettings_data()
{
    // The program's sources. Tests are left out: they read and write
    // settings files on purpose, to check what AppSettings keeps.
    QTest::addColumn<QString>("path");
    const QDir root(s(CC_SOURCE_DIR));
    int files = 0;
    for (const char *folder : {"app", "db", "models", "views"}) {
        QDirIterator it(root.filePath(s(folder)), {s("*.h"), s("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            const QString relative = root.relativeFilePath(path);
            if (!relative.startsWith(s("models/settings/")))
                QTest::newRow(qPrintable(relative)) << path;
        }
    }
    QVERIFY2(files > 100, "the sources were not found");
}

void AppSettingsTest::onlyAppSettingsUsesQSettings()
{
    QFETCH(QString, path);
    QVERIFY2(!usesQSettings(path), "uses QSettings: read and write settings through AppSettings");
}

void AppSettingsTest::scannerFindsAUse()
{
    // The check itself must be able to fail.
    QVERIFY(usesQSettings(s(CC_SOURCE_DIR "/models/settings/AppSettings.cpp")));
    const auto check = [this](const char *name, const QByteArray &text) {
        QFile source(file(name));
        if (!source.open(QIODevice::WriteOnly) || source.write(text) != text.size())
            return false;
        source.close();
        return usesQSettings(source.fileName());
    };
    QVERIFY(check("Constructs.cpp", "void f()\n{\n    QSettings().value(key);\n}\n"));
    QVERIFY(check("Includes.h", "#pragma once\n#  include <QSettings>\n"));
    QVERIFY(check("Module.cpp", "#include <QtCore>\n"));
    QVERIFY(check("Declares.h", "class QSettings;\nvoid g(const QSettings &store);\n"));
    // Words in comments and texts are not code.
    QVERIFY(!check("Mentions.h", "// kept with QSettings\n/* QSettings\n */ auto t = \"QSettings \\\" x\";\n"));
    QVERIFY(!check("Raw.cpp", "const char *t = R\"x(a \" QSettings // )\" )x\";\n"));
    QVERIFY(check("AfterRaw.cpp", "auto t = R\"(x)\"; QSettings s;\n"));
    QVERIFY(!check("Other.cpp", "#include <QSettingsDialog>\nMyQSettings x;\n"));
}

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "tst_AppSettings.moc"
