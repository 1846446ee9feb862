#include "models/configurator/cmd/CmdSetChoice.h"

#include "models/configurator/ConfiguratorTr.h"
#include "models/part/PartKinds.h"

namespace cc {

CmdSetChoice::CmdSetChoice(AssemblyEditor *editor, const QString &kind, PartField attribute,
                           const QString &value)
    : CmdAssemblyEdit(editor)
{
    const QString name = PartKinds::label(kind);
    if (attribute == PartField::Operation) {
        after().leverOperation = value;
        setText(value.isEmpty() ? ConfiguratorTr::tr("Clear the %1 operation").arg(name)
                                : ConfiguratorTr::tr("Choose %1 operation of the %2").arg(value, name));
    } else {
        if (value.isEmpty())
            after().colours.remove(kind);
        else
            after().colours.insert(kind, value);
        setText(value.isEmpty() ? ConfiguratorTr::tr("Clear the %1 colour").arg(name)
                                : ConfiguratorTr::tr("Choose %1 %2").arg(value, name));
    }
    markObsoleteIfUnchanged();
}

} // namespace cc
