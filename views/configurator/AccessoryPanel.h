#pragma once

#include "models/rules/AssemblyResult.h"

#include <QWidget>

class QVBoxLayout;

namespace cc {

// The accessories of an assembly: the required items (each with its
// quantity and reason), the choices among fitting items (lever operation,
// colours) and the optional items the user may tick.
class AccessoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccessoryPanel(QWidget *parent = nullptr);

    void setResult(const AssemblyResult &result, const QStringList &tickedOptional);
    // The lines of the required list as shown, for tests and screen readers.
    QStringList requiredLines() const { return m_requiredLines; }

signals:
    void choiceEdited(const QString &kind, PartField attribute, const QString &value);
    void optionalToggled(const QString &itemNumber, const QString &kind, bool included);

private:
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    QStringList m_requiredLines;
};

} // namespace cc
