#include "models/rules/AssemblyRatings.h"

#include "models/part/NumberText.h"
#include "models/rules/RulesTr.h"

namespace cc {

namespace {

struct Quantity
{
    QString key;
    QString unit;
    std::optional<double> RatingRecord::*member;
};

const QList<Quantity> &quantities()
{
    static const QList<Quantity> list{
        {QStringLiteral("voltage_v"), QStringLiteral("V"), &RatingRecord::voltageV},
        {QStringLiteral("impulse_voltage_kv"), QStringLiteral("kV"),
         &RatingRecord::impulseVoltageKv},
        {QStringLiteral("current_a"), QStringLiteral("A"), &RatingRecord::currentA},
    };
    return list;
}

QString quantityLabel(const QString &key)
{
    if (key == QLatin1String("voltage_v"))
        return RulesTr::tr("voltage");
    if (key == QLatin1String("impulse_voltage_kv"))
        return RulesTr::tr("rated impulse voltage");
    return RulesTr::tr("current");
}

QString categoryOf(const RatingRecord &rating)
{
    if (rating.overvoltageCategory.isEmpty() && !rating.pollutionDegree)
        return {};
    const QString degree = rating.pollutionDegree ? numberText(*rating.pollutionDegree)
                                                  : QStringLiteral("?");
    const QString category =
        rating.overvoltageCategory.isEmpty() ? QStringLiteral("?") : rating.overvoltageCategory;
    return category + QLatin1Char('/') + degree;
}

// The rating of one side's part that counts for this market and quantity.
const RatingRecord *ratingOf(const ResolvedSide &side, const QString &market,
                             const Quantity &quantity, QList<RuleMessage> *messages)
{
    const PartRecord &part = side.part;
    const RatingRecord *plain = nullptr;
    const RatingRecord *conditional = nullptr;
    for (const RatingRecord &rating : part.ratings) {
        const auto &value = rating.*(quantity.member);
        if (rating.market != market || !value)
            continue;
        const RatingRecord *&slot = rating.condition.isEmpty() ? plain : conditional;
        if (!slot || *value < *((*slot).*(quantity.member)))
            slot = &rating;
    }
    if (plain && conditional && messages
        && *((*conditional).*(quantity.member)) < *((*plain).*(quantity.member))) {
        messages->append(RuleMessage::note(
            RuleMessage::Code::LowerConditionalRating, side.side(), side.item(),
            RulesTr::tr("Lower rating of %1: %2 %3 %4 %5 %6.")
                .arg(part.itemNumber(), market, quantityLabel(quantity.key),
                     numberText(*((*conditional).*(quantity.member))), quantity.unit,
                     conditional->condition),
            {market, quantity.key}));
    }
    return plain ? plain : conditional;
}

AssemblyRating lowestOf(const QList<ResolvedSide> &sides, const QString &market,
                        const Quantity &quantity, QList<RuleMessage> *messages)
{
    AssemblyRating result;
    result.market = market;
    result.quantity = quantity.key;
    result.unit = quantity.unit;
    for (const ResolvedSide &side : sides) {
        const PartRecord &part = side.part;
        const RatingRecord *rating = ratingOf(side, market, quantity, messages);
        if (!rating) {
            result.itemsWithout.append(part.itemNumber());
            continue;
        }
        const double value = *((*rating).*(quantity.member));
        if (result.lowestStated && value > *result.lowestStated)
            continue;
        if (!result.lowestStated || value < *result.lowestStated) {
            result.lowestStated = value;
            result.limitingItems.clear();
            result.standard = rating->standard;
            result.category = categoryOf(*rating);
        }
        result.limitingItems.append(part.itemNumber());
    }
    if (result.lowestStated && result.itemsWithout.isEmpty())
        result.value = result.lowestStated;
    return result;
}

QString messageOf(const AssemblyRating &rating)
{
    const QString label = quantityLabel(rating.quantity);
    const QString stated = numberText(*rating.lowestStated) + QLatin1Char(' ') + rating.unit;
    const QString limiting = rating.limitingItems.join(QStringLiteral(", "));
    if (rating.value) {
        return RulesTr::tr("%1 %2: %3, limited by %4.")
            .arg(rating.market, label, stated, limiting);
    }
    return RulesTr::tr("%1 %2: not known, as the catalog states none for %3 (%4 states "
                               "%5).")
        .arg(rating.market, label, rating.itemsWithout.join(QStringLiteral(", ")), limiting,
             stated);
}

QString approvalKey(const ApprovalRecord &approval)
{
    const QStringList parts{approval.kind, approval.mark, approval.issuer, approval.standard};
    QStringList normalized;
    for (const QString &part : parts)
        normalized.append(part.simplified().toCaseFolded());
    return normalized.join(QLatin1Char('|'));
}

} // namespace

QList<AssemblyRating> AssemblyRatings::lowest(const QList<ResolvedSide> &sides,
                                              QList<RuleMessage> *messages)
{
    QList<AssemblyRating> result;
    for (const QString &market : {QStringLiteral("IEC"), QStringLiteral("UL")}) {
        for (const Quantity &quantity : quantities()) {
            AssemblyRating rating = lowestOf(sides, market, quantity, messages);
            if (!rating.lowestStated)
                continue;
            rating.message = messageOf(rating);
            result.append(rating);
        }
    }
    return result;
}

std::optional<QList<ApprovalRecord>> AssemblyRatings::shared(const QList<PartRecord> &parts,
                                                             QList<RuleMessage> *messages)
{
    QStringList without;
    for (const PartRecord &part : parts) {
        if (part.approvals.isEmpty())
            without.append(part.itemNumber());
    }
    if (!without.isEmpty() || parts.isEmpty()) {
        if (messages && !without.isEmpty()) {
            // About the assembly's approvals; the items are in the details.
            messages->append(RuleMessage::warning(
                RuleMessage::Code::ApprovalsNotStated, RuleMessage::Side::Connection, QString(),
                RulesTr::tr("The catalog states no approvals for %1: the approvals of the "
                   "assembly are not known.")
                    .arg(without.join(QStringLiteral(", "))),
                without));
        }
        return std::nullopt;
    }
    QList<ApprovalRecord> result;
    for (const ApprovalRecord &approval : parts.first().approvals) {
        const QString key = approvalKey(approval);
        bool everywhere = true;
        for (const PartRecord &part : parts) {
            bool found = false;
            for (const ApprovalRecord &other : part.approvals)
                found = found || approvalKey(other) == key;
            everywhere = everywhere && found;
        }
        if (everywhere)
            result.append(approval);
    }
    return result;
}

} // namespace cc
