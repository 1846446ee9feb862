#include "ShowCommand.h"

#include "Database.h"
#include "DatabaseError.h"
#include "PartFormatter.h"
#include "PartJson.h"
#include "PartRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cc {

QString ShowCommand::summary() const
{
    return QCoreApplication::translate("ShowCommand", "Print the whole record of a part.");
}

void ShowCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ITEM"),
                                 QCoreApplication::translate("ShowCommand", "Item number."));
    addFormatOption(parser);
}

int ShowCommand::execute(const QCommandLineParser &parser)
{
    const QStringList items = parser.positionalArguments();
    if (items.size() != 1)
        return usageError(QCoreApplication::translate("ShowCommand", "Name one item number."));
    const QString format = formatOf(parser);
    if (format.isEmpty())
        return UsageError;
    const std::unique_ptr<Database> database = openDatabase(parser);
    if (!database)
        return Failure;
    try {
        const std::optional<PartRecord> record = PartRepository(*database).find(items.first().trimmed());
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
