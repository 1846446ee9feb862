#include "db/MatingKeyColumns.h"

#include "db/Database.h"
#include "models/part/MatingKey.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace cc {

namespace {

QVariant orNull(const QString &key)
{
    return key.isEmpty() ? QVariant() : QVariant(key);
}

// A stored key as it reads back: NULL, or the same text.
bool sameKey(const QVariant &key, const QVariant &stored)
{
    return key.isNull() ? stored.isNull() : !stored.isNull() && stored.toString() == key.toString();
}

// Parts whose keys are written by one statement (three values each).
constexpr qsizetype rowsPerUpdate = 200;

struct Keys
{
    qint64 id;
    QVariant family;
    QVariant coding;
};

void write(Database &database, const QList<Keys> &rows, qsizetype start, qsizetype end)
{
    QStringList tuples;
    QVariantList values;
    values.reserve((end - start) * 3);
    for (qsizetype i = start; i < end; ++i) {
        tuples << QStringLiteral("(CAST(? AS bigint), CAST(? AS text), CAST(? AS text))");
        values << rows.at(i).id << rows.at(i).family << rows.at(i).coding;
    }
    // VALUES names its columns column1, column2, ... on both back ends.
    database.run(QStringLiteral("UPDATE part SET family_key = k.column2, coding_key = k.column3 "
                                "FROM (VALUES %1) AS k WHERE part.id = k.column1")
                     .arg(tuples.join(QStringLiteral(", "))),
                 values, QStringLiteral("Writing the mating keys of %1 parts").arg(end - start));
}

} // namespace

const QStringList &MatingKeyColumns::names()
{
    static const QStringList columns{QStringLiteral("family_key"), QStringLiteral("coding_key")};
    return columns;
}

QVariantList MatingKeyColumns::values(const QString &family, const QString &coding)
{
    return {familyValue(family), codingValue(coding)};
}

QVariant MatingKeyColumns::familyValue(const QString &family)
{
    return orNull(MatingKey::family(family));
}

QVariant MatingKeyColumns::codingValue(const QString &coding)
{
    return orNull(MatingKey::coding(coding));
}

int MatingKeyColumns::refresh(Database &database)
{
    QList<Keys> stale;
    {
        QSqlQuery query = database.run(
            QStringLiteral("SELECT id, family, coding, family_key, coding_key FROM part"),
            QStringLiteral("Reading the mating keys of the parts"));
        // Many parts share a family and a coding: each is normalized once.
        QHash<QString, QVariant> families;
        QHash<QString, QVariant> codings;
        const auto keyOf = [](QHash<QString, QVariant> &known, const QString &value,
                              QVariant (*compute)(const QString &)) {
            auto found = known.constFind(value);
            if (found == known.cend())
                found = known.insert(value, compute(value));
            return *found;
        };
        while (query.next()) {
            const QVariant family = keyOf(families, query.value(1).toString(), &familyValue);
            const QVariant coding = keyOf(codings, query.value(2).toString(), &codingValue);
            if (!sameKey(family, query.value(3)) || !sameKey(coding, query.value(4)))
                stale.append(Keys{query.value(0).toLongLong(), family, coding});
        }
    }
    for (qsizetype start = 0; start < stale.size(); start += rowsPerUpdate)
        write(database, stale, start, std::min(stale.size(), start + rowsPerUpdate));
    return int(stale.size());
}

} // namespace cc
