#include "models/configurator/AccessoryLines.h"

#include "models/configurator/ConfiguratorTr.h"
#include "models/part/PartKinds.h"

namespace cc {

namespace {

using From = AccessoryLine::QuantityFrom;

ItemBasis quantityBasis(ItemBasis::Kind kind, int quantity)
{
    return { kind, QString(), ConfiguratorTr::tr("quantity %1").arg(quantity) };
}

void setOrdinal(AccessoryLine &line, const QList<AccessoryLine> &before)
{
    for (const AccessoryLine &other : before) {
        if (other.need == line.need && other.kind == line.kind && other.side == line.side)
            ++line.ordinal;
    }
}

// The user's entry for a required item, as the bill of materials finds it:
// the first entry not used yet of the item's kind (or, without a kind, one
// of its candidates) and side (or any side).
int pickFor(const AssemblyItem &item, const QList<ProjectItem> &chosen, const QList<bool> &used)
{
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const ProjectItem &entry = chosen.at(i);
        const bool kindFits = entry.kind.isEmpty() ? item.candidates.contains(entry.itemNumber)
                                                   : entry.kind == item.kind;
        const bool sideFits = entry.side.isEmpty() || entry.side == item.side;
        if (!used.at(i) && kindFits && sideFits)
            return int(i);
    }
    return -1;
}

AccessoryLine requiredLine(const AssemblyItem &item, const QList<ProjectItem> &chosen,
                           QList<bool> &used)
{
    AccessoryLine line;
    line.need = AccessoryLine::Need::Required;
    line.kind = item.kind;
    line.side = item.side;
    line.candidates = item.candidates;
    line.reason = item.reason;
    line.quantityText = item.quantityText;
    line.quantitySources = item.quantitySources;
    line.ruleQuantity = item.quantity;
    line.polesUsed = item.polesUsed;
    line.polesPerItem = item.polesPerItem;
    line.basis = item.basis;
    line.chosenIndex = pickFor(item, chosen, used);
    const ProjectItem *pick = line.chosenIndex >= 0 ? &chosen.at(line.chosenIndex) : nullptr;
    if (pick) {
        used[line.chosenIndex] = true;
        line.itemNumber = pick->itemNumber;
        line.picked = item.candidates.size() != 1 || item.candidates.first() != pick->itemNumber;
    } else if (item.candidates.size() == 1) {
        line.itemNumber = item.candidates.first();
    }
    if (item.quantity)
        line.ruleQuantityFrom = From::Rule;
    else if (item.polesUsed && item.polesPerItem)
        line.ruleQuantityFrom = From::Poles;
    if (pick && pick->quantity) {
        line.quantity = pick->quantity;
        line.quantityFrom = From::User;
        line.basis.append(quantityBasis(ItemBasis::Kind::User, *pick->quantity));
    } else if (item.quantity) {
        line.quantity = item.quantity;
        line.quantityFrom = From::Rule;
    } else if (item.polesUsed && item.polesPerItem) {
        line.quantityFrom = From::Poles;
    }
    return line;
}

// An optional accessory as ticked (`entry`) or not (nullptr).
AccessoryLine optionalLine(const AssemblyItem *offered, const ProjectItem *entry)
{
    AccessoryLine line;
    line.need = AccessoryLine::Need::Optional;
    line.side = offered ? offered->side : QStringLiteral("connection");
    line.kind = offered ? offered->kind : entry->kind;
    line.candidates = offered ? offered->candidates : QStringList { entry->itemNumber };
    if (offered) {
        line.reason = offered->reason;
        line.quantityText = offered->quantityText;
        line.quantitySources = offered->quantitySources;
        line.ruleQuantity = offered->quantity;
        line.basis = offered->basis;
    }
    const bool ruleCounts = line.ruleQuantity.has_value();
    if (!ruleCounts)
        line.ruleQuantity = 1; // one per assembly, as a default
    line.ruleQuantityFrom = ruleCounts ? From::Rule : From::Default;
    line.included = entry != nullptr;
    line.itemNumber = entry ? entry->itemNumber : line.candidates.value(0);
    line.picked = entry != nullptr;
    const std::optional<int> quantity = entry ? entry->quantity : std::nullopt;
    line.quantity = quantity ? quantity : line.ruleQuantity;
    line.quantityFrom
        = quantity && *quantity != *line.ruleQuantity ? From::User : line.ruleQuantityFrom;
    if (line.quantityFrom == From::User)
        line.basis.append(quantityBasis(ItemBasis::Kind::User, *line.quantity));
    else if (line.quantityFrom == From::Default)
        line.basis.append(quantityBasis(ItemBasis::Kind::Default, *line.quantity));
    return line;
}

} // namespace

QList<AccessoryLine> AccessoryLines::of(const AssemblyResult &result,
                                        const ConfiguredAssembly &state)
{
    QList<AccessoryLine> lines;
    const auto add = [&lines](AccessoryLine line) {
        setOrdinal(line, lines);
        lines.append(line);
    };
    QList<bool> chosenUsed(state.chosenItems.size(), false);
    for (const AssemblyItem &item : result.requiredItems)
        add(requiredLine(item, state.chosenItems, chosenUsed));

    QList<bool> ticked(state.optionalItems.size(), false);
    for (const AssemblyItem &offered : result.optionalItems) {
        bool any = false;
        for (qsizetype i = 0; i < state.optionalItems.size(); ++i) {
            const ProjectItem &entry = state.optionalItems.at(i);
            if (ticked.at(i) || !offered.candidates.contains(entry.itemNumber))
                continue;
            ticked[i] = true;
            any = true;
            AccessoryLine line = optionalLine(&offered, &entry);
            line.optionalIndex = int(i);
            add(line);
        }
        if (!any)
            add(optionalLine(&offered, nullptr));
    }
    // Ticked items the rules do not offer (any more): listed, so that they can be unticked.
    for (qsizetype i = 0; i < state.optionalItems.size(); ++i) {
        if (ticked.at(i))
            continue;
        AccessoryLine line = optionalLine(nullptr, &state.optionalItems.at(i));
        line.optionalIndex = int(i);
        add(line);
    }
    return lines;
}

int AccessoryLines::optionalQuantity(const AssemblyResult &result, const QString &itemNumber)
{
    for (const AssemblyItem &offered : result.optionalItems) {
        if (offered.candidates.contains(itemNumber) && offered.quantity)
            return *offered.quantity;
    }
    return 1;
}

QString AccessoryLines::nameOf(const AccessoryLine &line)
{
    const QString kind = PartKinds::label(line.kind);
    if (line.side == QLatin1String("socket"))
        return ConfiguratorTr::tr("%1 for the socket side").arg(kind);
    if (line.side == QLatin1String("plug"))
        return ConfiguratorTr::tr("%1 for the plug side").arg(kind);
    return kind;
}

} // namespace cc
