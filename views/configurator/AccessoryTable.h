#pragma once

#include "models/configurator/AccessoryLine.h"

#include <QList>
#include <QTableWidget>
#include <optional>

class QComboBox;
class QSpinBox;
class QToolButton;

namespace cc {

class AssemblyEditor;

// The parts table of the configurator: one row per line of the editor
// (AssemblyEditor::lines()), required accessories first, then the optional
// ones with a check box each. Columns: the accessory (kind and side), the
// item (a combo box where several fit), the quantity per assembly (a spin
// box: the rule's or the default's value, marked so, until the user changes
// it; the button beside it returns to it) and what the line rests on (the
// rules' sentences in its tool tip). The table never scrolls sideways: item
// and quantity take the width they need, the accessory and basis columns
// share the rest and are elided.
class AccessoryTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { Accessory, Item, Quantity, Basis, ColumnCount };

    explicit AccessoryTable(const AssemblyEditor *editor, QWidget *parent = nullptr);

    // Shows the editor's lines; widgets of rows that stay are kept (the
    // focus stays where it is).
    void showLines();

    // The row of the first line of `kind` (and `side`, when given); -1: none.
    int rowOf(const QString &kind, const QString &side = QString()) const;
    // The controls of a row; nullptr where the row has none.
    QComboBox *itemBox(int row) const;
    QSpinBox *quantityBox(int row) const;
    QToolButton *resetButton(int row) const;
    QString itemText(int row) const;
    QString basisText(int row) const;
    bool isIncluded(int row) const;
    // Ticks or unticks an optional accessory, as a click on its box does.
    void setIncluded(int row, bool included);

    // Focuses the control of a line (for a warning that leads to it).
    void focusItem(int row);
    void focusQuantity(int row);

protected:
    void updateGeometries() override;

signals:
    // `quantity` empty: back to the rule's or the default's.
    void quantityEdited(int line, std::optional<int> quantity);
    // An empty item number takes the pick back.
    void itemPicked(int line, const QString &itemNumber);
    void optionalToggled(int line, bool included);

private:
    void showLine(int row, const AccessoryLine &line);
    void showItem(int row, const AccessoryLine &line);
    void showQuantity(int row, const AccessoryLine &line);
    QTableWidgetItem *textItem(int row, int column);
    QString itemLabel(const QString &itemNumber) const;
    void itemCellChanged(QTableWidgetItem *item);
    void showContextMenu(const QPoint &position);
    // Item and quantity as wide as their contents, the rest shared by the
    // accessory (up to its contents) and the basis.
    void fitColumns();

    const AssemblyEditor *m_editor;
    bool m_showing = false;
    bool m_fitting = false;
};

} // namespace cc
