#include "models/rules/RuleMessage.h"

namespace cc {

QString RuleMessage::codeName(Code code)
{
    switch (code) {
    case Code::NoSocket:
        return QStringLiteral("NO_SOCKET");
    case Code::NotInCatalog:
        return QStringLiteral("NOT_IN_CATALOG");
    case Code::WrongGender:
        return QStringLiteral("WRONG_GENDER");
    case Code::MountingNotGiven:
        return QStringLiteral("MOUNTING_NOT_GIVEN");
    case Code::MountedSetAsFlying:
        return QStringLiteral("MOUNTED_SET_AS_FLYING");
    case Code::NotMated:
        return QStringLiteral("NOT_MATED");
    case Code::MatingNotKnown:
        return QStringLiteral("MATING_NOT_KNOWN");
    case Code::MatingDataIncomplete:
        return QStringLiteral("MATING_DATA_INCOMPLETE");
    case Code::CounterpartListedNotMating:
        return QStringLiteral("COUNTERPART_LISTED_NOT_MATING");
    case Code::CounterpartNotListed:
        return QStringLiteral("COUNTERPART_NOT_LISTED");
    case Code::NoLeverSpareOutlet:
        return QStringLiteral("NO_LEVER_SPARE_OUTLET");
    case Code::LeversFitted:
        return QStringLiteral("LEVERS_FITTED");
    case Code::LeverNeedNotKnown:
        return QStringLiteral("LEVER_NEED_NOT_KNOWN");
    case Code::NoFittingLever:
        return QStringLiteral("NO_FITTING_LEVER");
    case Code::LeverNeedNotStated:
        return QStringLiteral("LEVER_NEED_NOT_STATED");
    case Code::ChoiceNotAvailable:
        return QStringLiteral("CHOICE_NOT_AVAILABLE");
    case Code::QuantitiesDisagree:
        return QStringLiteral("QUANTITIES_DISAGREE");
    case Code::PolesNotStated:
        return QStringLiteral("POLES_NOT_STATED");
    case Code::NoHousingForPoles:
        return QStringLiteral("NO_HOUSING_FOR_POLES");
    case Code::CableDiameterNotGiven:
        return QStringLiteral("CABLE_DIAMETER_NOT_GIVEN");
    case Code::NoHousingForCableDiameter:
        return QStringLiteral("NO_HOUSING_FOR_CABLE_DIAMETER");
    case Code::CableCountNotGiven:
        return QStringLiteral("CABLE_COUNT_NOT_GIVEN");
    case Code::HousingCableCountNotStated:
        return QStringLiteral("HOUSING_CABLE_COUNT_NOT_STATED");
    case Code::NoHousingForCableCount:
        return QStringLiteral("NO_HOUSING_FOR_CABLE_COUNT");
    case Code::NoLockoutCap:
        return QStringLiteral("NO_LOCKOUT_CAP");
    case Code::PanelRangeNotStated:
        return QStringLiteral("PANEL_RANGE_NOT_STATED");
    case Code::PanelThicknessNotGiven:
        return QStringLiteral("PANEL_THICKNESS_NOT_GIVEN");
    case Code::PanelOutOfRange:
        return QStringLiteral("PANEL_OUT_OF_RANGE");
    case Code::PanelFits:
        return QStringLiteral("PANEL_FITS");
    case Code::NoSnapInFrame:
        return QStringLiteral("NO_SNAP_IN_FRAME");
    case Code::NoSnapInFrameForPanel:
        return QStringLiteral("NO_SNAP_IN_FRAME_FOR_PANEL");
    case Code::StripLength:
        return QStringLiteral("STRIP_LENGTH");
    case Code::StripLengthNotStated:
        return QStringLiteral("STRIP_LENGTH_NOT_STATED");
    case Code::ConductorClassNotGiven:
        return QStringLiteral("CONDUCTOR_CLASS_NOT_GIVEN");
    case Code::ConductorRangeNotStated:
        return QStringLiteral("CONDUCTOR_RANGE_NOT_STATED");
    case Code::CrossSectionNotGiven:
        return QStringLiteral("CROSS_SECTION_NOT_GIVEN");
    case Code::ConductorOutOfRange:
        return QStringLiteral("CONDUCTOR_OUT_OF_RANGE");
    case Code::ConductorRangePartlyStated:
        return QStringLiteral("CONDUCTOR_RANGE_PARTLY_STATED");
    case Code::ConductorFits:
        return QStringLiteral("CONDUCTOR_FITS");
    case Code::LowerConditionalRating:
        return QStringLiteral("LOWER_CONDITIONAL_RATING");
    case Code::ApprovalsNotStated:
        return QStringLiteral("APPROVALS_NOT_STATED");
    }
    return {};
}

QString RuleMessage::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString RuleMessage::sideName(Side side)
{
    switch (side) {
    case Side::None:
        return {};
    case Side::Socket:
        return QStringLiteral("socket");
    case Side::Plug:
        return QStringLiteral("plug");
    case Side::Connection:
        return QStringLiteral("connection");
    }
    return {};
}

QString RuleMessage::key() const
{
    QStringList parts{severityName(severity), codeName(code), sideName(side), item};
    parts.append(details);
    return parts.join(QChar(0x1f));
}

QStringList RuleMessage::texts(const QList<RuleMessage> &messages)
{
    QStringList list;
    list.reserve(messages.size());
    for (const RuleMessage &message : messages)
        list.append(message.text);
    return list;
}

} // namespace cc
