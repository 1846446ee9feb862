#pragma once

#include "models/datasheet/PartFormatter.h"
#include "models/rules/AssemblyDefaults.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace cc {

// The user's preferences and the state the program keeps between runs,
// with QSettings (keys in README.md, "Settings"). This is the one class
// that reads and writes QSettings: everything else asks it. Values the
// user never set, and values outside their range, read as their defaults.
//
// The fields are the preferences edited in Edit ▸ Settings…, loaded and
// saved together. The static accessors below them each read or write one
// key of the application's store (QSettings() with the organization and
// application names main() sets), so writing one never rewrites another.
class AppSettings
{
public:
    // Language of the interface: "system" (follow the locale), "en", "de".
    static const QString &languageKey();
    static const QString &databaseKey();
    static const QString &marketKey();
    static const QString &conductorUnitsKey();
    static const QString &exportFolderKey();
    static const QString &colourOrderKey();
    static const QString &leverOperationKey();
    static const QString &recentProjectsKey();
    static const QString &autosaveMinutesKey();
    static const QString &hiddenBomColumnsKey();
    static const QString &mainWindowGeometryKey();
    static const QString &mainWindowStateKey();

    // Empty: the default database (CatalogOpener::defaultPath()).
    QString databasePath;
    QString language = QStringLiteral("system");
    // Which market's rating is shown first: "iec" or "ul".
    QString market = QStringLiteral("iec");
    // Which conductor unit is shown first: "mm2" or "awg".
    QString conductorUnits = QStringLiteral("mm2");
    // Empty: the user's documents folder.
    QString exportFolder;
    // Settings ▸ Defaults: what decides the choices the user has not made in
    // an assembly of a new project (a project keeps its own copy).
    AssemblyDefaults assemblyDefaults = builtInAssemblyDefaults();
    // Black before white, manual levers: the program's own defaults.
    static AssemblyDefaults builtInAssemblyDefaults();

    // How the datasheet shows values for these preferences, in `locale`.
    PartFormatter partFormatter(const QLocale &locale) const;
    // Where a file dialog for an export starts: exportFolder, else the
    // user's documents folder.
    QString exportStartFolder() const;

    // The preferences of the application's store.
    static AppSettings load();
    void save() const;
    // The same with another store (tests, a settings file of its own).
    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    static const QStringList &languages();
    static const QStringList &markets();
    static const QStringList &conductorUnitChoices();

    // File ▸ Open Recent: the last projects opened or saved, newest first,
    // at most maxRecentProjects, no duplicates.
    static constexpr int maxRecentProjects = 8;
    static QStringList recentProjects();
    // Puts `path` first (once), dropping the oldest beyond the limit.
    static void addRecentProject(const QString &path);

    // Minutes between autosaves of a modified project, 1 … 60, default 5.
    static constexpr int defaultAutosaveMinutes = 5;
    static constexpr int minAutosaveMinutes = 1;
    static constexpr int maxAutosaveMinutes = 60;
    static int autosaveMinutes();
    // A value outside 1 … 60 is stored as the nearest limit.
    static void setAutosaveMinutes(int minutes);

    // The columns hidden in the BOM dock, ascending; numbers that are not
    // columns of a table of `columnCount` columns are left out.
    static QList<int> hiddenBomColumns(int columnCount);
    static void setHiddenBomColumns(const QList<int> &columns);

    // QMainWindow::saveGeometry() and saveState() of the main window; empty
    // when none was stored.
    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray &state);

    bool operator==(const AppSettings &other) const;
    bool operator!=(const AppSettings &other) const { return !(*this == other); }
};

} // namespace cc
