#include "models/rules/MatingVerdict.h"

#include "models/part/PartFields.h"
#include "models/rules/RulesTr.h"

namespace cc {

QString MatingVerdict::MissingAttribute::label(PartField field)
{
    switch (field) {
    case PartField::Family:
        return RulesTr::tr("family");
    case PartField::PinSpacingMm:
        return RulesTr::tr("pin spacing");
    case PartField::Gender:
        return RulesTr::tr("gender (plug or socket)");
    case PartField::Poles:
        return RulesTr::tr("pole count");
    case PartField::Coding:
        return RulesTr::tr("coding");
    default:
        return PartFields::key(field).replace(QLatin1Char('_'), QLatin1Char(' '));
    }
}

QString MatingVerdict::MissingAttribute::message() const
{
    return RulesTr::tr("The catalog does not state the %1 of %2.").arg(label(field), itemNumber);
}

bool MatingVerdict::hasReason(MatingReason::Code code) const
{
    for (const MatingReason &reason : reasons) {
        if (reason.code == code)
            return true;
    }
    return false;
}

QStringList MatingVerdict::reasonMessages() const
{
    QStringList list;
    for (const MatingReason &reason : reasons)
        list.append(reason.message);
    return list;
}

QStringList MatingVerdict::missingMessages() const
{
    QStringList list;
    for (const MissingAttribute &attribute : missing)
        list.append(attribute.message());
    return list;
}

QString MatingVerdict::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Mates:
        return QStringLiteral("mates");
    case Outcome::No:
        return QStringLiteral("no");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString MatingVerdict::summary() const
{
    QStringList parts;
    switch (outcome) {
    case Outcome::Mates:
        parts.append(listedAsCounterpart && !missing.isEmpty()
                         ? RulesTr::tr("They mate: a datasheet lists them as counterparts.")
                         : RulesTr::tr("They mate."));
        break;
    case Outcome::No:
        parts.append(RulesTr::tr("They do not mate."));
        parts.append(reasonMessages());
        break;
    case Outcome::Unknown:
        parts.append(RulesTr::tr("Whether they mate is not known."));
        break;
    }
    if (outcome != Outcome::No)
        parts.append(missingMessages());
    if (!inconsistency.isEmpty())
        parts.append(inconsistency);
    return parts.join(QLatin1Char(' '));
}

} // namespace cc
