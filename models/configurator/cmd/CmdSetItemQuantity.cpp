#include "models/configurator/cmd/CmdSetItemQuantity.h"

#include "models/configurator/AccessoryLines.h"
#include "models/configurator/ConfiguratorTr.h"

namespace cc {

namespace {

using From = AccessoryLine::QuantityFrom;

QString resetText(const AccessoryLine &line)
{
    const QString name = AccessoryLines::nameOf(line);
    if (!line.ruleQuantity)
        return ConfiguratorTr::tr("Clear the quantity of %1 %2").arg(name, line.itemNumber);
    return line.ruleQuantityFrom == From::Rule
        ? ConfiguratorTr::tr("Quantity of %1 %2 back to the rule's (%3)")
              .arg(name, line.itemNumber)
              .arg(*line.ruleQuantity)
        : ConfiguratorTr::tr("Quantity of %1 %2 back to the default (%3)")
              .arg(name, line.itemNumber)
              .arg(*line.ruleQuantity);
}

} // namespace

CmdSetItemQuantity::CmdSetItemQuantity(AssemblyEditor *editor, const AccessoryLine &line,
                                       std::optional<int> quantity)
    : CmdAssemblyEdit(editor)
    , m_lineKey(line.key())
    , m_quantity(quantity)
{
    if (line.isRequired()) {
        QList<ProjectItem> &chosen = afterChosen();
        if (line.chosenIndex >= 0) {
            ProjectItem &entry = chosen[line.chosenIndex];
            entry.quantity = quantity;
            // An entry that only carried the quantity of the only fitting
            // item goes: the line lists that item anyway.
            if (!quantity && !line.picked && entry.extra.isEmpty())
                chosen.removeAt(line.chosenIndex);
        } else if (quantity && line.hasItem()) {
            ProjectItem entry;
            entry.itemNumber = line.itemNumber;
            entry.quantity = quantity;
            entry.kind = line.kind;
            entry.side = line.side;
            chosen.append(entry);
        }
    } else if (line.optionalIndex >= 0) {
        // Ticked: never without a quantity.
        afterOptional()[line.optionalIndex].quantity = quantity ? quantity : line.ruleQuantity;
    }
    setText(quantity ? ConfiguratorTr::tr("Set the quantity of %1 %2 to %3")
                           .arg(AccessoryLines::nameOf(line), line.itemNumber)
                           .arg(*quantity)
                     : resetText(line));
    markObsoleteIfUnchanged();
}

bool CmdSetItemQuantity::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const CmdSetItemQuantity *>(other);
    if (!next || next->m_lineKey != m_lineKey || !m_quantity || !next->m_quantity)
        return false;
    m_quantity = next->m_quantity;
    afterState() = next->afterState();
    setText(next->text());
    markObsoleteIfUnchanged();
    return true;
}

} // namespace cc
