#include "app/cli/MatesCommand.h"

#include "app/cli/CliTr.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/rules/MatingJson.h"
#include "models/rules/MatingRules.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cc {

QString MatesCommand::summary() const
{
    return CliTr::tr("List the parts that mate with a part, and the near misses.");
}

void MatesCommand::configure(QCommandLineParser &parser)
{
    addItemArguments(parser, {QStringLiteral("ITEM")});
}

int MatesCommand::execute(const QCommandLineParser &parser)
{
    ItemInvocation run;
    if (const std::optional<int> failed = prepare(parser, 1, CliTr::tr("Name one item number."), run))
        return *failed;
    const QString &format = run.format;
    const QStringList &items = run.items;
    Database &database = *run.database;
    try {
        const PartRepository repository(database);
        const std::optional<PartRecord> part = repository.find(items.first().trimmed());
        if (!part)
            return unknownItem(items.first());
        const DatabasePartCatalog catalog(repository);
        // Mates and undecided parts fail on no known condition; near misses
        // on one. The database narrows the connectors down to those.
        const QList<PartRecord> close = catalog.mateCandidates(*part, 0);
        const QList<MatingCandidate> mates = MatingRules::matesFor(*part, close);
        const QList<MatingCandidate> undecided = MatingRules::undecided(*part, close);
        const QList<MatingCandidate> nearMisses = MatingRules::nearMisses(*part, catalog);
        if (format == QLatin1String("json")) {
            m_out << QString::fromUtf8(
                QJsonDocument(MatingJson::mates(part->itemNumber(), mates, nearMisses, undecided)).toJson());
            return Success;
        }
        const auto list = [this](const QString &title, const QList<MatingCandidate> &candidates) {
            m_out << title << QLatin1Char('\n');
            if (candidates.isEmpty())
                m_out << CliTr::tr("  none\n");
            for (const MatingCandidate &c : candidates) {
                m_out << QStringLiteral("  %1  %2\n").arg(c.part.itemNumber(), c.part.description());
                if (!c.verdict.mates())
                    m_out << QStringLiteral("      %1\n").arg(c.verdict.summary());
            }
        };
        m_out << QStringLiteral("%1  %2\n\n").arg(part->itemNumber(), part->description());
        list(CliTr::tr("Mates with:"), mates);
        list(CliTr::tr("\nNear misses (one condition fails):"), nearMisses);
        list(CliTr::tr("\nNot decidable from the data:"), undecided);
        return Success;
    } catch (const DatabaseError &error) {
        m_err << error.message() << Qt::endl;
        return Failure;
    }
}

} // namespace cc
