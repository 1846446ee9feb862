#pragma once

#include "models/part/PartField.h"
#include "models/rules/MatingReason.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// Whether two parts mate, and why.
//
// The outcome is No as soon as one condition fails; Unknown when no condition
// fails but an attribute a condition needs is missing; Mates otherwise. A
// counterpart link that a datasheet lists turns Unknown into Mates (the
// missing attributes stay listed). Where the derived result and the listed
// counterparts disagree, `inconsistency` says how.
class MatingVerdict
{
public:
    enum class Outcome { Mates, No, Unknown };

    struct MissingAttribute
    {
        QString itemNumber;
        PartField field = PartField::Coding;
        QString message() const;
        // 'pin spacing' for PinSpacingMm, ...
        static QString label(PartField field);
    };

    Outcome outcome = Outcome::Unknown;
    QList<MatingReason> reasons;
    QList<MissingAttribute> missing;
    // One of the two parts lists the other as its counterpart.
    bool listedAsCounterpart = false;
    // Empty when derived result and listed counterparts agree.
    QString inconsistency;

    bool mates() const { return outcome == Outcome::Mates; }
    bool hasReason(MatingReason::Code code) const;
    QStringList reasonMessages() const;
    QStringList missingMessages() const;
    // 'mates', 'no' or 'unknown'.
    static QString outcomeName(Outcome outcome);
    // One sentence or a few for display.
    QString summary() const;
};

} // namespace cc
