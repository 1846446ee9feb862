#include "views/configurator/ConfiguratorView.h"

#include "models/configurator/AssemblyEditor.h"
#include "models/configurator/AssemblySummaryHtml.h"
#include "models/configurator/cmd/CmdAssemblyEdit.h"
#include "models/configurator/cmd/CmdPickItem.h"
#include "models/configurator/cmd/CmdSetChoice.h"
#include "models/configurator/cmd/CmdSetItemQuantity.h"
#include "models/configurator/cmd/CmdSetOptionalItem.h"
#include "models/configurator/cmd/CmdSetPlug.h"
#include "models/configurator/cmd/CmdSetSocket.h"
#include "views/configurator/AccessoryOutlines.h"
#include "views/configurator/AccessoryPanel.h"
#include "views/configurator/AccessoryTable.h"
#include "views/configurator/ChoicesForm.h"
#include "views/configurator/ConfiguratorViewsTr.h"
#include "views/configurator/CounterpartList.h"
#include "views/configurator/MatingScene.h"
#include "views/configurator/MatingView.h"
#include "views/configurator/SideInputsBox.h"
#include "views/configurator/WarningList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cc {

ConfiguratorView::ConfiguratorView(CatalogSession *session, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_editor(new AssemblyEditor(session, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout();
    m_socketEdit = new QLineEdit(this);
    m_socketEdit->setPlaceholderText(ConfiguratorViewsTr::tr("item number, e.g. 770-1324"));
    auto *socketLabel = new QLabel(ConfiguratorViewsTr::tr("&Socket:"), this);
    socketLabel->setBuddy(m_socketEdit);
    auto *start = new QPushButton(ConfiguratorViewsTr::tr("S&tart Assembly"), this);
    connect(m_socketEdit, &QLineEdit::returnPressed, this, [this] { startWithSocket(m_socketEdit->text().trimmed()); });
    connect(start, &QPushButton::clicked, this, [this] { startWithSocket(m_socketEdit->text().trimmed()); });
    auto *fit = new QPushButton(ConfiguratorViewsTr::tr("&Fit to View"), this);
    connect(fit, &QPushButton::clicked, this, &ConfiguratorView::fitToView);
    top->addWidget(socketLabel);
    top->addWidget(m_socketEdit);
    top->addWidget(start);
    top->addStretch(1);
    top->addWidget(fit);
    layout->addLayout(top);

    // The parts below the drawing and the inputs, across the whole width:
    // the table has room for its columns.
    m_partsSplitter = new QSplitter(Qt::Vertical, this);
    m_partsSplitter->setObjectName(QStringLiteral("partsSplitter"));
    auto *splitter = new QSplitter(Qt::Horizontal, m_partsSplitter);
    m_counterparts = new CounterpartList(splitter);
    splitter->addWidget(m_counterparts);
    splitter->addWidget(createDrawingColumn());
    splitter->addWidget(createInputsColumn());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    m_partsSplitter->addWidget(splitter);
    m_partsSplitter->addWidget(createAccessoryPanel());
    m_partsSplitter->setStretchFactor(0, 1);
    m_partsSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_partsSplitter, 1);

    connect(m_counterparts, &CounterpartList::currentCandidateChanged, this, &ConfiguratorView::showCandidate);
    connect(m_counterparts, &CounterpartList::candidateActivated, this, &ConfiguratorView::requestMate);
    connect(m_scene, &MatingScene::plugDropped, this, &ConfiguratorView::requestMate, Qt::QueuedConnection);
    // The counterparts are listed again after the catalog changed (no item
    // number is a line break: even an empty list is listed anew).
    connect(m_editor, &AssemblyEditor::catalogChanged, this,
            [this] { m_listedSocket = QStringLiteral("\n"); });
    connect(m_editor, &AssemblyEditor::changed, this, &ConfiguratorView::refresh);
    refresh();
}

void ConfiguratorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterPlaced)
        return;
    // The first time: the parts table gets half the height (the user's
    // dragging of the handle is kept afterwards).
    m_splitterPlaced = true;
    const int height = m_partsSplitter->height();
    m_partsSplitter->setSizes({ height / 2, height - height / 2 });
}

QWidget *ConfiguratorView::createDrawingColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scene = new MatingScene(this);
    m_view = new MatingView(column);
    m_view->setScene(m_scene);
    layout->addWidget(m_view, 3);
    m_status = new QLabel(column);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    // The text wraps in a narrow column instead of widening it.
    m_status->setMinimumWidth(120);
    layout->addWidget(m_status);
    m_summary = new QTextBrowser(column);
    layout->addWidget(m_summary, 2);
    return column;
}

QWidget *ConfiguratorView::createInputsColumn()
{
    auto *scroll = new QScrollArea(this);
    m_inputsScroll = scroll;
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    m_spare = new QCheckBox(ConfiguratorViewsTr::tr("Spare socket (not &mated)"), inner);
    connect(m_spare, &QCheckBox::toggled, this, &ConfiguratorView::spareToggled);
    layout->addWidget(m_spare);
    m_socketInputs = new SideInputsBox(CmdSetSideInput::Side::Socket, inner);
    m_plugInputs = new SideInputsBox(CmdSetSideInput::Side::Plug, inner);
    for (SideInputsBox *box : {m_socketInputs, m_plugInputs}) {
        connect(box, &SideInputsBox::inputEdited, this, &ConfiguratorView::editInput);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    scroll->setWidget(inner);
    // As wide as the inputs need: the drawing gives way, the inputs never
    // scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(inner->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width()
                            + 2 * scroll->frameWidth());
    return scroll;
}

AccessoryPanel *ConfiguratorView::createAccessoryPanel()
{
    m_accessories = new AccessoryPanel(m_editor, this);
    connect(m_accessories->choices(), &ChoicesForm::choiceEdited, this,
            [this](const QString &kind, PartField attribute, const QString &value) {
                m_undoStack->push(new CmdSetChoice(m_editor, kind, attribute, value));
            });
    AccessoryTable *table = m_accessories->table();
    // The table's rows are the editor's lines.
    const auto lineAt = [this](int row) -> const AccessoryLine * {
        return row >= 0 && row < m_editor->lines().size() ? &m_editor->lines().at(row) : nullptr;
    };
    connect(table, &AccessoryTable::quantityEdited, this,
            [this, lineAt](int row, std::optional<int> quantity) {
                if (const AccessoryLine *line = lineAt(row))
                    m_undoStack->push(new CmdSetItemQuantity(m_editor, *line, quantity));
            });
    connect(table, &AccessoryTable::itemPicked, this, [this, lineAt](int row, const QString &item) {
        if (const AccessoryLine *line = lineAt(row))
            m_undoStack->push(new CmdPickItem(m_editor, *line, item));
    });
    connect(table, &AccessoryTable::optionalToggled, this, [this, lineAt](int row, bool included) {
        if (const AccessoryLine *line = lineAt(row))
            m_undoStack->push(
                new CmdSetOptionalItem(m_editor, line->itemNumber, line->kind, included));
    });
    connect(m_accessories->warnings(), &WarningList::targetActivated, this,
            &ConfiguratorView::focusTarget);
    return m_accessories;
}

void ConfiguratorView::focusTarget(const WarningTarget &target)
{
    switch (target.kind) {
    case WarningTarget::Kind::None:
        return;
    case WarningTarget::Kind::SideInput: {
        SideInputsBox *box
            = target.side == CmdSetSideInput::Side::Socket ? m_socketInputs : m_plugInputs;
        if (QWidget *input = box->inputWidget(target.input)) {
            m_inputsScroll->ensureWidgetVisible(input);
            input->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    case WarningTarget::Kind::Choice:
        if (QComboBox *box = m_accessories->choices()->box(target.choiceKind, target.attribute))
            box->setFocus(Qt::OtherFocusReason);
        return;
    case WarningTarget::Kind::LineItem:
        m_accessories->table()->focusItem(target.line);
        return;
    case WarningTarget::Kind::LineQuantity:
        m_accessories->table()->focusQuantity(target.line);
        return;
    }
}

bool ConfiguratorView::startWithSocket(const QString &itemNumber)
{
    const SocketCheck check = m_editor->checkSocket(itemNumber);
    m_refusedItem.clear();
    switch (check.outcome) {
    case SocketCheck::Outcome::NotInCatalog:
        m_message = ConfiguratorViewsTr::tr("%1 is not in the catalog.").arg(itemNumber);
        break;
    case SocketCheck::Outcome::NotASocket:
        m_message = ConfiguratorViewsTr::tr("%1 is not a socket: start an assembly from a socket.").arg(itemNumber);
        break;
    case SocketCheck::Outcome::Fits:
        m_message.clear();
        m_undoStack->push(new CmdSetSocket(m_editor, check.itemNumber));
        updateStatus();
        return true;
    }
    updateStatus();
    return false;
}

bool ConfiguratorView::requestMate(const QString &itemNumber)
{
    const PlugCheck check = m_editor->checkPlug(itemNumber);
    if (check.outcome == PlugCheck::Outcome::NoSocket || check.outcome == PlugCheck::Outcome::NotInCatalog)
        return false;
    m_message.clear();
    if (check.outcome == PlugCheck::Outcome::Refused) {
        if (m_counterparts->currentItemNumber() != itemNumber)
            m_counterparts->selectItem(itemNumber);
        showCandidate(itemNumber);
        m_scene->showRefused(*check.verdict);
        m_refusedItem = itemNumber;
        m_refusedText = check.verdict->reasonMessages().join(QLatin1Char(' '));
        updateStatus();
        return false;
    }
    m_refusedItem.clear();
    m_undoStack->push(new CmdSetPlug(m_editor, check.itemNumber));
    updateStatus();
    return m_editor->assembly().plug.itemNumber == check.itemNumber;
}

void ConfiguratorView::fitToView()
{
    m_view->fitToView();
}

void ConfiguratorView::showCandidate(const QString &itemNumber)
{
    m_refusedItem.clear();
    m_scene->setParts(m_editor->socket(), m_editor->plug(), m_editor->part(itemNumber));
    updateStatus();
}

void ConfiguratorView::spareToggled(bool spare)
{
    if (spare) {
        m_undoStack->push(new CmdSetPlug(m_editor, QString()));
        return;
    }
    // Unticked: mate the plug picked in the list, else the first that mates.
    QString item = m_counterparts->currentItemNumber();
    if (item.isEmpty())
        item = m_editor->firstMate();
    if (item.isEmpty() || !requestMate(item)) {
        const QSignalBlocker blocker(m_spare);
        m_spare->setChecked(m_editor->assembly().isSpareOutlet());
    }
}

void ConfiguratorView::editInput(CmdSetSideInput::Side side, CmdSetSideInput::Input input,
                                 const QVariant &value)
{
    m_undoStack->push(new CmdSetSideInput(m_editor, side, input, value));
}

void ConfiguratorView::refresh()
{
    const Assembly &assembly = m_editor->assembly();
    const bool hasSocket = !assembly.socket.itemNumber.isEmpty();
    if (m_listedSocket != assembly.socket.itemNumber) {
        m_listedSocket = assembly.socket.itemNumber;
        m_socketEdit->setText(m_listedSocket);
        m_counterparts->setCandidates(m_listedSocket, m_editor->mates(), m_editor->nearMisses(),
                                      m_editor->undecided(), m_editor->others());
    }
    if (!assembly.plug.itemNumber.isEmpty())
        m_counterparts->selectItem(assembly.plug.itemNumber);
    m_refusedItem.clear();
    m_scene->setParts(m_editor->socket(), m_editor->plug(), m_editor->part(m_counterparts->currentItemNumber()));
    m_scene->setAccessories(accessoryOutlinesOf(*m_editor));
    {
        const QSignalBlocker blocker(m_spare);
        m_spare->setChecked(hasSocket && assembly.isSpareOutlet());
    }
    m_spare->setEnabled(hasSocket);
    m_socketInputs->setEnabled(hasSocket);
    m_plugInputs->setEnabled(!assembly.plug.itemNumber.isEmpty());
    m_socketInputs->setValues(assembly.socket);
    m_plugInputs->setValues(assembly.plug);

    // Errors go where their input is: to the side whose part they name.
    m_socketInputs->setErrors(m_editor->socketErrors());
    m_plugInputs->setErrors(m_editor->plugErrors());
    m_accessories->showEditor();
    m_summary->setHtml(AssemblySummaryHtml::html(*m_editor));
    updateStatus();
}

void ConfiguratorView::updateStatus()
{
    const Assembly &assembly = m_editor->assembly();
    QString html;
    if (!m_message.isEmpty()) {
        html = QStringLiteral("<span style=\"color:#b00000\">%1</span>").arg(m_message.toHtmlEscaped());
    } else if (!m_refusedItem.isEmpty()) {
        html = QStringLiteral("<span style=\"color:#b00000\"><b>%1</b> %2</span>")
                   .arg(ConfiguratorViewsTr::tr("%1 does not mate with %2:").arg(m_refusedItem, assembly.socket.itemNumber).toHtmlEscaped(),
                        m_refusedText.toHtmlEscaped());
    } else if (assembly.socket.itemNumber.isEmpty()) {
        html = ConfiguratorViewsTr::tr("Choose a socket: type its item number, or use Assembly ▸ Configure with this Socket in the catalog.")
                   .toHtmlEscaped();
    } else if (assembly.plug.itemNumber.isEmpty()) {
        html = ConfiguratorViewsTr::tr("%1 is not mated (spare socket). Drag a plug onto it, or press Enter on one in the list.")
                   .arg(assembly.socket.itemNumber)
                   .toHtmlEscaped();
    } else {
        const std::optional<MatingVerdict> &verdict = m_editor->result().mating;
        QString text = ConfiguratorViewsTr::tr("%1 and %2 are mated.").arg(assembly.socket.itemNumber, assembly.plug.itemNumber);
        if (verdict && !verdict->mates())
            text = verdict->summary();
        html = QStringLiteral("<span style=\"color:#006000\">%1</span>").arg(text.toHtmlEscaped());
    }
    m_status->setText(html);
}

} // namespace cc
