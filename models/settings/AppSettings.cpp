#include "models/settings/AppSettings.h"

#include <QSettings>
#include <QStringList>

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

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings result;
    result.databasePath = settings.value(databaseKey()).toString();
    result.language = oneOf(settings, languageKey(), languages(), result.language);
    result.market = oneOf(settings, marketKey(), markets(), result.market);
    result.conductorUnits
        = oneOf(settings, conductorUnitsKey(), conductorUnitChoices(), result.conductorUnits);
    result.exportFolder = settings.value(exportFolderKey()).toString();
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
    settings.sync();
}

bool AppSettings::operator==(const AppSettings &other) const
{
    return databasePath == other.databasePath && language == other.language
        && market == other.market && conductorUnits == other.conductorUnits
        && exportFolder == other.exportFolder;
}

} // namespace cc
