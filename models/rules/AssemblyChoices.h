#pragma once

#include "models/rules/Assembly.h"
#include "models/rules/AssemblyDefaults.h"
#include "models/rules/ChoiceInput.h"

namespace cc {

// The choices of one assembly as the accessory rules read them: the user's
// where made, the defaults where not.
class AssemblyChoices
{
public:
    AssemblyChoices(const Assembly &assembly, const AssemblyDefaults &defaults)
        : m_assembly(assembly)
        , m_defaults(defaults)
    {
    }

    ChoiceInput colourOf(const QString &kind) const
    {
        return {m_assembly.colourFor(kind), m_defaults.colourOrder};
    }
    ChoiceInput leverOperation() const
    {
        return {m_assembly.leverOperation,
                m_defaults.leverOperation.isEmpty() ? QStringList()
                                                    : QStringList{m_defaults.leverOperation}};
    }

private:
    const Assembly &m_assembly;
    const AssemblyDefaults &m_defaults;
};

} // namespace cc
