#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/Assembly.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cc {

// Notes the strip length of a part and checks the conductors of one side, when
// given, against the part's conductor range for their class.
class ConductorCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConductorCheck)

public:
    static void apply(const PartRecord &part, const Assembly::Cable &cable, QStringList *errors,
                      QStringList *warnings, QStringList *notes);
};

} // namespace cc
