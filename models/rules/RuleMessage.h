#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// One finding of the assembly rules, as a value: how grave it is, what kind
// of finding it is, which side of the assembly and which item it is about,
// and the sentence shown to the user. Consumers decide by the values (code,
// side, item), never by reading the sentence.
struct RuleMessage
{
    enum class Severity {
        Error,   // the assembly cannot be built as given
        Warning, // data or input missing, or data that disagree
        Note,    // reasons for what is (not) needed, strip lengths, ...
    };

    // One value per kind of finding the rules produce. A new code goes
    // last (tst_AssemblyRules checks the names up to the last one) and gets
    // its name in codeName().
    enum class Code {
        // The assembly and its two parts
        NoSocket,           // no socket item number given
        NotInCatalog,       // the item of a side is not in the catalog
        WrongGender,        // a plug on the socket side or a socket on the plug side
        MountingNotGiven,   // the side's mounting is neither given nor stated
        MountedSetAsFlying, // a connector for mounted installation set as a flying lead
        // Mating of socket and plug (details: socket, plug, failed conditions or missing data)
        NotMated,                   // the data say they do not mate
        MatingNotKnown,             // the data leave it open
        MatingDataIncomplete,       // they mate as listed counterparts, data incomplete
        CounterpartListedNotMating, // listed as counterparts, the data say they do not mate
        CounterpartNotListed,       // the data say they mate, the listed counterparts leave it out
        // Locking levers
        NoLeverSpareOutlet,   // a spare outlet takes no lever
        LeversFitted,         // the side comes with levers fitted
        LeverNeedNotKnown,    // not known until the side's mounting is given
        NoFittingLever,       // two flying leads, no lever in the catalog fits
        LeverNeedNotStated,   // a plain connector mounted: the catalog is silent
        // Accessories in general (details: the accessory kind first)
        ChoiceNotAvailable,   // no fitting accessory has the chosen operation or colour
        QuantitiesDisagree,   // the catalog's rules state different quantities
        PolesNotStated,       // no accessory can be matched: the side's poles are not stated
        // Strain relief housings
        NoHousingForPoles,         // the catalog holds none for the side's pole count
        CableDiameterNotGiven,     // the side's cable outer diameter is not given
        NoHousingForCableDiameter, // none takes the side's cable outer diameter
        CableCountNotGiven,        // the side's number of cables is not given
        HousingCableCountNotStated, // the fitting housings do not state how many cables they take
        NoHousingForCableCount,    // none takes the side's number of cables
        // Lockout caps
        NoLockoutCap, // a spare outlet needs one, the catalog holds none
        // Snap-in mounting (details: snap_in_frame when about the frames, the panel thickness)
        PanelRangeNotStated,     // the snap-in part states no panel thickness range
        PanelThicknessNotGiven,  // the panel thickness is not given
        PanelOutOfRange,         // the panel is outside the snap-in part's range
        PanelFits,               // the panel is within the snap-in part's range
        NoSnapInFrame,           // the catalog holds no frame for the side's pole count
        NoSnapInFrameForPanel,   // no frame takes the panel
        // Conductors (details: the conductor class and cross-section)
        StripLength,               // the strip length of the side's part
        StripLengthNotStated,      // the catalog does not state it
        ConductorClassNotGiven,    // a cross-section is given, the class is not
        ConductorRangeNotStated,   // the catalog states no range for the class
        CrossSectionNotGiven,      // the class is given, the cross-section is not
        ConductorOutOfRange,       // the cross-section is outside the class's range
        ConductorRangePartlyStated, // only one limit of the range is stated
        ConductorFits,             // the cross-section is within the range
        // Ratings and approvals
        LowerConditionalRating, // a part's conditional rating is lower (details: market, quantity)
        ApprovalsNotStated,     // a part states no approvals: the shared ones are not known
    };

    enum class Side {
        None,       // not about a side of the assembly
        Socket,     // the socket's part or inputs
        Plug,       // the plug's part or inputs
        Connection, // the pair, or the assembly's choices
    };

    Severity severity = Severity::Note;
    Code code = Code::NoSocket;
    Side side = Side::None;
    // The item number the finding is about; empty when it is about no
    // single item (e.g. the connection of two parts).
    QString item;
    // The other values the finding depends on, untranslated (codes, item
    // numbers, numbers as written by QString::number): the accessory kind,
    // the conductor class and cross-section, the failed mating conditions,
    // the items of a connection... Empty when code, side and item say it all.
    QStringList details;
    QString text; // the translated sentence shown to the user

    static RuleMessage error(Code code, Side side, const QString &item, const QString &text,
                             const QStringList &details = {})
    {
        return {Severity::Error, code, side, item, details, text};
    }
    static RuleMessage warning(Code code, Side side, const QString &item, const QString &text,
                               const QStringList &details = {})
    {
        return {Severity::Warning, code, side, item, details, text};
    }
    static RuleMessage note(Code code, Side side, const QString &item, const QString &text,
                            const QStringList &details = {})
    {
        return {Severity::Note, code, side, item, details, text};
    }

    // Stable names for files and JSON: 'NOT_MATED', 'CONDUCTOR_OUT_OF_RANGE', ...
    static QString codeName(Code code);
    // 'error', 'warning', 'note'.
    static QString severityName(Severity severity);
    // 'socket', 'plug', 'connection'; empty for None.
    static QString sideName(Side side);
    QString codeName() const { return codeName(code); }

    // The finding without its sentence: severity, code, side, item and
    // details as one stable string. Two messages with the same key report
    // the same finding, whatever the language of their text.
    QString key() const;
    bool sameFinding(const RuleMessage &other) const
    {
        return severity == other.severity && code == other.code && side == other.side
            && item == other.item && details == other.details;
    }

    // The sentences of `messages`, in their order.
    static QStringList texts(const QList<RuleMessage> &messages);
};

} // namespace cc
