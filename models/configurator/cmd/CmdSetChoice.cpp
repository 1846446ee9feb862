#include "models/configurator/cmd/CmdSetChoice.h"

namespace cc {

CmdSetChoice::CmdSetChoice(AssemblyEditor *editor, const QString &kind,
                                   const QString &attribute, const QString &value)
    : CmdAssemblyEdit(editor)
{
    const QString name = kindName(kind);
    if (attribute == QLatin1String("operation")) {
        after().leverOperation = value;
        setText(value.isEmpty() ? tr("Clear the %1 operation").arg(name)
                                : tr("Choose %1 operation of the %2").arg(value, name));
    } else {
        if (value.isEmpty())
            after().colours.remove(kind);
        else
            after().colours.insert(kind, value);
        setText(value.isEmpty() ? tr("Clear the %1 colour").arg(name)
                                : tr("Choose %1 %2").arg(value, name));
    }
    markObsoleteIfUnchanged();
}

QString CmdSetChoice::kindName(const QString &kind)
{
    QString name = kind;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name;
}

} // namespace cc
