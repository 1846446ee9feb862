#pragma once

#include "models/datasheet/PartFormatter.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace cc {

// The user's preferences, kept with QSettings (keys in README.md,
// "Settings"). Values the user never set read as their defaults.
class AppSettings
{
public:
    // Language of the interface: "system" (follow the locale), "en", "de".
    static const QString &languageKey();
    static const QString &databaseKey();
    static const QString &marketKey();
    static const QString &conductorUnitsKey();
    static const QString &exportFolderKey();

    // Empty: the default database (CatalogOpener::defaultPath()).
    QString databasePath;
    QString language = QStringLiteral("system");
    // Which market's rating is shown first: "iec" or "ul".
    QString market = QStringLiteral("iec");
    // Which conductor unit is shown first: "mm2" or "awg".
    QString conductorUnits = QStringLiteral("mm2");
    // Empty: the user's documents folder.
    QString exportFolder;

    // How the datasheet shows values for these preferences, in `locale`.
    PartFormatter partFormatter(const QLocale &locale) const;

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    static const QStringList &languages();
    static const QStringList &markets();
    static const QStringList &conductorUnitChoices();

    bool operator==(const AppSettings &other) const;
    bool operator!=(const AppSettings &other) const { return !(*this == other); }
};

} // namespace cc
