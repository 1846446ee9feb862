#pragma once

#include "views/configurator/AccessoryOutline.h"

#include <QList>

namespace cc {

class AssemblyEditor;

// The accessories of the configured assembly as the drawing shows them:
// each required accessory at its place, labelled with its item number (or
// its kind while the user still chooses among several), in its colour, with
// its length where the catalog states one.
QList<AccessoryOutline> accessoryOutlinesOf(const AssemblyEditor &editor);

} // namespace cc
