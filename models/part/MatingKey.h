#pragma once

#include <QString>

namespace cc {

// The forms in which two parts' family and coding are compared for mating:
// the one normalizer for both the mating rules (MatingRules) and the
// database, which keeps these keys beside the values (part.family_key,
// part.coding_key) for its counterpart pre-filter. Two values name the same
// family (coding) exactly when their keys are equal; an empty key (a null
// string) means the value states nothing.
//
// Changing what a key is means the keys stored in every database are stale:
// add a migration step that computes them again (see db/MatingKeyColumns).
class MatingKey
{
public:
    // 'WINSTA® MIDI', ' winsta  midi ' and 'Winsta\tMidi' → 'winsta midi':
    // composed Unicode (NFC), without the registered sign, white space
    // simplified, case-folded.
    static QString family(const QString &family);
    // ' A ', 'a' → 'a': composed Unicode (NFC), trimmed, case-folded.
    static QString coding(const QString &coding);
};

} // namespace cc
