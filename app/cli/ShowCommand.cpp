#include "app/cli/ShowCommand.h"

#include "app/cli/CliTr.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "models/datasheet/PartFormatter.h"
#include "models/part/PartJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cc {

QString ShowCommand::summary() const
{
    return CliTr::tr("Print the whole record of a part.");
}

void ShowCommand::configure(QCommandLineParser &parser)
{
    addItemArguments(parser, {QStringLiteral("ITEM")});
}

int ShowCommand::execute(const QCommandLineParser &parser)
{
    ItemInvocation run;
    if (const std::optional<int> failed = prepare(parser, 1, CliTr::tr("Name one item number."), run))
        return *failed;
    const QString &format = run.format;
    const QStringList &items = run.items;
    Database &database = *run.database;
    try {
        const std::optional<PartRecord> record = PartRepository(database).find(items.first().trimmed());
        if (!record)
            return unknownItem(items.first());
        if (format == QLatin1String("json")) {
            m_out << QString::fromUtf8(QJsonDocument(PartJson::toJson(*record)).toJson(QJsonDocument::Indented));
        } else {
            m_out << PartFormatter().text(*record);
        }
        return Success;
    } catch (const DatabaseError &error) {
        m_err << error.message() << Qt::endl;
        return Failure;
    }
}

} // namespace cc
