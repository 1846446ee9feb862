#include "models/rules/AccessoryRuleBook.h"

#include "models/part/NumberText.h"
#include "models/part/PartKinds.h"
#include "models/rules/AccessorySelection.h"
#include "models/rules/RulesTr.h"

#include <cmath>
#include <utility>

namespace cc {

namespace {

bool isWhole(double value)
{
    return std::abs(value - std::round(value)) < 1e-9;
}

QString number(double value)
{
    return numberText(value);
}

// "flying side", "snap-in side", ...: what one `per side` counts.
QString sideLabel(const QString &appliesTo)
{
    if (appliesTo == QLatin1String("flying_side"))
        return RulesTr::tr("flying side");
    if (appliesTo == QLatin1String("snap_in_side"))
        return RulesTr::tr("snap-in side");
    if (appliesTo == QLatin1String("unmated_socket"))
        return RulesTr::tr("unmated socket");
    return RulesTr::tr("side");
}

QString sourcesText(const QStringList &sources)
{
    return sources.size() == 1
        ? RulesTr::tr("source %1").arg(sources.first())
        : RulesTr::tr("sources %1").arg(sources.join(QStringLiteral(", ")));
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

// The rule's quantity for the whole item, or an empty optional.
std::optional<double> total(const AccessoryRule &rule, const AccessoryRuleBook::Scope &scope)
{
    if (rule.per == QLatin1String("side"))
        return *rule.quantity * scope.sides;
    if (rule.per == QLatin1String("assembly"))
        return *rule.quantity;
    return std::nullopt;
}

} // namespace

AccessoryRuleBook::AccessoryRuleBook(QList<AccessoryRule> rules)
    : m_rules(std::move(rules))
{
}

QList<AccessoryRule> AccessoryRuleBook::rulesFor(const QString &kind,
                                                     const QString &appliesTo) const
{
    QList<AccessoryRule> result;
    for (const AccessoryRule &rule : m_rules) {
        if (rule.accessoryKind == kind && rule.appliesTo == appliesTo)
            result.append(rule);
    }
    return result;
}

void AccessoryRuleBook::setQuantity(AssemblyItem &item, const Scope &scope,
                                   const QList<PartRecord> &candidates,
                                   AssemblyResult &result) const
{
    const QList<AccessoryRule> rules = rulesFor(item.kind, scope.appliesTo);
    QList<AccessoryRule> stating;
    for (const AccessoryRule &rule : rules) {
        appendUnique(item.ruleSources, rule.sourceReference);
        if (rule.quantity && !rule.per.isEmpty())
            stating.append(rule);
    }
    AccessorySelection::setQuantityNotStated(item);
    item.quantitySources.clear();
    if (stating.isEmpty())
        return;

    // Sources that agree back the quantity together; sources that disagree
    // leave it unknown, as picking one would be a guess.
    const AccessoryRule &first = stating.first();
    QStringList quantities;
    for (const AccessoryRule &rule : stating) {
        appendUnique(quantities, RulesTr::tr("%1 per %2 (%3)")
                                     .arg(number(*rule.quantity), rule.per,
                                          rule.sourceReference));
        if (rule.per != first.per || std::abs(*rule.quantity - *first.quantity) > 1e-9) {
            // About the catalog's rules for the kind, not about a side.
            result.add(RuleMessage::warning(
                RuleMessage::Code::QuantitiesDisagree, RuleMessage::Side::None, QString(),
                RulesTr::tr("Data inconsistency: the catalog's rules state different quantities of %1: "
                   "%2. The quantity is left unknown.")
                    .arg(PartKinds::label(item.kind), quantities.join(QStringLiteral(", "))),
                {item.kind, scope.appliesTo}));
            return;
        }
    }
    QStringList sources;
    for (const AccessoryRule &rule : stating) {
        appendUnique(sources, rule.sourceReference);
        const ItemBasis basis{ItemBasis::Kind::Rule, rule.sourceReference, rule.note};
        if (!rule.note.isEmpty() && !item.basis.contains(basis))
            item.basis.append(basis);
    }

    if (first.per == QLatin1String("pole")) {
        if (!scope.connectorPoles)
            return;
        const double poles = *first.quantity * *scope.connectorPoles;
        if (!isWhole(poles)
            || !AccessorySelection::setQuantityByPoles(item, static_cast<int>(std::lround(poles)),
                                                       candidates))
            return;
        item.quantityText += QStringLiteral(" (%1)").arg(sourcesText(sources));
        item.quantitySources = sources;
        return;
    }
    const std::optional<double> count = total(first, scope);
    if (!count)
        return;
    if (isWhole(*count))
        item.quantity = static_cast<int>(std::lround(*count));
    const QString unit = first.per == QLatin1String("side") ? sideLabel(scope.appliesTo)
                                                           : RulesTr::tr("connection");
    const QString rate = RulesTr::tr("%1 per %2").arg(number(*first.quantity), unit);
    const bool scaled = first.per == QLatin1String("side") && scope.sides != 1;
    item.quantityText = scaled ? RulesTr::tr("%1 (%2, %3)").arg(number(*count), rate, sourcesText(sources))
                               : RulesTr::tr("%1 (%2)").arg(rate, sourcesText(sources));
    item.quantitySources = sources;
}

} // namespace cc
