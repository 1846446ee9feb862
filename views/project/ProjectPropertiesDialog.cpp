#include "views/project/ProjectPropertiesDialog.h"

#include "views/project/ProjectViewsTr.h"
#include "views/widgets/AssemblyDefaultsEditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

ProjectPropertiesDialog::ProjectPropertiesDialog(const Project &project,
                                                 const AssemblyDefaults &settingsDefaults,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(project.name))
    , m_defaults(new AssemblyDefaultsEditor(AssemblyDefaultsEditor::Operation::MayStayOpen))
    , m_useSettings(new QPushButton(ProjectViewsTr::tr("Use the &Settings' Defaults")))
{
    setWindowTitle(ProjectViewsTr::tr("Project Properties"));
    m_name->setPlaceholderText(ProjectViewsTr::tr("e.g. Hall 3 lighting"));
    m_defaults->setDefaults(project.defaults);
    m_useSettings->setToolTip(
        ProjectViewsTr::tr("The defaults of Edit ▸ Settings…, which new projects "
                           "start from"));
    connect(m_useSettings, &QPushButton::clicked, this,
            [this, settingsDefaults] { m_defaults->setDefaults(settingsDefaults); });

    auto *form = new QFormLayout;
    form->addRow(ProjectViewsTr::tr("&Name:"), m_name);

    auto *defaults = new QGroupBox(ProjectViewsTr::tr("Defaults of this project"));
    auto *note
        = new QLabel(ProjectViewsTr::tr("They decide what an assembly leaves open (which colour, "
                                        "which lever) and are saved with the project, so that it "
                                        "gives the same bill of materials on every machine."));
    note->setWordWrap(true);
    auto *defaultsLayout = new QVBoxLayout(defaults);
    defaultsLayout->addWidget(m_defaults);
    defaultsLayout->addWidget(note);
    defaultsLayout->addWidget(m_useSettings, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(defaults);
    layout->addWidget(buttons);
}

QString ProjectPropertiesDialog::name() const
{
    return m_name->text().trimmed();
}

AssemblyDefaults ProjectPropertiesDialog::defaults() const
{
    return m_defaults->defaults();
}

} // namespace cc
