#include "PartSearch.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace cc {

namespace {

// At most this many words of a query are used; more add nothing but cost.
constexpr int maxWords = 8;

const QString ratedCurrent = QStringLiteral(
    "(SELECT r.current_a FROM rating r WHERE r.part_id = p.id AND r.market = 'IEC' "
    "ORDER BY r.condition IS NOT NULL, r.position LIMIT 1)");

// The column or expression behind each facet.
QString facetColumn(const QString &key)
{
    if (key == QLatin1String("cross_section"))
        return QStringLiteral("p.cross_section_mm2");
    return QStringLiteral("p.") + key;
}

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    static const QRegularExpression meaningful(QStringLiteral("[\\p{L}\\p{N}]"));
    QStringList result;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (word.contains(meaningful) && result.size() < maxWords)
            result << word;
    }
    return result;
}

} // namespace

PartSearch::PartSearch(const Database &database)
    : m_database(database)
{
}

const QStringList &PartSearch::facetKeys()
{
    static const QStringList keys{QStringLiteral("kind"),   QStringLiteral("family"),
                                  QStringLiteral("poles"),  QStringLiteral("coding"),
                                  QStringLiteral("colour"), QStringLiteral("cross_section"),
                                  QStringLiteral("mounting"), QStringLiteral("issuer")};
    return keys;
}

const QStringList &PartSearch::sortKeys()
{
    static const QStringList keys{QStringLiteral("item_number"), QStringLiteral("description"),
                                  QStringLiteral("kind"),        QStringLiteral("poles"),
                                  QStringLiteral("coding"),      QStringLiteral("colour"),
                                  QStringLiteral("rated_current")};
    return keys;
}

PartSearch::Where PartSearch::textIds(const SearchQuery &query) const
{
    const QStringList typed = words(query.text);
    if (typed.isEmpty())
        return {};
    const SqlDialect &dialect = m_database.dialect();
    Where ids{dialect.fullTextIds(), {dialect.fullTextQuery(typed)}};
    // One word may be the start of a superseded item number. Only then is
    // the union added: it makes the database collect every match before
    // the first one is returned, which costs tens of milliseconds when the
    // first letters typed match most parts.
    if (typed.size() == 1) {
        QString escaped = typed.first();
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        escaped += QLatin1Char('%');
        const bool superseded =
            !m_database
                 .scalar(QStringLiteral("SELECT 1 FROM supersession WHERE lower(old_item_number) LIKE lower(?) ESCAPE '\\' "
                                        "LIMIT 1"),
                         {escaped}, QStringLiteral("Looking up superseded item numbers"))
                 .isNull();
        if (superseded) {
            ids.sql += QStringLiteral(" UNION SELECT successor_id FROM supersession "
                                      "WHERE lower(old_item_number) LIKE lower(?) ESCAPE '\\'");
            ids.values << escaped;
        }
    }
    return ids;
}

bool PartSearch::isDense(const Where &ids) const
{
    // A thousand matches are found at once in the index; past that, sorting
    // all matches costs more than walking the parts in order.
    constexpr int denseFrom = 1000;
    return m_database
               .scalar(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS found").arg(ids.sql).arg(denseFrom),
                       ids.values, QStringLiteral("Estimating the parts found"))
               .toInt()
        >= denseFrom;
}

PartSearch::Where PartSearch::where(const SearchQuery &query, const QString &skipFacet, bool dense) const
{
    QStringList conditions;
    QVariantList values;
    const Where ids = textIds(query);
    if (!ids.sql.isEmpty()) {
        const QString id = dense ? m_database.dialect().orderedMembership(QStringLiteral("p.id"))
                                 : QStringLiteral("p.id");
        conditions << QStringLiteral("%1 IN (%2)").arg(id, ids.sql);
        values << ids.values;
    }
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        if (it.key() == skipFacet || it.value().isEmpty() || !facetKeys().contains(it.key()))
            continue;
        QStringList alternatives;
        for (const QString &value : it.value()) {
            if (it.key() == QLatin1String("issuer")) {
                alternatives << (value.isEmpty()
                                     ? QStringLiteral("NOT EXISTS (SELECT 1 FROM approval a WHERE a.part_id = p.id)")
                                     : QStringLiteral("EXISTS (SELECT 1 FROM approval a WHERE a.part_id = p.id AND a.issuer = ?)"));
            } else {
                alternatives << (value.isEmpty() ? facetColumn(it.key()) + QStringLiteral(" IS NULL")
                                                 : facetColumn(it.key()) + QStringLiteral(" = ?"));
            }
            if (!value.isEmpty())
                values << value;
        }
        conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return {conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
            values};
}

int PartSearch::count(const SearchQuery &query, int cap) const
{
    const bool filtered = std::any_of(query.filters.cbegin(), query.filters.cend(),
                                      [](const QStringList &values) { return !values.isEmpty(); });
    const Where ids = textIds(query);
    // Text alone: count in the index, without touching the parts.
    Where w;
    if (!filtered && !ids.sql.isEmpty()) {
        w = {QStringLiteral("SELECT 1 FROM (%1) AS matched").arg(ids.sql), ids.values};
    } else {
        w = where(query);
        w.sql.prepend(QStringLiteral("SELECT 1 FROM part p"));
    }
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS found").arg(w.sql).arg(cap + 1), w.values,
                QStringLiteral("Counting the parts found"))
        .toInt();
}

QList<PartSummary> PartSearch::page(const SearchQuery &query, int offset, int limit) const
{
    const bool byItem = !sortKeys().contains(query.sortKey) || query.sortKey == QLatin1String("item_number");
    const Where ids = textIds(query);
    const Where w = where(query, QString(), byItem && !ids.sql.isEmpty() && isDense(ids));
    QString order;
    if (byItem) {
        order = QStringLiteral("p.item_number %1").arg(query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    } else {
        const QString key = query.sortKey == QLatin1String("rated_current") ? ratedCurrent
                                                                             : QStringLiteral("p.") + query.sortKey;
        // Unknown values last in either direction; item number breaks ties.
        order = QStringLiteral("%1 IS NULL, %1 %2, p.item_number")
                    .arg(key, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    }
    QVariantList values = w.values;
    values << limit << offset;
    QSqlQuery rows = m_database.run(
        QStringLiteral("SELECT p.id, p.item_number, p.description, p.family, p.kind, p.poles, "
                       "p.coding, p.colour, %1 FROM part p%2 ORDER BY %3 LIMIT ? OFFSET ?")
            .arg(ratedCurrent, w.sql, order),
        values, QStringLiteral("Searching the catalog"));
    QList<PartSummary> result;
    while (rows.next()) {
        PartSummary s;
        s.id = rows.value(0).toLongLong();
        s.itemNumber = rows.value(1).toString();
        s.description = rows.value(2).toString();
        s.family = rows.value(3).isNull() ? QString() : rows.value(3).toString();
        s.kind = rows.value(4).isNull() ? QString() : rows.value(4).toString();
        if (!rows.value(5).isNull())
            s.poles = rows.value(5).toInt();
        s.coding = rows.value(6).isNull() ? QString() : rows.value(6).toString();
        s.colour = rows.value(7).isNull() ? QString() : rows.value(7).toString();
        if (!rows.value(8).isNull())
            s.ratedCurrentA = rows.value(8).toDouble();
        result.append(s);
    }
    return result;
}

QMap<QString, QList<PartSearch::FacetValue>> PartSearch::facets(const SearchQuery &query) const
{
    QMap<QString, QList<FacetValue>> result;
    for (const QString &key : facetKeys()) {
        const Where w = where(query, key);
        const QString sql = key == QLatin1String("issuer")
            ? QStringLiteral("SELECT a.issuer, count(DISTINCT p.id) FROM part p "
                             "JOIN approval a ON a.part_id = p.id%1 GROUP BY a.issuer ORDER BY a.issuer")
                  .arg(w.sql)
            : QStringLiteral("SELECT %1, count(*) FROM part p%2 GROUP BY %1 ORDER BY %1 IS NULL, %1")
                  .arg(facetColumn(key), w.sql);
        QSqlQuery rows = m_database.run(sql, w.values, QStringLiteral("Counting the facet %1").arg(key));
        QList<FacetValue> values;
        while (rows.next()) {
            const QVariant value = rows.value(0);
            values.append({value.isNull() ? QString() : value.toString(), rows.value(1).toInt()});
        }
        result.insert(key, values);
    }
    return result;
}

} // namespace cc
