#include "views/configurator/ChoicesForm.h"

#include "models/datasheet/DatasheetLayout.h"
#include "models/part/LeverOperations.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"
#include "views/configurator/ConfiguratorViewsTr.h"
#include "views/widgets/FlowLayout.h"
#include "views/widgets/WheelGuard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace cc {

namespace {

QString optionText(PartField attribute, const QString &option)
{
    return attribute == PartField::Operation ? LeverOperations::table().label(option) : option;
}

bool sameChoices(const QList<AssemblyChoice> &a, const QList<AssemblyChoice> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).attribute != b.at(i).attribute)
            return false;
    }
    return true;
}

} // namespace

ChoicesForm::ChoicesForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new FlowLayout(this, 18);
    layout->setContentsMargins(0, 0, 0, 0);
}

QString ChoicesForm::objectNameOf(const QString &kind, PartField attribute)
{
    return kind + QLatin1Char('/') + PartFields::key(attribute);
}

void ChoicesForm::fill(QComboBox *box, const AssemblyChoice &choice)
{
    const QSignalBlocker blocker(box);
    box->clear();
    switch (choice.selectedBy) {
    case AssemblyChoice::By::Default:
        box->addItem(ConfiguratorViewsTr::tr("%1 (default)")
                         .arg(optionText(choice.attribute, choice.selected)),
                     QString());
        break;
    case AssemblyChoice::By::Only:
        box->addItem(optionText(choice.attribute, choice.options.value(0)), QString());
        break;
    case AssemblyChoice::By::Open:
    case AssemblyChoice::By::User:
        box->addItem(ConfiguratorViewsTr::tr("not chosen"), QString());
        break;
    }
    if (choice.selectedBy != AssemblyChoice::By::Only) {
        for (const QString &option : choice.options)
            box->addItem(optionText(choice.attribute, option), option);
    }
    const int selected
        = choice.selectedBy == AssemblyChoice::By::User ? box->findData(choice.selected) : 0;
    box->setCurrentIndex(selected < 0 ? 0 : selected);
    box->setEnabled(choice.selectedBy != AssemblyChoice::By::Only);
    box->setToolTip(choice.selectedBy == AssemblyChoice::By::Default ? ConfiguratorViewsTr::tr(
                        "Chosen by the project's defaults (Project ▸ Properties…); "
                        "choose another to override them.")
                                                                     : QString());
}

void ChoicesForm::setChoices(const QList<AssemblyChoice> &choices)
{
    if (!sameChoices(choices, m_choices)) {
        // Deleted later: a box of the old groups may be emitting now.
        for (QWidget *group : std::as_const(m_groups)) {
            group->hide();
            for (QComboBox *box : group->findChildren<QComboBox *>())
                box->setObjectName(QString());
            group->deleteLater();
        }
        m_groups.clear();
        m_boxes.clear();
        for (const AssemblyChoice &choice : choices) {
            auto *group = new QWidget(this);
            auto *row = new QHBoxLayout(group);
            row->setContentsMargins(0, 0, 0, 0);
            auto *box = new QComboBox(group);
            box->setObjectName(objectNameOf(choice.kind, choice.attribute));
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            WheelGuard::install(box);
            const QString kind = choice.kind;
            const PartField attribute = choice.attribute;
            connect(box, &QComboBox::activated, this, [this, box, kind, attribute] {
                emit choiceEdited(kind, attribute, box->currentData().toString());
            });
            auto *label = new QLabel(ConfiguratorViewsTr::tr("%1 (%2):")
                                         .arg(PartKinds::table().title(choice.kind),
                                              DatasheetLayout::fieldLabel(choice.attribute)),
                                     group);
            label->setBuddy(box);
            row->addWidget(label);
            row->addWidget(box);
            layout()->addWidget(group);
            group->show();
            m_groups << group;
            m_boxes << box;
        }
    }
    m_choices = choices;
    for (qsizetype i = 0; i < choices.size(); ++i)
        fill(m_boxes.at(i), choices.at(i));
}

QComboBox *ChoicesForm::box(const QString &kind, PartField attribute) const
{
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).kind == kind && m_choices.at(i).attribute == attribute)
            return m_boxes.at(i);
    }
    return nullptr;
}

} // namespace cc
