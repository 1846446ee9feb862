#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc {

class MatingVerdict;
struct MatingCandidate;

// Mating verdicts as JSON, as the `check` and `mates` commands print them.
class MatingJson
{
public:
    // {"verdict", "reasons": [{"code", "message"}], "missing": [...],
    //  "listed_as_counterpart", "inconsistency"}
    static QJsonObject verdict(const MatingVerdict &verdict);
    // {"item", "mates": [...], "near_misses": [{"item_number", "reasons"}], "undecided": [...]}
    static QJsonObject mates(const QString &item, const QList<MatingCandidate> &mates,
                             const QList<MatingCandidate> &nearMisses,
                             const QList<MatingCandidate> &undecided);
};

} // namespace cc
