#include "models/bom/BillOfMaterials.h"

#include "models/bom/BomTr.h"
#include "models/catalog/PartCatalog.h"
#include "models/part/ApprovalKinds.h"
#include "models/part/PartKinds.h"
#include "models/part/PartTr.h"
#include "models/project/Project.h"
#include "models/rules/AssemblyEvaluator.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace cc {

namespace {

// What a warning of the bill is about. A finding met again (the same
// designation used twice, an item missing on two lines, the same rule
// finding of two assemblies of one designation) is listed once: findings
// are compared by these values, never by their sentences.
struct WarningKey
{
    enum class Code {
        NoDesignation,
        DesignationUsedTwice,
        RuleFinding, // an error or warning of the assembly rules
        NotInCatalog,
        Superseded,
        PickNotFitting,
        ChoiceNeeded,
        QuantityNotStated,
        QuantityNotGiven,
        NoParts,
        WeightNotKnown,
        FireLoadNotKnown,
    };

    Code code;
    QString designation;
    // What else the warning is about: item numbers, an accessory kind and
    // side, or the rule finding's key (RuleMessage::key()).
    QStringList about;

    QString id() const
    {
        QStringList parts{QString::number(static_cast<int>(code)), designation};
        parts.append(about);
        return parts.join(QChar(0x1f));
    }
};

using WarningCode = WarningKey::Code;

struct Tally
{
    int pieces = 0;
    // Separable items (lockout caps): poles used and poles per item.
    int poles = 0;
    int polesPerItem = 0;
    QStringList usedIn;
    QSet<QString> usedInSet; // the same, for a quick check
};

class Builder
{
public:
    Builder(const PartCatalog &catalog, BillOfMaterials &bom, AssemblyDefaults defaults,
            bool applyDefaults)
        : m_catalog(catalog)
        , m_bom(bom)
        , m_defaults(std::move(defaults))
        , m_applyDefaults(applyDefaults)
    {
    }

    void addAssembly(const ProjectAssembly &entry, int index)
    {
        const QString designation = entry.designation.trimmed().isEmpty()
            ? BomTr::tr("assembly %1").arg(index + 1)
            : entry.designation.trimmed();
        if (entry.designation.trimmed().isEmpty()) {
            warn({WarningCode::NoDesignation, designation, {}},
                 BomTr::tr("Assembly %1 has no designation.").arg(index + 1));
        }
        if (m_designations.contains(designation)) {
            warn({WarningCode::DesignationUsedTwice, designation, {}},
                 BomTr::tr("The designation %1 is used by more than one assembly.")
                     .arg(designation));
        }
        m_designations.insert(designation);

        const AssemblyResult &result = evaluated(entry.assembly);
        for (const RuleMessage &error : result.errors()) {
            warn({WarningCode::RuleFinding, designation, {error.key()}},
                 BomTr::tr("%1 cannot be built as given: %2")
                     .arg(designation, error.text));
        }
        for (const RuleMessage &warning : result.warnings()) {
            warn({WarningCode::RuleFinding, designation, {warning.key()}},
                 QStringLiteral("%1: %2").arg(designation, warning.text));
        }

        const int count = entry.quantity;
        add(entry.assembly.socket.itemNumber, count, designation);
        if (!entry.assembly.isSpareOutlet())
            add(entry.assembly.plug.itemNumber, count, designation);

        QList<bool> pickUsed(entry.chosenItems.size(), false);
        for (const AssemblyItem &item : result.requiredItems)
            addRequired(item, entry, designation, pickUsed);
        for (qsizetype i = 0; i < entry.chosenItems.size(); ++i) {
            if (!pickUsed.at(i))
                addChosen(entry.chosenItems.at(i), count, designation);
        }
        for (const ProjectItem &item : entry.optionalItems)
            addOptional(item, result, count, designation);
    }

    // A project repeats the same assembly under many designations: each
    // distinct one is evaluated once per build.
    const AssemblyResult &evaluated(const Assembly &assembly)
    {
        const QString key = keyOf(assembly);
        auto it = m_results.find(key);
        if (it == m_results.end())
            it = m_results.insert(key, AssemblyEvaluator(m_catalog, m_defaults).evaluate(assembly));
        return *it;
    }

    static QString keyOf(const Assembly &assembly)
    {
        QStringList parts;
        for (const Assembly::Side *side : {&assembly.socket, &assembly.plug}) {
            const auto number = [](const auto &value) {
                return value ? QString::number(*value, 'g', 17) : QStringLiteral("-");
            };
            parts << side->itemNumber << side->mounting << number(side->cable.outerDiameterMm)
                  << (side->cable.count ? QString::number(*side->cable.count) : QStringLiteral("-"))
                  << side->cable.conductorClass << number(side->cable.crossSectionMm2)
                  << number(side->panelThicknessMm);
        }
        parts << assembly.leverOperation;
        for (auto it = assembly.colours.cbegin(); it != assembly.colours.cend(); ++it)
            parts << it.key() + QLatin1Char('=') + it.value();
        return parts.join(QChar(0x1f));
    }

    void finish()
    {
        int position = 0;
        for (auto it = m_tallies.begin(); it != m_tallies.end(); ++it) {
            Tally tally = it.value();
            if (tally.poles > 0 && tally.polesPerItem > 0)
                tally.pieces += (tally.poles + tally.polesPerItem - 1) / tally.polesPerItem;
            m_bom.lines.append(line(it.key(), tally, ++position));
        }
        if (m_bom.lines.isEmpty())
            warn({WarningCode::NoParts, {}, {}},
                 BomTr::tr("The project has no parts to order."));
        const QStringList noWeight = m_bom.itemsWithoutWeight();
        if (!noWeight.isEmpty()) {
            warn({WarningCode::WeightNotKnown, {}, noWeight},
                 BomTr::tr("Total weight not known: the catalog states no weight for %1.")
                     .arg(noWeight.join(QStringLiteral(", "))));
        }
        const QStringList noFireLoad = m_bom.itemsWithoutFireLoad();
        if (!noFireLoad.isEmpty()) {
            warn({WarningCode::FireLoadNotKnown, {}, noFireLoad},
                 BomTr::tr("Total fire load not known: the catalog states no fire load "
                                     "for %1.")
                     .arg(noFireLoad.join(QStringLiteral(", "))));
        }
    }

private:
    // Lists `message` unless a warning with the same key is listed.
    void warn(const WarningKey &key, const QString &message)
    {
        const QString id = key.id();
        if (!m_warned.contains(id)) {
            m_warned.insert(id);
            m_bom.warnings.append(message);
        }
    }

    // The catalog's number for an item: a superseded number leads to its successor.
    QString resolve(const QString &itemNumber, const QString &designation)
    {
        const std::optional<PartRecord> &part = find(itemNumber);
        if (!part) {
            warn({WarningCode::NotInCatalog, designation, {itemNumber}},
                 BomTr::tr("%1: %2 is not in the catalog.").arg(designation, itemNumber));
            return itemNumber;
        }
        if (part->itemNumber() != itemNumber) {
            warn({WarningCode::Superseded, designation, {itemNumber, part->itemNumber()}},
                 BomTr::tr("%1: %2 is superseded by %3; %3 is listed.")
                     .arg(designation, itemNumber, part->itemNumber()));
        }
        return part->itemNumber();
    }

    const std::optional<PartRecord> &find(const QString &itemNumber)
    {
        auto it = m_parts.find(itemNumber);
        if (it == m_parts.end())
            it = m_parts.insert(itemNumber, m_catalog.find(itemNumber));
        return *it;
    }

    Tally &tally(const QString &itemNumber, const QString &designation)
    {
        Tally &entry = m_tallies[itemNumber];
        if (!entry.usedInSet.contains(designation)) {
            entry.usedInSet.insert(designation);
            entry.usedIn.append(designation);
        }
        return entry;
    }

    void add(const QString &itemNumber, int pieces, const QString &designation)
    {
        tally(resolve(itemNumber, designation), designation).pieces += pieces;
    }

    void addRequired(const AssemblyItem &item, const ProjectAssembly &entry,
                     const QString &designation, QList<bool> &pickUsed)
    {
        const QString label = PartKinds::label(item.kind);
        const ProjectItem *pick = nullptr;
        for (qsizetype i = 0; i < entry.chosenItems.size(); ++i) {
            const ProjectItem &candidate = entry.chosenItems.at(i);
            const bool kindFits = candidate.kind.isEmpty() ? item.candidates.contains(candidate.itemNumber)
                                                           : candidate.kind == item.kind;
            const bool sideFits = candidate.side.isEmpty() || candidate.side == item.side;
            if (!pickUsed.at(i) && kindFits && sideFits) {
                pick = &candidate;
                pickUsed[i] = true;
                break;
            }
        }
        QString itemNumber;
        if (pick) {
            itemNumber = pick->itemNumber;
            if (!item.candidates.contains(itemNumber)) {
                warn({WarningCode::PickNotFitting, designation,
                      QStringList{itemNumber, item.kind} + item.candidates},
                     BomTr::tr("%1: %2, chosen as %3, is not one of the fitting items "
                                         "(%4).")
                         .arg(designation, itemNumber, label,
                              item.candidates.join(QStringLiteral(", "))));
            }
        } else if (item.candidates.size() == 1) {
            itemNumber = item.candidates.first();
        } else {
            warn({WarningCode::ChoiceNeeded, designation,
                  QStringList{item.kind, item.side} + item.candidates},
                 BomTr::tr("%1 needs a %2 (%3): choose one of %4.")
                     .arg(designation, label, item.side,
                          item.candidates.join(QStringLiteral(", "))));
            return;
        }
        const QString resolved = resolve(itemNumber, designation);
        addBasis(resolved, item.basis);
        if (pick && pick->quantity) {
            addBasis(resolved, {{ItemBasis::Kind::User, QString(),
                                 BomTr::tr("quantity %1").arg(*pick->quantity)}});
            add(itemNumber, *pick->quantity * entry.quantity, designation);
        } else if (item.quantity) {
            add(itemNumber, *item.quantity * entry.quantity, designation);
        } else if (item.polesUsed && item.polesPerItem) {
            Tally &entryTally = tally(resolve(itemNumber, designation), designation);
            entryTally.poles += *item.polesUsed * entry.quantity;
            entryTally.polesPerItem = *item.polesPerItem;
        } else {
            warn({WarningCode::QuantityNotStated, designation, {item.kind, itemNumber}},
                 BomTr::tr("Quantity of %1 (%2) for %3 not stated by the catalog: "
                                     "choose it yourself.")
                     .arg(label, itemNumber, designation));
        }
    }

    // An optional accessory the user added: its quantity is the user's,
    // else the rule's, else one per assembly as a default. A quantity the
    // file gives that is the rule's (or, where no rule counts, the one per
    // assembly) rests on what the rule or the default rests on, as the
    // configurator writes them when an accessory is ticked.
    void addOptional(const ProjectItem &item, const AssemblyResult &result, int count,
                     const QString &designation)
    {
        if (!m_applyDefaults) {
            addChosen(item, count, designation);
            return;
        }
        const QString resolved = resolve(item.itemNumber, designation);
        const AssemblyItem *offered = nullptr;
        for (const AssemblyItem &candidate : result.optionalItems) {
            if (!offered && candidate.candidates.contains(item.itemNumber))
                offered = &candidate;
        }
        const std::optional<int> ruleQuantity = offered ? offered->quantity : std::nullopt;
        const int quantity = item.quantity.value_or(ruleQuantity.value_or(1));
        if (offered)
            addBasis(resolved, offered->basis);
        if (ruleQuantity && quantity == *ruleQuantity) {
            // as the rule counts it
        } else if (!ruleQuantity && quantity == 1) {
            addBasis(resolved,
                     { { ItemBasis::Kind::Default, QString(), BomTr::tr("quantity 1") } });
        } else {
            addBasis(
                resolved,
                { { ItemBasis::Kind::User, QString(), BomTr::tr("quantity %1").arg(quantity) } });
        }
        add(item.itemNumber, quantity * count, designation);
    }

    void addBasis(const QString &itemNumber, const QList<ItemBasis> &basis)
    {
        QList<ItemBasis> &known = m_basis[itemNumber];
        for (const ItemBasis &entry : basis) {
            if (!known.contains(entry))
                known.append(entry);
        }
    }

    void addChosen(const ProjectItem &item, int count, const QString &designation)
    {
        if (!item.quantity) {
            warn({WarningCode::QuantityNotGiven, designation, {item.itemNumber}},
                 BomTr::tr("%1: no quantity is given for %2; it is not listed.")
                     .arg(designation, item.itemNumber));
            return;
        }
        add(item.itemNumber, *item.quantity * count, designation);
    }

    BomLine line(const QString &itemNumber, const Tally &tally, int position)
    {
        BomLine line;
        line.position = position;
        line.itemNumber = itemNumber;
        line.quantity = tally.pieces;
        line.orderQuantity = tally.pieces;
        line.usedIn = tally.usedIn;
        line.basis = m_basis.value(itemNumber);
        const std::optional<PartRecord> &part = find(itemNumber);
        if (!part) {
            line.inCatalog = false;
            return line;
        }
        line.description = part->description();
        line.packagingUnit = part->packagingUnit();
        if (line.packagingUnit && *line.packagingUnit > 0) {
            const int unit = *line.packagingUnit;
            line.orderQuantity = (line.quantity + unit - 1) / unit * unit;
        } else {
            line.packagingUnit.reset();
        }
        line.gtin = part->gtin();
        line.customsTariff = part->customsTariff();
        line.countryOfOrigin = part->countryOfOrigin();
        line.unitWeightG = part->weightG();
        line.unitFireLoadMj = part->fireLoadMj();
        line.approvals = part->approvals;
        line.iecRating = rating(*part, QStringLiteral("IEC"));
        line.ulRating = rating(*part, QStringLiteral("UL"));
        return line;
    }

    // The market's general rating: the first without a condition.
    static std::optional<RatingRecord> rating(const PartRecord &part, const QString &market)
    {
        std::optional<RatingRecord> found;
        for (const RatingRecord &r : part.ratings) {
            if (r.market != market)
                continue;
            if (r.condition.isEmpty())
                return r;
            if (!found)
                found = r;
        }
        return found;
    }

    const PartCatalog &m_catalog;
    BillOfMaterials &m_bom;
    AssemblyDefaults m_defaults;
    bool m_applyDefaults;
    QHash<QString, AssemblyResult> m_results;
    QHash<QString, QList<ItemBasis>> m_basis; // by item number
    QSet<QString> m_warned; // the keys of the warnings listed so far
    QMap<QString, Tally> m_tallies; // by item number
    QHash<QString, std::optional<PartRecord>> m_parts;
    QSet<QString> m_designations;
};

} // namespace

BillOfMaterials BillOfMaterials::build(const Project &project, const PartCatalog &catalog,
                                       Defaults defaults)
{
    BillOfMaterials bom;
    bom.projectName = project.name;
    const bool apply = defaults == Defaults::Apply;
    Builder builder(catalog, bom, apply ? project.defaults : AssemblyDefaults(), apply);
    if (project.assemblies.isEmpty())
        bom.warnings.append(BomTr::tr("The project has no assemblies."));
    for (qsizetype i = 0; i < project.assemblies.size(); ++i)
        builder.addAssembly(project.assemblies.at(i), static_cast<int>(i));
    builder.finish();
    return bom;
}

QStringList BillOfMaterials::ruleNotes() const
{
    QStringList notes;
    for (const BomLine &line : lines) {
        for (const ItemBasis &basis : line.basis) {
            if (basis.kind == ItemBasis::Kind::Rule && !notes.contains(basis.ruleNote()))
                notes.append(basis.ruleNote());
        }
    }
    std::sort(notes.begin(), notes.end());
    return notes;
}

int BillOfMaterials::pieces() const
{
    int sum = 0;
    for (const BomLine &line : lines)
        sum += line.quantity;
    return sum;
}

int BillOfMaterials::orderPieces() const
{
    int sum = 0;
    for (const BomLine &line : lines)
        sum += line.orderQuantity;
    return sum;
}

std::optional<double> BillOfMaterials::weightG() const
{
    if (!itemsWithoutWeight().isEmpty())
        return std::nullopt;
    return knownWeightG();
}

std::optional<double> BillOfMaterials::fireLoadMj() const
{
    if (!itemsWithoutFireLoad().isEmpty())
        return std::nullopt;
    return knownFireLoadMj();
}

double BillOfMaterials::knownWeightG() const
{
    double sum = 0;
    for (const BomLine &line : lines)
        sum += line.weightG().value_or(0.0);
    return rounded(sum);
}

double BillOfMaterials::knownFireLoadMj() const
{
    double sum = 0;
    for (const BomLine &line : lines)
        sum += line.fireLoadMj().value_or(0.0);
    return rounded(sum);
}

QStringList BillOfMaterials::itemsWithoutWeight() const
{
    QStringList items;
    for (const BomLine &line : lines) {
        if (!line.unitWeightG)
            items.append(line.itemNumber);
    }
    return items;
}

QStringList BillOfMaterials::itemsWithoutFireLoad() const
{
    QStringList items;
    for (const BomLine &line : lines) {
        if (!line.unitFireLoadMj)
            items.append(line.itemNumber);
    }
    return items;
}

QString BillOfMaterials::ratingText(const std::optional<RatingRecord> &rating)
{
    if (!rating || (!rating->voltageV && !rating->currentA))
        return PartTr::notKnown();
    const QString voltage = rating->voltageV ? number(*rating->voltageV) + QStringLiteral(" V")
                                             : BomTr::tr("voltage not known");
    const QString current = rating->currentA ? number(*rating->currentA) + QStringLiteral(" A")
                                             : BomTr::tr("current not known");
    return voltage + QStringLiteral(" / ") + current;
}

QString BillOfMaterials::approvalText(const ApprovalRecord &approval)
{
    QString text = approval.mark.isEmpty() ? approval.issuer : approval.mark;
    if (text.isEmpty())
        text = ApprovalKinds::table().title(approval.kind);
    else if (approval.mark.isEmpty() && approval.kind == QLatin1String("declaration"))
        text = BomTr::tr("Declaration of conformity (%1)").arg(text);
    if (!approval.standard.isEmpty())
        text += QLatin1Char(' ') + approval.standard;
    if (!approval.certificate.isEmpty())
        text += QStringLiteral(": ") + approval.certificate;
    return text;
}

QString BillOfMaterials::approvalsText(const QList<ApprovalRecord> &approvals)
{
    if (approvals.isEmpty())
        return PartTr::notKnown();
    QStringList texts;
    for (const ApprovalRecord &approval : approvals)
        texts.append(approvalText(approval));
    return texts.join(QStringLiteral("; "));
}

double BillOfMaterials::rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

QString BillOfMaterials::number(double value, int decimals)
{
    QString text = QString::number(rounded(value, decimals), 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

} // namespace cc
