#include "views/configurator/AccessoryOutlines.h"

#include "models/configurator/AssemblyEditor.h"
#include "models/datasheet/CodingColours.h"
#include "models/part/PartKinds.h"
#include "views/configurator/ConfiguratorViewsTr.h"

#include <optional>

namespace cc {

namespace {

std::optional<AccessoryOutline::Place> placeOf(const AssemblyItem &item)
{
    using Place = AccessoryOutline::Place;
    const bool plugSide = item.side == QLatin1String("plug");
    if (item.kind == QLatin1String("strain_relief_housing"))
        return plugSide ? Place::PlugHousing : Place::SocketHousing;
    if (item.kind == QLatin1String("locking_lever"))
        return Place::Lever;
    if (item.kind == QLatin1String("lockout_cap"))
        return Place::LockoutCap;
    if (item.kind == QLatin1String("snap_in_frame"))
        return plugSide ? Place::PlugFrame : Place::SocketFrame;
    return std::nullopt;
}

} // namespace

QList<AccessoryOutline> accessoryOutlinesOf(const AssemblyEditor &editor)
{
    QList<AccessoryOutline> outlines;
    for (const AssemblyItem &item : editor.result().requiredItems) {
        const std::optional<AccessoryOutline::Place> place = placeOf(item);
        if (!place || item.candidates.isEmpty())
            continue;
        AccessoryOutline outline;
        outline.place = *place;
        const QString kind = PartKinds::label(item.kind);
        outline.label = item.candidates.size() == 1
            ? ConfiguratorViewsTr::tr("%1 %2").arg(item.candidates.first(), kind)
            : ConfiguratorViewsTr::tr("%1 (to choose)").arg(kind);
        // The colour and length the candidates agree on, if they state one.
        std::optional<QString> colour;
        std::optional<std::optional<double>> length;
        for (const QString &candidate : item.candidates) {
            const std::optional<PartRecord> part = editor.part(candidate);
            const QString partColour = part ? part->colour() : QString();
            const std::optional<double> partLength = part ? part->lengthMm() : std::nullopt;
            colour = (!colour || *colour == partColour) ? partColour : QString();
            length = (!length || *length == partLength) ? partLength : std::nullopt;
        }
        outline.colour = CodingColours::colourFor(colour.value_or(QString()));
        outline.lengthMm = length.value_or(std::nullopt);
        outlines.append(outline);
    }
    return outlines;
}

} // namespace cc
