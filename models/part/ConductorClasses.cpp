#include "models/part/ConductorClasses.h"

namespace cc {

const CodeTable &ConductorClasses::table()
{
    static const CodeTable table({
        // ETIM 6.0 EC002560: EF009691 "Connection cross section solid-core",
        // EF009690 "... fine-strand" (ranges in mm²).
        {"solid", QT_TRANSLATE_NOOP("Part", "solid conductor"), {}, {QStringLiteral("EF009691")}},
        {"solid_push_in", QT_TRANSLATE_NOOP("Part", "solid conductor, push-in termination"),
         {QStringLiteral("solid conductor; push-in termination")}},
        {"stranded", QT_TRANSLATE_NOOP("Part", "stranded conductor")},
        {"fine_stranded", QT_TRANSLATE_NOOP("Part", "fine-stranded conductor"), {},
         {QStringLiteral("EF009690")}},
        {"fine_stranded_insulated_ferrule",
         QT_TRANSLATE_NOOP("Part", "fine-stranded conductor with insulated ferrule"),
         {QStringLiteral("fine-stranded conductor; with insulated ferrule")}},
        {"fine_stranded_uninsulated_ferrule",
         QT_TRANSLATE_NOOP("Part", "fine-stranded conductor with uninsulated ferrule"),
         {QStringLiteral("fine-stranded conductor; with uninsulated ferrule")}},
        {"fine_stranded_ferrule_push_in",
         QT_TRANSLATE_NOOP("Part", "fine-stranded conductor with ferrule, push-in termination"),
         {QStringLiteral("fine-stranded conductor; with ferrule; push-in termination")}},
    });
    return table;
}

} // namespace cc
