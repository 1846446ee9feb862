#include "models/part/Genders.h"

#include "models/part/PartTr.h"

namespace cc {

const CodeTable &Genders::table()
{
    static const CodeTable table({
        {"female", QT_TRANSLATE_NOOP("Part", "female")},
        {"male", QT_TRANSLATE_NOOP("Part", "male")},
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
