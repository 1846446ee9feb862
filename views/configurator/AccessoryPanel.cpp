#include "views/configurator/AccessoryPanel.h"

#include "models/configurator/AssemblyEditor.h"
#include "views/configurator/AccessoryTable.h"
#include "views/configurator/ChoicesForm.h"
#include "views/configurator/WarningList.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cc {

AccessoryPanel::AccessoryPanel(const AssemblyEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_choices(new ChoicesForm(this))
    , m_table(new AccessoryTable(editor, this))
    , m_warnings(new WarningList(this))
    , m_warningsArea(new QScrollArea(this))
{
    // The warnings scroll on their own when there are many; the table keeps
    // its room.
    m_warningsArea->setWidgetResizable(true);
    m_warningsArea->setFrameShape(QFrame::NoFrame);
    m_warningsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_warningsArea->setWidget(m_warnings);
    // On a small screen the panel shrinks with its scroll bars, it does not
    // make the window taller than the screen.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + m_table->verticalHeader()->defaultSectionSize() * 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warningsArea);
    showEditor();
}

void AccessoryPanel::showEditor()
{
    m_choices->setChoices(m_editor->result().choices);
    m_table->showLines();
    m_warnings->setWarnings(m_editor->warnings());
    m_warningsArea->setVisible(!m_editor->warnings().isEmpty());
    fitWarnings();
}

void AccessoryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitWarnings();
}

void AccessoryPanel::fitWarnings()
{
    const int lines = fontMetrics().lineSpacing();
    const int needed = m_warnings->heightForWidth(m_warningsArea->viewport()->width());
    // Up to seven lines, and no more than a third of the panel: the table
    // keeps its room on a small screen.
    const int most = std::min(lines * 7, std::max(lines * 2, height() / 3));
    m_warningsArea->setFixedHeight(std::clamp(needed, lines, most) + 2 * m_warningsArea->frameWidth());
}

} // namespace cc
