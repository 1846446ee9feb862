#include "models/part/PackagingTypes.h"

namespace cc {

const CodeTable &PackagingTypes::table()
{
    static const CodeTable table({
        {"box", QT_TRANSLATE_NOOP("Part", "box")},
        {"bag", QT_TRANSLATE_NOOP("Part", "bag")},
        {"reel", QT_TRANSLATE_NOOP("Part", "reel")},
        {"tray", QT_TRANSLATE_NOOP("Part", "tray")},
    });
    return table;
}

} // namespace cc
