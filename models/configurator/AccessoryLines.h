#pragma once

#include "models/configurator/AccessoryLine.h"
#include "models/configurator/ConfiguredAssembly.h"
#include "models/rules/AssemblyResult.h"

#include <QList>

namespace cc {

// The lines of the configurator's parts table, counted as the bill of
// materials counts them (BillOfMaterials): a required accessory lists the
// user's pick, else its only fitting item; its quantity is the user's, else
// the rules'; an optional accessory ticked has its own quantity (the
// rules', else one per assembly, when it was ticked). One line per required
// accessory, one per optional accessory (more when several of its items
// are ticked), then ticked items the rules no longer offer.
class AccessoryLines
{
public:
    static QList<AccessoryLine> of(const AssemblyResult &result, const ConfiguredAssembly &state);
    // The quantity ticking `itemNumber` as an optional accessory gives: the
    // rules', else one per assembly.
    static int optionalQuantity(const AssemblyResult &result, const QString &itemNumber);
    // 'strain relief housing for the socket side', 'locking lever'.
    static QString nameOf(const AccessoryLine &line);
};

} // namespace cc
