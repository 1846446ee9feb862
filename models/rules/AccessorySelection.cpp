#include "models/part/Colours.h"
#include "models/part/LeverOperations.h"
#include "models/part/NumberText.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"
#include "models/rules/AccessorySelection.h"
#include "models/rules/RulesTr.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace cc {

QStringList AccessorySelection::itemNumbers(const QList<PartRecord> &parts)
{
    QStringList list;
    for (const PartRecord &part : parts)
        list.append(part.itemNumber());
    return list;
}

QStringList AccessorySelection::values(const QList<PartRecord> &parts, PartField field)
{
    QStringList list;
    for (const PartRecord &part : parts) {
        const QString value = part.text(field);
        if (!value.isEmpty() && !list.contains(value))
            list.append(value);
    }
    std::sort(list.begin(), list.end());
    return list;
}

QList<PartRecord> AccessorySelection::choose(const QList<PartRecord> &parts, const QString &kind,
                                             PartField field, const ChoiceInput &input,
                                             AssemblyResult &result)
{
    const QStringList options = values(parts, field);
    QString selected = input.chosen;
    AssemblyChoice::By by = selected.isEmpty() ? AssemblyChoice::By::Open : AssemblyChoice::By::User;
    if (selected.isEmpty() && options.size() > 1) {
        for (const QString &preferred : input.preferred) {
            const auto match = std::find_if(options.begin(), options.end(), [&](const QString &option) {
                return option.compare(preferred, Qt::CaseInsensitive) == 0;
            });
            if (match != options.end()) {
                selected = *match;
                by = AssemblyChoice::By::Default;
                break;
            }
        }
    }
    if (selected.isEmpty() && options.size() == 1)
        by = AssemblyChoice::By::Only;
    if (!options.isEmpty()) {
        AssemblyChoice *choice = nullptr;
        for (AssemblyChoice &entry : result.choices) {
            if (entry.kind == kind && entry.attribute == field)
                choice = &entry;
        }
        if (!choice) {
            result.choices.append({kind, field, {}, selected, by});
            choice = &result.choices.last();
        }
        for (const QString &option : options) {
            if (!choice->options.contains(option))
                choice->options.append(option);
        }
        std::sort(choice->options.begin(), choice->options.end());
    }
    if (selected.isEmpty())
        return parts;
    QList<PartRecord> kept;
    for (const PartRecord &part : parts) {
        if (part.text(field).compare(selected, Qt::CaseInsensitive) == 0)
            kept.append(part);
    }
    if (kept.isEmpty() && !parts.isEmpty()) {
        const QString attribute =
            field == PartField::Operation ? RulesTr::tr("operation type") : PartFields::key(field);
        // The choice is the assembly's (one per kind and attribute), not a side's.
        result.add(RuleMessage::error(
            RuleMessage::Code::ChoiceNotAvailable, RuleMessage::Side::Connection, QString(),
            RulesTr::tr("No fitting %1 has the %2 %3; the fitting ones have: %4.")
                .arg(PartKinds::label(kind), attribute, selected,
                     options.isEmpty() ? RulesTr::tr("not stated") : options.join(QStringLiteral(", "))),
            QStringList{kind, PartFields::key(field), selected} + options));
    }
    return kept;
}

QList<ItemBasis> AccessorySelection::defaultsChosen(const AssemblyResult &result,
                                                    const QString &kind)
{
    QList<ItemBasis> basis;
    for (const AssemblyChoice &choice : result.choices) {
        if (choice.kind != kind || choice.selectedBy != AssemblyChoice::By::Default)
            continue;
        const QString what = choice.attribute == PartField::Operation
            ? RulesTr::tr("operation: %1").arg(LeverOperations::table().label(choice.selected))
            : RulesTr::tr("colour: %1").arg(Colours::label(choice.selected));
        basis.append({ItemBasis::Kind::Default, QString(), what});
    }
    return basis;
}

QString AccessorySelection::rangeText(const std::optional<double> &min,
                                      const std::optional<double> &max, const QString &unit)
{
    if (min && max)
        return RulesTr::tr("%1 ... %2 %3").arg(numberText(*min), numberText(*max), unit);
    if (min)
        return RulesTr::tr("from %1 %2").arg(numberText(*min), unit);
    if (max)
        return RulesTr::tr("up to %1 %2").arg(numberText(*max), unit);
    return RulesTr::tr("range not stated");
}

QString AccessorySelection::rangesText(const QList<PartRecord> &parts, PartField minField,
                                       PartField maxField, const QString &unit)
{
    struct Group
    {
        std::optional<double> min;
        std::optional<double> max;
        QStringList items;
    };
    QList<Group> groups;
    for (const PartRecord &part : parts) {
        const auto min = part.number(minField);
        const auto max = part.number(maxField);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &group) {
            return group.min == min && group.max == max;
        });
        if (it == groups.end())
            groups.append({min, max, {part.itemNumber()}});
        else
            it->items.append(part.itemNumber());
    }
    // Smallest first; unstated ranges last.
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        const double infinity = std::numeric_limits<double>::infinity();
        return std::pair(a.min.value_or(infinity), a.max.value_or(infinity))
            < std::pair(b.min.value_or(infinity), b.max.value_or(infinity));
    });
    QStringList texts;
    for (const Group &group : groups)
        texts.append(rangeText(group.min, group.max, unit) + QStringLiteral(" (")
                     + group.items.join(QStringLiteral(", ")) + QLatin1Char(')'));
    return texts.join(QStringLiteral("; "));
}

bool AccessorySelection::inRange(const PartRecord &part, PartField minField,
                                 PartField maxField, double value)
{
    const auto min = part.number(minField);
    const auto max = part.number(maxField);
    return min && max && value >= *min - 1e-9 && value <= *max + 1e-9;
}

bool AccessorySelection::setQuantityByPoles(AssemblyItem &item, int polesNeeded,
                                            const QList<PartRecord> &candidates)
{
    std::optional<int> itemPoles;
    bool separable = !candidates.isEmpty();
    for (const PartRecord &candidate : candidates) {
        const auto poles = candidate.poles();
        if (!poles || *poles <= 0 || (itemPoles && *itemPoles != *poles)) {
            setQuantityNotStated(item);
            return false;
        }
        itemPoles = poles;
        separable = separable && candidate.separable().value_or(0) == 1;
    }
    if (!itemPoles || polesNeeded <= 0) {
        setQuantityNotStated(item);
        return false;
    }
    if (polesNeeded % *itemPoles == 0) {
        item.quantity = polesNeeded / *itemPoles;
        item.quantityText = numberText(*item.quantity);
        return true;
    }
    if (separable && *itemPoles > polesNeeded) {
        item.quantity.reset();
        item.polesUsed = polesNeeded;
        item.polesPerItem = *itemPoles;
        item.quantityText = RulesTr::tr("%1 of the %2 poles of one separable item").arg(polesNeeded)
                                .arg(*itemPoles);
        return true;
    }
    setQuantityNotStated(item);
    return false;
}

void AccessorySelection::setQuantityNotStated(AssemblyItem &item)
{
    item.quantity.reset();
    item.quantityText = RulesTr::tr("quantity not stated by the catalog");
}

} // namespace cc
