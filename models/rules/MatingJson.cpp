#include "models/rules/MatingJson.h"

#include "models/part/PartFields.h"
#include "models/rules/MatingCandidate.h"
#include "models/rules/MatingVerdict.h"

#include <QJsonArray>

namespace cc {

QJsonObject MatingJson::verdict(const MatingVerdict &verdict)
{
    QJsonArray reasons;
    for (const MatingReason &reason : verdict.reasons) {
        reasons.append(QJsonObject{{QStringLiteral("code"), reason.codeName()},
                                   {QStringLiteral("message"), reason.message}});
    }
    QJsonArray missing;
    for (const MatingVerdict::MissingAttribute &m : verdict.missing) {
        missing.append(QJsonObject{{QStringLiteral("item_number"), m.itemNumber},
                                   {QStringLiteral("field"), PartFields::key(m.field)},
                                   {QStringLiteral("message"), m.message()}});
    }
    return QJsonObject{
        {QStringLiteral("verdict"), MatingVerdict::outcomeName(verdict.outcome)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("missing"), missing},
        {QStringLiteral("listed_as_counterpart"), verdict.listedAsCounterpart},
        {QStringLiteral("inconsistency"),
         verdict.inconsistency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(verdict.inconsistency)},
        {QStringLiteral("summary"), verdict.summary()}};
}

QJsonObject MatingJson::mates(const QString &item, const QList<MatingCandidate> &mates,
                              const QList<MatingCandidate> &nearMisses,
                              const QList<MatingCandidate> &undecided)
{
    QJsonArray mateItems;
    for (const MatingCandidate &candidate : mates)
        mateItems.append(candidate.part.itemNumber());
    const auto withReasons = [](const QList<MatingCandidate> &candidates) {
        QJsonArray list;
        for (const MatingCandidate &candidate : candidates) {
            QJsonArray codes;
            for (const MatingReason &reason : candidate.verdict.reasons)
                codes.append(reason.codeName());
            list.append(QJsonObject{{QStringLiteral("item_number"), candidate.part.itemNumber()},
                                    {QStringLiteral("reasons"), codes},
                                    {QStringLiteral("summary"), candidate.verdict.summary()}});
        }
        return list;
    };
    return QJsonObject{{QStringLiteral("item"), item},
                       {QStringLiteral("mates"), mateItems},
                       {QStringLiteral("near_misses"), withReasons(nearMisses)},
                       {QStringLiteral("undecided"), withReasons(undecided)}};
}

} // namespace cc
