#include "views/settings/SettingsDialog.h"

#include "db/CatalogOpener.h"
#include "db/DatabaseLocation.h"
#include "views/settings/SettingsViewsTr.h"
#include "views/widgets/AssemblyDefaultsEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cc {

namespace {

// A line edit with a "Browse…" button beside it.
QWidget *withBrowseButton(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(SettingsViewsTr::tr("Settings"));

    m_database = new QLineEdit(DatabaseLocation::looksLikeUrl(settings.databasePath)
                                   ? settings.databasePath
                                   : QDir::toNativeSeparators(settings.databasePath));
    m_database->setToolTip(SettingsViewsTr::tr("A database file, or a shared catalog on a PostgreSQL server: "
                              "postgresql://user@host:port/dbname. A password is never stored; "
                              "the program asks for it when the server wants one (or put it in "
                              "~/.pgpass)."));
    m_database->setPlaceholderText(
        SettingsViewsTr::tr("Default: %1").arg(QDir::toNativeSeparators(CatalogOpener::defaultPath())));
    m_database->setClearButtonEnabled(true);
    auto *browseDatabase = new QPushButton(SettingsViewsTr::tr("Browse…"));
    connect(browseDatabase, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);

    m_language = new QComboBox;
    m_language->addItem(SettingsViewsTr::tr("System"), QStringLiteral("system"));
    // Each language by its own name, as language menus do.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    selectData(m_language, settings.language);

    m_market = new QComboBox;
    m_market->addItem(SettingsViewsTr::tr("IEC first"), QStringLiteral("iec"));
    m_market->addItem(SettingsViewsTr::tr("UL first"), QStringLiteral("ul"));
    selectData(m_market, settings.market);

    m_units = new QComboBox;
    m_units->addItem(SettingsViewsTr::tr("mm² first"), QStringLiteral("mm2"));
    m_units->addItem(SettingsViewsTr::tr("AWG first"), QStringLiteral("awg"));
    selectData(m_units, settings.conductorUnits);

    m_exportFolder = new QLineEdit(QDir::toNativeSeparators(settings.exportFolder));
    m_exportFolder->setPlaceholderText(
        SettingsViewsTr::tr("Default: %1")
            .arg(QDir::toNativeSeparators(
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))));
    m_exportFolder->setClearButtonEnabled(true);
    auto *browseFolder = new QPushButton(SettingsViewsTr::tr("Browse…"));
    connect(browseFolder, &QPushButton::clicked, this, &SettingsDialog::chooseExportFolder);

    auto *restartNote
        = new QLabel(SettingsViewsTr::tr("The language and the database location take effect at the next start."));
    restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(SettingsViewsTr::tr("&Database:"), withBrowseButton(m_database, browseDatabase));
    form->addRow(SettingsViewsTr::tr("&Language:"), m_language);
    form->addRow(SettingsViewsTr::tr("&Ratings:"), m_market);
    form->addRow(SettingsViewsTr::tr("&Conductor sizes:"), m_units);
    form->addRow(SettingsViewsTr::tr("&Export folder:"), withBrowseButton(m_exportFolder, browseFolder));

    // Settings ▸ Defaults: what new projects start from.
    auto *defaults = new QGroupBox(SettingsViewsTr::tr("Defaults of new projects"));
    defaults->setObjectName(QStringLiteral("defaultsGroup"));
    m_defaults = new AssemblyDefaultsEditor(AssemblyDefaultsEditor::Operation::Required, defaults);
    m_defaults->setDefaults(settings.assemblyDefaults);
    auto *defaultsNote = new QLabel(
        SettingsViewsTr::tr("They decide the choices an assembly leaves open (which colour, which "
                            "lever). A project keeps its own copy: change an open project's in "
                            "Project ▸ Properties…"),
        defaults);
    defaultsNote->setWordWrap(true);
    auto *defaultsLayout = new QVBoxLayout(defaults);
    defaultsLayout->addWidget(m_defaults);
    defaultsLayout->addWidget(defaultsNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(restartNote);
    layout->addWidget(defaults);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result;
    const QString database = m_database->text().trimmed();
    // A server's address is kept without its password (see the tool tip).
    result.databasePath = DatabaseLocation::looksLikeUrl(database)
        ? DatabaseLocation::parse(database).withoutPassword()
        : QDir::fromNativeSeparators(database);
    result.language = m_language->currentData().toString();
    result.market = m_market->currentData().toString();
    result.conductorUnits = m_units->currentData().toString();
    result.exportFolder = QDir::fromNativeSeparators(m_exportFolder->text().trimmed());
    result.assemblyDefaults = m_defaults->defaults();
    return result;
}

void SettingsDialog::chooseDatabase()
{
    const QString path
        = QFileDialog::getSaveFileName(this, SettingsViewsTr::tr("Catalog Database"), m_database->text(),
                                       SettingsViewsTr::tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::chooseExportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, SettingsViewsTr::tr("Default Export Folder"),
                                                             m_exportFolder->text());
    if (!folder.isEmpty())
        m_exportFolder->setText(QDir::toNativeSeparators(folder));
}

} // namespace cc
