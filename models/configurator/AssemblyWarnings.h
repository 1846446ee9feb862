#pragma once

#include "models/configurator/AccessoryLine.h"
#include "models/configurator/AssemblyWarning.h"
#include "models/rules/AssemblyResult.h"

#include <QList>

namespace cc {

// What is left open in an assembly, each with the control that resolves it:
// the rules' warnings, their errors about the connection or the choices
// (errors about a side are shown at that side's inputs), and what the parts
// table leaves open (an item to choose, a quantity to enter, a pick that
// does not fit). Nothing a choice, a default or a rule decides is a warning.
class AssemblyWarnings
{
public:
    static QList<AssemblyWarning> of(const AssemblyResult &result,
                                     const QList<AccessoryLine> &lines);
    // The control that resolves a finding of the rules.
    static WarningTarget targetOf(const RuleMessage &message);
};

} // namespace cc
