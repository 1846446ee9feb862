#pragma once

#include "models/configurator/AssemblyWarning.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cc {

// What is left open in the assembly, under its parts table: one line per
// warning (errors in red). A warning that an input, a choice or a line of
// the table resolves is a link; following it asks for that control.
class WarningList : public QWidget
{
    Q_OBJECT

public:
    explicit WarningList(QWidget *parent = nullptr);

    void setWarnings(const QList<AssemblyWarning> &warnings);
    const QList<AssemblyWarning> &warnings() const { return m_warnings; }
    QStringList texts() const;
    // The label of the warning at `index` (a link when it can be resolved).
    QLabel *label(int index) const;

signals:
    void targetActivated(const cc::WarningTarget &target);

private:
    QVBoxLayout *m_layout;
    QList<AssemblyWarning> m_warnings;
    QList<QLabel *> m_labels;
};

} // namespace cc
