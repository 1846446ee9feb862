#include "models/settings/AppSettings.h"

#include "models/part/LeverOperations.h"

#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <algorithm>

namespace cc {

namespace {

// A stored value outside `allowed` reads as `fallback`.
QString oneOf(const QSettings &settings, const QString &key, const QStringList &allowed,
              const QString &fallback)
{
    const QString value = settings.value(key, fallback).toString();
    return allowed.contains(value) ? value : fallback;
}

} // namespace

const QString &AppSettings::languageKey()
{
    static const QString key = QStringLiteral("ui/language");
    return key;
}

const QString &AppSettings::databaseKey()
{
    static const QString key = QStringLiteral("catalog/database");
    return key;
}

const QString &AppSettings::marketKey()
{
    static const QString key = QStringLiteral("display/market");
    return key;
}

const QString &AppSettings::conductorUnitsKey()
{
    static const QString key = QStringLiteral("display/conductor_units");
    return key;
}

const QString &AppSettings::exportFolderKey()
{
    static const QString key = QStringLiteral("export/folder");
    return key;
}

const QString &AppSettings::colourOrderKey()
{
    static const QString key = QStringLiteral("defaults/colourOrder");
    return key;
}

const QString &AppSettings::leverOperationKey()
{
    static const QString key = QStringLiteral("defaults/leverOperation");
    return key;
}

AssemblyDefaults AppSettings::builtInAssemblyDefaults()
{
    return {{QStringLiteral("black"), QStringLiteral("white")}, QStringLiteral("manual")};
}

const QString &AppSettings::recentProjectsKey()
{
    static const QString key = QStringLiteral("project/recentFiles");
    return key;
}

const QString &AppSettings::autosaveMinutesKey()
{
    static const QString key = QStringLiteral("project/autosaveMinutes");
    return key;
}

const QString &AppSettings::hiddenBomColumnsKey()
{
    static const QString key = QStringLiteral("bom/hiddenColumns");
    return key;
}

const QString &AppSettings::mainWindowGeometryKey()
{
    static const QString key = QStringLiteral("mainWindow/geometry");
    return key;
}

const QString &AppSettings::mainWindowStateKey()
{
    static const QString key = QStringLiteral("mainWindow/state");
    return key;
}

const QStringList &AppSettings::languages()
{
    static const QStringList list { QStringLiteral("system"), QStringLiteral("en"),
                                    QStringLiteral("de") };
    return list;
}

const QStringList &AppSettings::markets()
{
    static const QStringList list { QStringLiteral("iec"), QStringLiteral("ul") };
    return list;
}

const QStringList &AppSettings::conductorUnitChoices()
{
    static const QStringList list { QStringLiteral("mm2"), QStringLiteral("awg") };
    return list;
}

PartFormatter AppSettings::partFormatter(const QLocale &locale) const
{
    PartFormatter::Preferences preferences;
    preferences.ulFirst = market == QLatin1String("ul");
    preferences.awgFirst = conductorUnits == QLatin1String("awg");
    return PartFormatter(locale, preferences);
}

QString AppSettings::exportStartFolder() const
{
    if (!exportFolder.isEmpty())
        return exportFolder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

AppSettings AppSettings::load()
{
    return load(QSettings());
}

void AppSettings::save() const
{
    QSettings settings;
    save(settings);
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings result;
    result.databasePath = settings.value(databaseKey()).toString();
    result.language = oneOf(settings, languageKey(), languages(), result.language);
    result.market = oneOf(settings, marketKey(), markets(), result.market);
    result.conductorUnits
        = oneOf(settings, conductorUnitsKey(), conductorUnitChoices(), result.conductorUnits);
    result.exportFolder = settings.value(exportFolderKey()).toString();
    if (settings.contains(colourOrderKey())) {
        QStringList colours;
        for (const QString &colour : settings.value(colourOrderKey()).toStringList()) {
            if (!colour.trimmed().isEmpty() && !colours.contains(colour.trimmed()))
                colours.append(colour.trimmed());
        }
        result.assemblyDefaults.colourOrder = colours;
    }
    result.assemblyDefaults.leverOperation =
        oneOf(settings, leverOperationKey(), LeverOperations::table().codes(),
              result.assemblyDefaults.leverOperation);
    return result;
}

void AppSettings::save(QSettings &settings) const
{
    // An empty path means "the default": the key is removed rather than
    // stored empty, so that a later default applies.
    const auto setOrRemove = [&settings](const QString &key, const QString &value) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    setOrRemove(databaseKey(), databasePath);
    settings.setValue(languageKey(), language);
    settings.setValue(marketKey(), market);
    settings.setValue(conductorUnitsKey(), conductorUnits);
    setOrRemove(exportFolderKey(), exportFolder);
    settings.setValue(colourOrderKey(), assemblyDefaults.colourOrder);
    settings.setValue(leverOperationKey(), assemblyDefaults.leverOperation);
    settings.sync();
}

QStringList AppSettings::recentProjects()
{
    QStringList result;
    for (const QString &path : QSettings().value(recentProjectsKey()).toStringList()) {
        if (!path.isEmpty() && !result.contains(path) && result.size() < maxRecentProjects)
            result << path;
    }
    return result;
}

void AppSettings::addRecentProject(const QString &path)
{
    QStringList files = recentProjects();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentProjects)
        files.removeLast();
    QSettings().setValue(recentProjectsKey(), files);
}

int AppSettings::autosaveMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(autosaveMinutesKey()).toInt(&ok);
    if (!ok || minutes < minAutosaveMinutes || minutes > maxAutosaveMinutes)
        return defaultAutosaveMinutes;
    return minutes;
}

void AppSettings::setAutosaveMinutes(int minutes)
{
    QSettings().setValue(autosaveMinutesKey(),
                         std::clamp(minutes, minAutosaveMinutes, maxAutosaveMinutes));
}

QList<int> AppSettings::hiddenBomColumns(int columnCount)
{
    QList<int> columns;
    for (const QString &text : QSettings().value(hiddenBomColumnsKey()).toStringList()) {
        bool ok = false;
        const int column = text.toInt(&ok);
        if (ok && column >= 0 && column < columnCount && !columns.contains(column))
            columns << column;
    }
    std::sort(columns.begin(), columns.end());
    return columns;
}

void AppSettings::setHiddenBomColumns(const QList<int> &columns)
{
    // Stored as a list of numbers in text, as ever.
    QStringList texts;
    for (const int column : columns)
        texts << QString::number(column);
    QSettings().setValue(hiddenBomColumnsKey(), texts);
}

QByteArray AppSettings::mainWindowGeometry()
{
    return QSettings().value(mainWindowGeometryKey()).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(mainWindowGeometryKey(), geometry);
}

QByteArray AppSettings::mainWindowState()
{
    return QSettings().value(mainWindowStateKey()).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    QSettings().setValue(mainWindowStateKey(), state);
}

bool AppSettings::operator==(const AppSettings &other) const
{
    return databasePath == other.databasePath && language == other.language
        && market == other.market && conductorUnits == other.conductorUnits
        && exportFolder == other.exportFolder && assemblyDefaults == other.assemblyDefaults;
}

} // namespace cc
