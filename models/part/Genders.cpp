#include "models/part/Genders.h"

#include "models/part/PartTr.h"

namespace cc {

const CodeTable &Genders::table()
{
    static const CodeTable table({
        // ETIM EF000010 "Model": EV000218 "Bus" (German "Buchse", a female
        // connector) and EV000217 "Plug" (ETIM 6.0, EC002560).
        {"female", QT_TRANSLATE_NOOP("Part", "female"), {}, {QStringLiteral("EV000218")}},
        {"male", QT_TRANSLATE_NOOP("Part", "male"), {}, {QStringLiteral("EV000217")}},
    });
    return table;
}

QString Genders::connectorLabel(const QString &gender)
{
    if (gender == QLatin1String("female"))
        return PartTr::tr("socket (female)");
    if (gender == QLatin1String("male"))
        return PartTr::tr("plug (male)");
    return gender;
}

} // namespace cc
