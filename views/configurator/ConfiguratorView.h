#pragma once

#include "models/configurator/WarningTarget.h"
#include "models/configurator/cmd/CmdSetSideInput.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSplitter;
class QTextBrowser;
class QUndoStack;

namespace cc {

class AccessoryPanel;
class AssemblyEditor;
class CatalogSession;
class CounterpartList;
class MatingScene;
class MatingView;
class SideInputsBox;

// The configurator: start an assembly from a socket, pick or drag a plug
// onto it, give the inputs of both sides and see the ratings and approvals,
// and below, across the whole width, the accessories: the choices, the parts
// table (items and quantities) and the warnings, each leading to the control
// that resolves it. Every change is one step on the undo
// stack it is given. It works with the catalog of the session it is given
// (its editor follows the session: another catalog starts over, changed
// parts are read again); the editor decides, the view shows.
class ConfiguratorView : public QWidget
{
    Q_OBJECT

public:
    ConfiguratorView(CatalogSession *session, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Starts an assembly from `itemNumber` (one undo step). False, with the
    // reason shown, when it is not a socket of the catalog.
    bool startWithSocket(const QString &itemNumber);
    // Mates `itemNumber` with the socket (one undo step) or, when the pair
    // does not mate, shows it refused. Returns whether it mated.
    bool requestMate(const QString &itemNumber);
    void fitToView();

    AssemblyEditor *editor() const { return m_editor; }
    CounterpartList *counterpartList() const { return m_counterparts; }
    MatingScene *scene() const { return m_scene; }
    MatingView *view() const { return m_view; }
    QLineEdit *socketEdit() const { return m_socketEdit; }
    QLabel *matingStatus() const { return m_status; }
    QCheckBox *spareCheck() const { return m_spare; }
    SideInputsBox *socketInputs() const { return m_socketInputs; }
    SideInputsBox *plugInputs() const { return m_plugInputs; }
    AccessoryPanel *accessoryPanel() const { return m_accessories; }
    QTextBrowser *summary() const { return m_summary; }
    // Splits the parts (below) from the drawing and inputs (above).
    QSplitter *partsSplitter() const { return m_partsSplitter; }

    // Focuses the control that resolves a warning: an input of a side, a
    // choice, or the item or quantity of a line of the parts table.
    void focusTarget(const WarningTarget &target);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createDrawingColumn();
    QWidget *createInputsColumn();
    AccessoryPanel *createAccessoryPanel();
    void refresh();
    void showCandidate(const QString &itemNumber);
    void updateStatus();
    void spareToggled(bool spare);
    void editInput(CmdSetSideInput::Side side, CmdSetSideInput::Input input, const QVariant &value);

    QUndoStack *m_undoStack;
    AssemblyEditor *m_editor;
    QLineEdit *m_socketEdit = nullptr;
    CounterpartList *m_counterparts = nullptr;
    MatingScene *m_scene = nullptr;
    MatingView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_spare = nullptr;
    SideInputsBox *m_socketInputs = nullptr;
    SideInputsBox *m_plugInputs = nullptr;
    AccessoryPanel *m_accessories = nullptr;
    QTextBrowser *m_summary = nullptr;
    QSplitter *m_partsSplitter = nullptr;
    QScrollArea *m_inputsScroll = nullptr;
    bool m_splitterPlaced = false;
    QString m_listedSocket;
    QString m_refusedItem;
    QString m_refusedText;
    QString m_message;
};

} // namespace cc
