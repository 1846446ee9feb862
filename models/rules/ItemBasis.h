#pragma once

#include <QString>

namespace cc {

// What an accessory line rests on, beside the catalog's facts: a rule (with
// the source that states it or the trade's reading it follows, and its
// sentence), a default the user has not overridden, or the user's own
// choice. Shown with the line in the configurator, the BOM and every export.
struct ItemBasis
{
    enum class Kind { Rule, Default, User };

    Kind kind = Kind::Rule;
    QString source; // a rule's source reference ('D1', 'R1'); empty otherwise
    QString text;   // the rule's sentence, or what was chosen ('colour: black')

    // Short, for a table cell: 'rule R1', 'colour: black (default)',
    // 'quantity 2 (your choice)'.
    QString display() const;
    // A rule with its sentence, for a list of the rules a bill rests on:
    // 'R1: One locking lever per mated connection …'.
    QString ruleNote() const;
    // 'rule', 'default', 'user' (JSON).
    QString kindName() const;

    bool operator==(const ItemBasis &other) const
    {
        return kind == other.kind && source == other.source && text == other.text;
    }
};

} // namespace cc
