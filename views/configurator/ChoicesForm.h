#pragma once

#include "models/part/PartField.h"
#include "models/rules/AssemblyChoice.h"

#include <QList>
#include <QWidget>

class QComboBox;

namespace cc {

// The choices among fitting accessories (lever operation, colours), one
// combo box each, above the parts table, in as many rows as the width
// needs. The first entry is what applies when the user chooses nothing:
// the default ("black (default)"), or "not chosen" where no default
// decides; the options follow.
class ChoicesForm : public QWidget
{
    Q_OBJECT

public:
    explicit ChoicesForm(QWidget *parent = nullptr);

    void setChoices(const QList<AssemblyChoice> &choices);
    // The combo box of a choice; nullptr when the assembly has no such choice.
    QComboBox *box(const QString &kind, PartField attribute) const;
    static QString objectNameOf(const QString &kind, PartField attribute);

signals:
    // An empty value: the user's choice is taken back (the default applies).
    void choiceEdited(const QString &kind, cc::PartField attribute, const QString &value);

private:
    static void fill(QComboBox *box, const AssemblyChoice &choice);

    QList<AssemblyChoice> m_choices;
    QList<QWidget *> m_groups; // a label and its box
    QList<QComboBox *> m_boxes;
};

} // namespace cc
