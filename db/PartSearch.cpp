#include "db/PartSearch.h"

#include "db/Database.h"
#include "db/SqlDialect.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

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

bool hasFilters(const SearchQuery &query)
{
    return std::any_of(query.filters.cbegin(), query.filters.cend(),
                       [](const QStringList &values) { return !values.isEmpty(); });
}

} // namespace

PartSearch::PartSearch(const Database &database)
    : m_database(database)
{
}

void PartSearch::optimizeIndex(const Database &database)
{
    for (const QString &statement : database.dialect().optimizeSearchIndex())
        database.run(statement, QStringLiteral("Compacting the search index"));
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

PartSearch::Text PartSearch::textOf(const SearchQuery &query) const
{
    Text text;
    text.words = words(query.text);
    if (text.words.isEmpty())
        return text;
    text.match = m_database.dialect().fullTextQuery(text.words);
    // One word may be the start of a superseded item number. Only then is
    // that search added: as a union it makes the database collect every
    // match before the first one is returned, which costs tens of
    // milliseconds when the first letters typed match most parts.
    if (text.words.size() == 1) {
        QString escaped = text.words.first();
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
        if (superseded)
            text.superseded = escaped;
    }
    return text;
}

PartSearch::Where PartSearch::textIds(const Text &text) const
{
    Where ids{m_database.dialect().fullTextIds(), {text.match}};
    if (!text.superseded.isEmpty()) {
        ids.sql += QStringLiteral(" UNION SELECT successor_id FROM supersession "
                                  "WHERE lower(old_item_number) LIKE lower(?) ESCAPE '\\'");
        ids.values << text.superseded;
    }
    return ids;
}

PartSearch::Where PartSearch::textCondition(const Text &text, Membership membership) const
{
    const SqlDialect &dialect = m_database.dialect();
    if (membership != Membership::Walked) {
        const Where ids = textIds(text);
        const QString id = membership == Membership::Ordered ? dialect.orderedMembership(QStringLiteral("p.id"))
                                                             : QStringLiteral("p.id");
        return {QStringLiteral("%1 IN (%2)").arg(id, ids.sql), ids.values};
    }
    Where match{dialect.fullTextMatchOf(QStringLiteral("p.id")), {text.match}};
    if (!text.superseded.isEmpty()) {
        // The successors are few: collected once, not looked up per row.
        match.sql = QStringLiteral("(%1 OR p.id IN (SELECT successor_id FROM supersession "
                                   "WHERE lower(old_item_number) LIKE lower(?) ESCAPE '\\'))")
                        .arg(match.sql);
        match.values << text.superseded;
    }
    return match;
}

int PartSearch::countIds(const Where &ids, int cap) const
{
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS found").arg(ids.sql).arg(cap), ids.values,
                QStringLiteral("Estimating the parts found"))
        .toInt();
}

PartSearch::Choice PartSearch::choose(const SearchQuery &query, const Text &text, qint64 rows) const
{
    if (m_strategy == Strategy::Walk)
        return {Membership::Walked};
    const SqlDialect &dialect = m_database.dialect();
    // Filters thin out a walk by an amount not known here: collect then.
    const int cost = m_strategy == Strategy::Automatic && !hasFilters(query) ? dialect.rowMatchCost(text.words) : 0;
    // Where ordered membership reads as plain membership (PostgreSQL's
    // planner chooses itself), there is nothing to decide.
    const QString id = QStringLiteral("p.id");
    if (cost <= 0 && dialect.orderedMembership(id) == id)
        return {Membership::Indexed};
    // The largest id stands for the number of parts: cheap to read, and
    // never too small (deleted parts leave gaps).
    const double parts = m_database
                             .scalar(QStringLiteral("SELECT max(id) FROM part"), {},
                                     QStringLiteral("Estimating the size of the catalog"))
                             .toDouble();
    if (parts < 1 || rows < 1)
        return {Membership::Indexed};
    // Walking the parts in order, probing the collected ids (about 60 ns a
    // part), beats fetching and sorting the matches (about 1.2 µs each)
    // when rows * parts / matches / 20 < matches. Twice that many matches
    // are asked for, and at least a fiftieth of the parts, in case they
    // bunch up late in the order ("7" finds SYN-07…: 1,181 matches, 70 % of
    // the way, where the walk took 4.6 ms and sorting 1 ms); a thousand are
    // sorted at once whatever the catalog's size.
    const double orderedFrom = std::max({1000.0, std::ceil(parts / 50),
                                         std::ceil(std::sqrt(static_cast<double>(rows) * parts / 5))});
    const int found = countIds(textIds(text), static_cast<int>(orderedFrom));
    const Membership collecting = found >= orderedFrom ? Membership::Ordered : Membership::Indexed;
    // Walking with a lookup per row tests about rows * parts / matches
    // rows at `cost` each; collecting costs about one per match. So walk
    // when matches^2 > rows * parts * cost.
    const double walkFrom = cost > 0 ? std::ceil(std::sqrt(static_cast<double>(rows) * parts * cost)) : parts + 1;
    if (walkFrom > parts || found < std::min(orderedFrom, walkFrom))
        return {collecting};
    if (!reachesMatches(text, parts, walkFrom))
        return {collecting};
    // Four times the rows expected at the least density that walks.
    const auto walkLimit = static_cast<qint64>(std::ceil(4.0 * static_cast<double>(rows) * parts / walkFrom));
    return {Membership::Walked, walkLimit, collecting};
}

bool PartSearch::reachesMatches(const Text &text, double parts, double matches) const
{
    // Counting that many matches would cost a good part of what walking
    // saves (1.7 ms for 62,000, 4.5 ms for a phrase). Instead test a few
    // parts spread evenly over the ids, as the walk would: the share that
    // matches estimates the density. A wrong guess costs at most the
    // bounded walk (see page()).
    constexpr int samples = 16;
    QStringList ids;
    for (int k = 0; k < samples; ++k)
        ids << QString::number(1 + static_cast<qint64>((k + 0.5) * parts / samples));
    const Where match = textCondition(text, Membership::Walked);
    QSqlQuery tested = m_database.run(
        QStringLiteral("SELECT count(*), count(CASE WHEN %1 THEN 1 END) FROM part p WHERE p.id IN (%2)")
            .arg(match.sql, ids.join(QLatin1Char(','))),
        match.values, QStringLiteral("Estimating the parts found"));
    tested.next();
    const int present = tested.value(0).toInt();
    // Ids with many gaps (deleted parts): count the matches instead.
    if (present < samples / 2)
        return countIds(textIds(text), static_cast<int>(matches)) >= matches;
    return tested.value(1).toDouble() / present * parts >= matches;
}

PartSearch::Where PartSearch::where(const SearchQuery &query, const Text &text, const QString &skipFacet,
                                    Membership membership) const
{
    QStringList conditions;
    QVariantList values;
    if (!text.isEmpty()) {
        const Where condition = textCondition(text, membership);
        conditions << condition.sql;
        values << condition.values;
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

bool PartSearch::finds(const SearchQuery &query, const QString &itemNumber) const
{
    // The text is tested on this one row, not collected for every match.
    Where w = where(query, textOf(query), QString(), Membership::Walked);
    w.sql = QStringLiteral("SELECT 1 FROM part p%1 %2 p.item_number = ?")
                .arg(w.sql, w.sql.isEmpty() ? QStringLiteral("WHERE") : QStringLiteral("AND"));
    w.values << itemNumber;
    return !m_database.scalar(w.sql, w.values, QStringLiteral("Looking for a part among those found")).isNull();
}

int PartSearch::count(const SearchQuery &query, int cap) const
{
    const bool filtered = hasFilters(query);
    const Text text = textOf(query);
    // Text alone: count in the index, without touching the parts.
    Where w;
    if (!filtered && !text.isEmpty()) {
        const Where ids = textIds(text);
        w = {QStringLiteral("SELECT 1 FROM (%1) AS matched").arg(ids.sql), ids.values};
    } else {
        w = where(query, text);
        w.sql.prepend(QStringLiteral("SELECT 1 FROM part p"));
    }
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS found").arg(w.sql).arg(cap + 1), w.values,
                QStringLiteral("Counting the parts found"))
        .toInt();
}

namespace {

bool byItemNumber(const SearchQuery &query)
{
    return !PartSearch::sortKeys().contains(query.sortKey) || query.sortKey == QLatin1String("item_number");
}

} // namespace

PartSearch::Strategy PartSearch::strategyFor(const SearchQuery &query, int offset, int limit) const
{
    const Text text = textOf(query);
    if (text.isEmpty() || (m_strategy != Strategy::Walk && !byItemNumber(query)))
        return Strategy::Collect;
    return choose(query, text, static_cast<qint64>(offset) + limit).membership == Membership::Walked
        ? Strategy::Walk
        : Strategy::Collect;
}

QList<PartSummary> PartSearch::page(const SearchQuery &query, int offset, int limit) const
{
    const Text text = textOf(query);
    // Walking in another order than the item number's index would read
    // every part: only a forced walk (to compare) does that.
    if (text.isEmpty() || (!byItemNumber(query) && m_strategy != Strategy::Walk))
        return select(query, text, Membership::Indexed, offset, limit);
    const Choice choice = choose(query, text, static_cast<qint64>(offset) + limit);
    if (choice.walkLimit <= 0)
        return select(query, text, choice.membership, offset, limit);
    // The item number the walk stops at; none when the catalog is shorter.
    const QVariant walkEnd = m_database.scalar(
        QStringLiteral("SELECT item_number FROM part ORDER BY item_number %1 LIMIT 1 OFFSET ?")
            .arg(query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC")),
        {choice.walkLimit - 1}, QStringLiteral("Bounding the walk over the parts"));
    if (walkEnd.isNull())
        return select(query, text, choice.membership, offset, limit);
    QList<PartSummary> found = select(query, text, choice.membership, offset, limit, walkEnd);
    // A full page within the bound is the page: every part before the
    // bound was tested.
    if (found.size() >= limit)
        return found;
    return select(query, text, choice.fallback, offset, limit);
}

QList<PartSummary> PartSearch::select(const SearchQuery &query, const Text &text, Membership membership,
                                      int offset, int limit, const QVariant &walkEnd) const
{
    const bool byItem = byItemNumber(query);
    Where w = where(query, text, QString(), membership);
    if (!walkEnd.isNull()) {
        w.sql += QStringLiteral("%1 p.item_number %2 ?")
                     .arg(w.sql.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND"),
                          query.descending ? QStringLiteral(">=") : QStringLiteral("<="));
        w.values << walkEnd;
    }
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
    const Text text = textOf(query);
    for (const QString &key : facetKeys()) {
        const Where w = where(query, text, key);
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
