#include "app/cli/CheckCommand.h"

#include "app/cli/CliTr.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "models/rules/MatingJson.h"
#include "models/rules/MatingRules.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cc {

QString CheckCommand::summary() const
{
    return CliTr::tr("Tell whether two parts mate, and why (exit 0 mates, 1 does "
                                       "not, 3 unknown).");
}

void CheckCommand::configure(QCommandLineParser &parser)
{
    addItemArguments(parser, {QStringLiteral("A"), QStringLiteral("B")});
}

int CheckCommand::execute(const QCommandLineParser &parser)
{
    ItemInvocation run;
    if (const std::optional<int> failed = prepare(parser, 2, CliTr::tr("Name two item numbers."), run))
        return *failed;
    const QString &format = run.format;
    const QStringList &items = run.items;
    Database &database = *run.database;
    try {
        const PartRepository repository(database);
        QList<PartRecord> parts;
        for (const QString &item : items) {
            const std::optional<PartRecord> record = repository.find(item.trimmed());
            if (!record)
                return unknownItem(item);
            parts.append(*record);
        }
        const MatingVerdict verdict = MatingRules::check(parts.at(0), parts.at(1));
        if (format == QLatin1String("json")) {
            m_out << QString::fromUtf8(QJsonDocument(MatingJson::verdict(verdict)).toJson());
        } else {
            m_out << QStringLiteral("%1 + %2: %3\n")
                         .arg(parts.at(0).itemNumber(), parts.at(1).itemNumber(),
                              MatingVerdict::outcomeName(verdict.outcome));
            for (const MatingReason &reason : verdict.reasons)
                m_out << QStringLiteral("  %1: %2\n").arg(reason.codeName(), reason.message);
            for (const QString &message : verdict.missingMessages())
                m_out << QStringLiteral("  not known: %1\n").arg(message);
            if (verdict.listedAsCounterpart)
                m_out << CliTr::tr("  listed as counterparts in the catalog\n");
            if (!verdict.inconsistency.isEmpty())
                m_out << QStringLiteral("  data inconsistency: %1\n").arg(verdict.inconsistency);
        }
        switch (verdict.outcome) {
        case MatingVerdict::Outcome::Mates:
            return Mates;
        case MatingVerdict::Outcome::No:
            return DoesNotMate;
        case MatingVerdict::Outcome::Unknown:
            break;
        }
        return Unknown;
    } catch (const DatabaseError &error) {
        m_err << error.message() << Qt::endl;
        return UsageError;
    }
}

} // namespace cc
