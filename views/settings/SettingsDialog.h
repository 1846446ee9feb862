#pragma once

#include "models/settings/AppSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cc {

class AssemblyDefaultsEditor;

// Edits the user's preferences (AppSettings): database location, language,
// which market and conductor unit come first, the default export folder,
// and the defaults new projects start from (Defaults: the accessory colours
// in order of preference, the lever operation).
// The caller stores the result; language and database apply at next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;

    QLineEdit *databaseEdit() const { return m_database; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *marketBox() const { return m_market; }
    QComboBox *conductorUnitsBox() const { return m_units; }
    QLineEdit *exportFolderEdit() const { return m_exportFolder; }
    AssemblyDefaultsEditor *defaultsEditor() const { return m_defaults; }

private:
    void chooseDatabase();
    void chooseExportFolder();

    QLineEdit *m_database = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_market = nullptr;
    QComboBox *m_units = nullptr;
    QLineEdit *m_exportFolder = nullptr;
    AssemblyDefaultsEditor *m_defaults = nullptr;
};

} // namespace cc
