#include "models/part/AccessoryGroups.h"

namespace cc {

const CodeTable &AccessoryGroups::table()
{
    static const CodeTable table({
        {"Locking levers", QT_TRANSLATE_NOOP("Part", "locking levers")},
        {"Strain relief", QT_TRANSLATE_NOOP("Part", "strain relief")},
        {"Cover", QT_TRANSLATE_NOOP("Part", "cover")},
        {"Marking accessories", QT_TRANSLATE_NOOP("Part", "marking accessories")},
        {"Mounting", QT_TRANSLATE_NOOP("Part", "mounting")},
        {"Tool", QT_TRANSLATE_NOOP("Part", "tool")},
    });
    return table;
}

} // namespace cc
