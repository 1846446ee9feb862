#include "views/widgets/AssemblyDefaultsEditor.h"

#include "models/part/LeverOperations.h"
#include "views/widgets/WheelGuard.h"
#include "views/widgets/WidgetsViewsTr.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace cc {

AssemblyDefaultsEditor::AssemblyDefaultsEditor(Operation operation, QWidget *parent)
    : QWidget(parent)
    , m_colours(new QListWidget(this))
    , m_newColour(new QLineEdit(this))
    , m_leverOperation(new QComboBox(this))
    , m_add(new QPushButton(WidgetsViewsTr::tr("&Add"), this))
    , m_remove(new QPushButton(WidgetsViewsTr::tr("&Remove"), this))
    , m_up(new QPushButton(WidgetsViewsTr::tr("Move &Up"), this))
    , m_down(new QPushButton(WidgetsViewsTr::tr("Move Do&wn"), this))
{
    m_colours->setObjectName(QStringLiteral("colourOrder"));
    m_colours->setToolTip(
        WidgetsViewsTr::tr("Where several colours of an accessory fit and the assembly "
                           "names none, the first colour of this list that fits is "
                           "taken."));
    m_colours->setMaximumHeight(m_colours->fontMetrics().height() * 7);
    m_newColour->setPlaceholderText(WidgetsViewsTr::tr("colour, e.g. grey"));
    m_leverOperation->setObjectName(QStringLiteral("leverOperation"));
    if (operation == Operation::MayStayOpen)
        m_leverOperation->addItem(WidgetsViewsTr::tr("none (the choice stays open)"), QString());
    for (const QString &code : LeverOperations::table().codes())
        m_leverOperation->addItem(LeverOperations::table().label(code), code);
    WheelGuard::install(m_leverOperation);

    auto *colours = new QGridLayout;
    colours->setContentsMargins(0, 0, 0, 0);
    colours->addWidget(m_colours, 0, 0, 4, 1);
    colours->addWidget(m_up, 0, 1);
    colours->addWidget(m_down, 1, 1);
    colours->addWidget(m_remove, 2, 1);
    colours->setRowStretch(3, 1);
    colours->addWidget(m_newColour, 4, 0);
    colours->addWidget(m_add, 4, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // A label of its own: the form gives a layout's label no buddy.
    auto *coloursLabel = new QLabel(WidgetsViewsTr::tr("&Colours, preferred first:"), this);
    coloursLabel->setBuddy(m_colours);
    form->addRow(coloursLabel, colours);
    form->addRow(WidgetsViewsTr::tr("&Lever operation:"), m_leverOperation);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addColour(m_newColour->text()))
            m_newColour->clear();
    });
    connect(m_newColour, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &AssemblyDefaultsEditor::removeCurrentColour);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentColour(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentColour(1); });
    connect(m_colours, &QListWidget::currentRowChanged, this,
            &AssemblyDefaultsEditor::updateButtons);
    connect(m_newColour, &QLineEdit::textChanged, this, &AssemblyDefaultsEditor::updateButtons);
    connect(m_leverOperation, &QComboBox::activated, this, &AssemblyDefaultsEditor::edited);
    updateButtons();
}

void AssemblyDefaultsEditor::setDefaults(const AssemblyDefaults &defaults)
{
    m_colours->clear();
    m_colours->addItems(defaults.colourOrder);
    const int operation = m_leverOperation->findData(defaults.leverOperation);
    m_leverOperation->setCurrentIndex(operation < 0 ? 0 : operation);
    updateButtons();
}

AssemblyDefaults AssemblyDefaultsEditor::defaults() const
{
    AssemblyDefaults result;
    for (int row = 0; row < m_colours->count(); ++row)
        result.colourOrder << m_colours->item(row)->text();
    result.leverOperation = m_leverOperation->currentData().toString();
    return result;
}

bool AssemblyDefaultsEditor::addColour(const QString &colour)
{
    const QString name = colour.trimmed();
    if (name.isEmpty())
        return false;
    for (int row = 0; row < m_colours->count(); ++row) {
        if (m_colours->item(row)->text().compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    m_colours->addItem(name);
    m_colours->setCurrentRow(m_colours->count() - 1);
    emit edited();
    return true;
}

void AssemblyDefaultsEditor::removeCurrentColour()
{
    const int row = m_colours->currentRow();
    if (row < 0)
        return;
    delete m_colours->takeItem(row);
    updateButtons();
    emit edited();
}

void AssemblyDefaultsEditor::moveCurrentColour(int offset)
{
    const int row = m_colours->currentRow();
    const int to = row + offset;
    if (row < 0 || to < 0 || to >= m_colours->count())
        return;
    QListWidgetItem *item = m_colours->takeItem(row);
    m_colours->insertItem(to, item);
    m_colours->setCurrentRow(to);
    emit edited();
}

void AssemblyDefaultsEditor::updateButtons()
{
    const int row = m_colours->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_colours->count());
    m_add->setEnabled(!m_newColour->text().trimmed().isEmpty());
}

} // namespace cc
