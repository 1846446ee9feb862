#pragma once

#include "models/part/AccessoryRule.h"
#include "models/part/PartRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc {

struct CodingRecommendationRecord
{
    QString application;
    QString coding; // null: not known
    QString colour;
};

struct SupersessionRecord
{
    QString oldItemNumber;
    QString successor;
};

// One catalog source file: a source and the facts it gives.
struct CatalogDocument
{
    SourceRecord source;
    QList<PartRecord> parts; // relations in PartRecord::relations
    QList<SupersessionRecord> supersessions;
    QList<CodingRecommendationRecord> codingRecommendations;
    QList<AccessoryRule> assemblyRules; // sourceReference left empty
};

// Reads the catalog's JSON source files (db/catalog/*.json). Strict: an
// unknown key, a value of the wrong type or a missing required key is an
// error naming the file and the place, so that a typo never becomes data.
class CatalogJson
{
public:
    static constexpr int formatVersion = 1;

    static CatalogDocument parse(const QByteArray &json, const QString &fileName);
    static PartRecord partFromJson(const QJsonObject &object, const QString &context);
};

} // namespace cc
