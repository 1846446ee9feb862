#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/AssemblyResult.h"
#include "models/rules/ChoiceInput.h"
#include "models/rules/ItemBasis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// Helpers the accessory rules share: choices among fitting items, ranges
// and quantities derived from pole counts.
class AccessorySelection
{
public:
    static QStringList itemNumbers(const QList<PartRecord> &parts);
    // Distinct non-empty values of `field` among `parts`, sorted.
    static QStringList values(const QList<PartRecord> &parts, PartField field);
    // Offers the values of `field` among `parts` as a choice (merged into
    // `result`) and keeps the parts that match the user's value, else the
    // first preferred value (a default) that a part has; an error
    // (ChoiceNotAvailable, about the connection) when none matches the
    // user's value. With neither, every part is kept (the choice is open).
    static QList<PartRecord> choose(const QList<PartRecord> &parts, const QString &kind,
                                    PartField field, const ChoiceInput &input,
                                    AssemblyResult &result);
    // The defaults among the choices made so far for `kind`, as what the
    // kind's item rests on ('colour: black (default)').
    static QList<ItemBasis> defaultsChosen(const AssemblyResult &result, const QString &kind);
    // '5 ... 9 mm', 'from 5 mm', 'not stated'.
    static QString rangeText(const std::optional<double> &min, const std::optional<double> &max,
                             const QString &unit);
    // The ranges of `parts` with their items: '5 ... 9 mm (770-504/023-000,
    // 770-514/023-000); 9 ... 13 mm (770-504, 770-514)'.
    static QString rangesText(const QList<PartRecord> &parts, PartField minField,
                              PartField maxField, const QString &unit);
    static bool inRange(const PartRecord &part, PartField minField, PartField maxField,
                        double value);
    // An item counted by poles: as many as `polesNeeded` over the item's own
    // poles (the candidates must agree on them). A separable item with more
    // poles yields the poles used instead. False (and "not stated") when the
    // poles do not divide or a candidate states none.
    static bool setQuantityByPoles(AssemblyItem &item, int polesNeeded,
                                   const QList<PartRecord> &candidates);
    static void setQuantityNotStated(AssemblyItem &item);
};

} // namespace cc
