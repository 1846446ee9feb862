#pragma once

#include "models/project/Project.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace cc {

class AssemblyDefaultsEditor;

// Project ▸ Properties…: the project's name and its defaults (the accessory
// colours in order of preference, the lever operation), which decide the
// choices its assemblies leave open on every machine. "Use the Settings'
// Defaults" fills in those of Edit ▸ Settings….
class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectPropertiesDialog(const Project &project, const AssemblyDefaults &settingsDefaults,
                            QWidget *parent = nullptr);

    QString name() const;
    AssemblyDefaults defaults() const;

    QLineEdit *nameEdit() const { return m_name; }
    AssemblyDefaultsEditor *defaultsEditor() const { return m_defaults; }
    QPushButton *settingsDefaultsButton() const { return m_useSettings; }

private:
    QLineEdit *m_name;
    AssemblyDefaultsEditor *m_defaults;
    QPushButton *m_useSettings;
};

} // namespace cc
