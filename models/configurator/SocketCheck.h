#pragma once

#include <QString>

namespace cc {

// Whether a part can start an assembly (AssemblyEditor::checkSocket), and
// if not, why; the view shows the answer in its words.
struct SocketCheck
{
    enum class Outcome {
        Fits,         // a socket of the catalog
        NotInCatalog, // no part of that item number
        NotASocket,   // a part, but not female: a plug, an accessory, ...
    };

    Outcome outcome = Outcome::NotInCatalog;
    // The socket's item number as the catalog names it (a superseded number
    // leads to its successor); empty unless it fits.
    QString itemNumber;

    bool fits() const { return outcome == Outcome::Fits; }
};

} // namespace cc
