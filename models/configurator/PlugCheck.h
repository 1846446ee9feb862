#pragma once

#include "models/rules/MatingVerdict.h"

#include <QString>
#include <optional>

namespace cc {

// Whether a plug may be set on the assembly's socket
// (AssemblyEditor::checkPlug), with the mating rules' verdict that decides
// it; the view shows the answer.
struct PlugCheck
{
    enum class Outcome {
        CanBeSet,     // the pair mates, or the data cannot decide
        Refused,      // the pair does not mate: `verdict` says why
        NoSocket,     // the assembly has no socket of the catalog yet
        NotInCatalog, // no part of that item number
    };

    Outcome outcome = Outcome::NoSocket;
    // The plug's item number as the catalog names it; empty without a part.
    QString itemNumber;
    // The rules' verdict on socket and plug, when both are in the catalog.
    std::optional<MatingVerdict> verdict;

    bool canBeSet() const { return outcome == Outcome::CanBeSet; }
};

} // namespace cc
