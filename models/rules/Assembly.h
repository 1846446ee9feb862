#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace cc {

// One mated connection as installed: the input of AssemblyEvaluator. Values the
// user has not given yet are empty; the rules then say what they need.
struct Assembly
{
    // The cables on one side, all alike.
    struct Cable
    {
        std::optional<double> outerDiameterMm;
        std::optional<int> count; // cables entering the connector's housing
        QString conductorClass;   // a code of ConductorClasses
        std::optional<double> crossSectionMm2;

        bool operator==(const Cable &other) const
        {
            return outerDiameterMm == other.outerDiameterMm && count == other.count
                && conductorClass == other.conductorClass && crossSectionMm2 == other.crossSectionMm2;
        }
        bool operator!=(const Cable &other) const { return !(*this == other); }
    };

    struct Side
    {
        QString itemNumber; // empty: nothing on this side
        QString mounting;   // 'flying', 'snap-in', 'pcb', 'distribution'; empty: as the part states
        Cable cable;
        std::optional<double> panelThicknessMm; // for snap-in mounting

        bool operator==(const Side &other) const
        {
            return itemNumber == other.itemNumber && mounting == other.mounting && cable == other.cable
                && panelThicknessMm == other.panelThicknessMm;
        }
        bool operator!=(const Side &other) const { return !(*this == other); }
    };

    Side socket;
    Side plug; // no item number: the socket stays unmated as a spare outlet

    // Choices the user makes among the accessories that fit.
    QString leverOperation;         // 'manual' or 'tool'; empty: not chosen
    QMap<QString, QString> colours; // by accessory kind, e.g. locking_lever -> white

    bool operator==(const Assembly &other) const
    {
        return socket == other.socket && plug == other.plug && leverOperation == other.leverOperation
            && colours == other.colours;
    }
    bool operator!=(const Assembly &other) const { return !(*this == other); }

    bool isSpareOutlet() const { return plug.itemNumber.isEmpty(); }
    QString colourFor(const QString &kind) const { return colours.value(kind); }
};

} // namespace cc
