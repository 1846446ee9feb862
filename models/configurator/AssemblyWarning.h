#pragma once

#include "models/configurator/WarningTarget.h"

#include <QString>

namespace cc {

// A warning the configurator shows beside its parts table: the sentence and
// the control that resolves it (if any).
struct AssemblyWarning
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Warning;
    QString text;
    WarningTarget target;
};

} // namespace cc
