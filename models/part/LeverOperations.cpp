#include "models/part/LeverOperations.h"

namespace cc {

const CodeTable &LeverOperations::table()
{
    static const CodeTable table({
        {"manual", QT_TRANSLATE_NOOP("Part", "manual")},
        {"tool", QT_TRANSLATE_NOOP("Part", "with tool")},
    });
    return table;
}

} // namespace cc
