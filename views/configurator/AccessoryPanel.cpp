#include "views/configurator/AccessoryPanel.h"

#include "models/configurator/cmd/CmdSetChoice.h"
#include "models/datasheet/DatasheetLayout.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"
#include "views/configurator/ConfiguratorViewsTr.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cc {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return label;
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccessoryPanel::AccessoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void AccessoryPanel::setResult(const AssemblyResult &result, const QStringList &tickedOptional)
{
    // Keyboard focus stays on the control of the same name after the rebuild.
    QString focused;
    if (m_content && m_content->isAncestorOf(QApplication::focusWidget()))
        focused = QApplication::focusWidget()->objectName();
    // Deleted later: a combo box of the old content may be emitting now.
    if (m_content) {
        m_content->hide();
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    m_layout->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_requiredLines.clear();

    layout->addWidget(heading(ConfiguratorViewsTr::tr("Required accessories"), m_content));
    if (result.requiredItems.isEmpty())
        layout->addWidget(wrapped(ConfiguratorViewsTr::tr("none"), m_content));
    for (const AssemblyItem &item : result.requiredItems) {
        const QString quantity = item.quantity ? ConfiguratorViewsTr::tr("%1 ×").arg(*item.quantity) : ConfiguratorViewsTr::tr("quantity not stated:");
        const QString line = ConfiguratorViewsTr::tr("%1 %2 (%3 side): %4 — %5 %6")
                                 .arg(quantity, PartKinds::label(item.kind), item.side,
                                      item.candidates.join(ConfiguratorViewsTr::tr(" or ")), item.reason, item.quantityText)
                                 .simplified();
        m_requiredLines << line;
        layout->addWidget(wrapped(QStringLiteral("• ") + line, m_content));
    }

    if (!result.choices.isEmpty()) {
        layout->addWidget(heading(ConfiguratorViewsTr::tr("Choices"), m_content));
        auto *form = new QFormLayout();
        for (const AssemblyChoice &choice : result.choices) {
            auto *box = new QComboBox(m_content);
            box->setObjectName(choice.kind + QLatin1Char('/') + PartFields::key(choice.attribute));
            box->addItem(ConfiguratorViewsTr::tr("not chosen"), QString());
            for (const QString &option : choice.options)
                box->addItem(option, option);
            box->setCurrentIndex(qMax(0, box->findData(choice.selected)));
            const QString kind = choice.kind;
            const PartField attribute = choice.attribute;
            connect(box, &QComboBox::activated, this, [this, box, kind, attribute] {
                emit choiceEdited(kind, attribute, box->currentData().toString());
            });
            form->addRow(ConfiguratorViewsTr::tr("%1 (%2):").arg(PartKinds::table().title(choice.kind),
                                           DatasheetLayout::fieldLabel(choice.attribute)),
                         box);
        }
        layout->addLayout(form);
    }

    if (!result.optionalItems.isEmpty())
        layout->addWidget(heading(ConfiguratorViewsTr::tr("Optional accessories"), m_content));
    for (const AssemblyItem &item : result.optionalItems) {
        for (const QString &candidate : item.candidates) {
            auto *box = new QCheckBox(ConfiguratorViewsTr::tr("%1 %2").arg(PartKinds::label(item.kind), candidate), m_content);
            box->setObjectName(candidate);
            box->setChecked(tickedOptional.contains(candidate));
            box->setToolTip(item.reason);
            const QString kind = item.kind;
            connect(box, &QCheckBox::toggled, this, [this, candidate, kind](bool checked) {
                emit optionalToggled(candidate, kind, checked);
            });
            layout->addWidget(box);
        }
        if (!item.reason.isEmpty())
            layout->addWidget(wrapped(item.reason, m_content));
    }
    layout->addStretch(1);
    if (!focused.isEmpty()) {
        if (QWidget *again = m_content->findChild<QWidget *>(focused))
            again->setFocus();
    }
}

} // namespace cc
