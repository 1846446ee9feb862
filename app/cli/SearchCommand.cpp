#include "app/cli/SearchCommand.h"

#include "app/cli/CliTr.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartSearch.h"
#include "models/datasheet/DatasheetLayout.h"
#include "models/datasheet/PartFormatter.h"
#include "models/part/PartTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace cc {

namespace {


QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString SearchCommand::summary() const
{
    return CliTr::tr("Search the catalog as the catalog pane does, with facet counts.");
}

void SearchCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("QUERY"), CliTr::tr("Words, item numbers or GTINs (any text)."),
                                 QStringLiteral("[QUERY...]"));
    parser.addOption(QCommandLineOption(QStringLiteral("filter"),
                                        CliTr::tr("Keep parts whose KEY is VALUE (keys: %1); repeatable.")
                                            .arg(PartSearch::facetKeys().join(QStringLiteral(", "))),
                                        QStringLiteral("KEY=VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), CliTr::tr("Print at most N parts (default 50)."),
                                        QStringLiteral("N"), QStringLiteral("50")));
    addFormatOption(parser);
}

int SearchCommand::execute(const QCommandLineParser &parser)
{
    SearchQuery query;
    query.text = parser.positionalArguments().join(QLatin1Char(' '));
    for (const QString &filter : parser.values(QStringLiteral("filter"))) {
        const qsizetype equals = filter.indexOf(QLatin1Char('='));
        const QString key = filter.left(equals).trimmed();
        if (equals < 0 || !PartSearch::facetKeys().contains(key))
            return usageError(CliTr::tr("A filter is KEY=VALUE with KEY one of %1.")
                                  .arg(PartSearch::facetKeys().join(QStringLiteral(", "))));
        query.filters[key] << filter.mid(equals + 1).trimmed();
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return usageError(CliTr::tr("--limit takes a whole number of 0 or more."));
    const QString format = formatOf(parser);
    if (format.isEmpty())
        return UsageError;
    const std::unique_ptr<Database> database = openDatabase(parser);
    if (!database)
        return Failure;
    try {
        const PartSearch search(*database);
        const int total = search.count(query, std::numeric_limits<int>::max() - 1);
        const QList<PartSummary> parts = search.page(query, 0, limit);
        const QMap<QString, QList<PartSearch::FacetValue>> facets = search.facets(query);
        if (format == QLatin1String("json")) {
            QJsonArray items;
            for (const PartSummary &p : parts) {
                items.append(QJsonObject{
                    {QStringLiteral("item_number"), p.itemNumber},
                    {QStringLiteral("description"), p.description},
                    {QStringLiteral("family"), orNull(p.family)},
                    {QStringLiteral("kind"), orNull(p.kind)},
                    {QStringLiteral("poles"), p.poles ? QJsonValue(*p.poles) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("coding"), orNull(p.coding)},
                    {QStringLiteral("colour"), orNull(p.colour)},
                    {QStringLiteral("rated_current_a"),
                     p.ratedCurrentA ? QJsonValue(*p.ratedCurrentA) : QJsonValue(QJsonValue::Null)}});
            }
            QJsonObject facetJson;
            for (auto it = facets.cbegin(); it != facets.cend(); ++it) {
                QJsonObject counts;
                for (const PartSearch::FacetValue &v : it.value())
                    counts.insert(v.value.isEmpty() ? QStringLiteral("not known") : v.value, v.count);
                facetJson.insert(it.key(), counts);
            }
            m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("total"), total},
                                                                 {QStringLiteral("items"), items},
                                                                 {QStringLiteral("facets"), facetJson}})
                                           .toJson());
            return Success;
        }
        m_out << (total == 1 ? CliTr::tr("1 part found") : CliTr::tr("%1 parts found").arg(total)) << QLatin1Char('\n');
        for (const PartSummary &p : parts) {
            m_out << QStringLiteral("  %1  %2\n").arg(p.itemNumber, -18).arg(p.description);
        }
        if (parts.size() < total)
            m_out << CliTr::tr("  … %1 more (use --limit)\n").arg(total - parts.size());
        for (auto it = facets.cbegin(); it != facets.cend(); ++it) {
            QStringList counts;
            for (const PartSearch::FacetValue &v : it.value()) {
                const QString label = v.value.isEmpty() ? PartTr::notKnown() : v.value;
                counts << QStringLiteral("%1 (%2)").arg(label).arg(v.count);
            }
            if (!counts.isEmpty())
                m_out << QStringLiteral("%1: %2\n").arg(it.key(), counts.join(QStringLiteral(", ")));
        }
        return Success;
    } catch (const DatabaseError &error) {
        m_err << error.message() << Qt::endl;
        return Failure;
    }
}

} // namespace cc
