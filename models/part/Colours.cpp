#include "models/part/Colours.h"

#include "models/part/PartTr.h"

namespace cc {

const CodeTable &Colours::table()
{
    static const CodeTable table({
        {"black", QT_TRANSLATE_NOOP("Part", "black")},
        {"white", QT_TRANSLATE_NOOP("Part", "white")},
        {"gray", QT_TRANSLATE_NOOP("Part", "gray"), {QStringLiteral("grey")}},
        {"dark gray", QT_TRANSLATE_NOOP("Part", "dark gray"), {QStringLiteral("dark grey")}},
        {"light gray", QT_TRANSLATE_NOOP("Part", "light gray"), {QStringLiteral("light grey")}},
        {"red", QT_TRANSLATE_NOOP("Part", "red")},
        {"blue", QT_TRANSLATE_NOOP("Part", "blue")},
        {"brown", QT_TRANSLATE_NOOP("Part", "brown")},
        {"green", QT_TRANSLATE_NOOP("Part", "green")},
        {"light green", QT_TRANSLATE_NOOP("Part", "light green")},
        {"yellow", QT_TRANSLATE_NOOP("Part", "yellow")},
        {"orange", QT_TRANSLATE_NOOP("Part", "orange")},
        {"pink", QT_TRANSLATE_NOOP("Part", "pink")},
        {"violet", QT_TRANSLATE_NOOP("Part", "violet")},
    });
    return table;
}

QString Colours::label(const QString &colour)
{
    const QString separator = QStringLiteral(" or ");
    if (colour.contains(separator)) {
        QStringList labels;
        for (const QString &each : colour.split(separator))
            labels << table().label(each);
        return labels.join(PartTr::tr(" or "));
    }
    return table().label(colour);
}

} // namespace cc
