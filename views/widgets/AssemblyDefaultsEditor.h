#pragma once

#include "models/rules/AssemblyDefaults.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cc {

// Edits what decides the choices the user has not made in an assembly
// (AssemblyDefaults): the accessory colours in order of preference (add,
// remove, move up and down) and the lever operation. Settings ▸ Defaults
// and Project ▸ Properties… show it.
class AssemblyDefaultsEditor : public QWidget
{
    Q_OBJECT

public:
    // Whether "none" is offered for the lever operation (the choice then
    // stays open): a project may leave it open, the Settings always name one.
    enum class Operation { Required, MayStayOpen };

    explicit AssemblyDefaultsEditor(Operation operation, QWidget *parent = nullptr);

    void setDefaults(const AssemblyDefaults &defaults);
    AssemblyDefaults defaults() const;

    // Adds a colour at the end (once, whatever its case); false when empty
    // or already listed.
    bool addColour(const QString &colour);
    void removeCurrentColour();
    // Moves the current colour up (-1) or down (+1).
    void moveCurrentColour(int offset);

    QListWidget *colourList() const { return m_colours; }
    QLineEdit *colourEdit() const { return m_newColour; }
    QComboBox *leverOperationBox() const { return m_leverOperation; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

signals:
    void edited();

private:
    void updateButtons();

    QListWidget *m_colours;
    QLineEdit *m_newColour;
    QComboBox *m_leverOperation;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace cc
