#include "models/part/Mountings.h"

namespace cc {

const CodeTable &Mountings::table()
{
    static const CodeTable table({
        {"flying", QT_TRANSLATE_NOOP("Part", "flying lead"), {QStringLiteral("free")}},
        {"snap-in", QT_TRANSLATE_NOOP("Part", "snap-in")},
        {"pcb", QT_TRANSLATE_NOOP("Part", "PCB"), {QStringLiteral("printed circuit board")}},
        {"distribution", QT_TRANSLATE_NOOP("Part", "distribution")},
    });
    return table;
}

bool Mountings::isFlying(const QString &mounting)
{
    return mounting == table().codes().constFirst();
}

bool Mountings::isMounted(const QString &mounting)
{
    return table().contains(mounting) && !isFlying(mounting);
}

} // namespace cc
