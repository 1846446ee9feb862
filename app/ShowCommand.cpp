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
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        QCoreApplication::translate("ShowCommand", "Output format: text (default) or json."),
        QStringLiteral("FORMAT"), QStringLiteral("text")));
}

int ShowCommand::execute(const QCommandLineParser &parser)
{
    const QStringList items = parser.positionalArguments();
    if (items.size() != 1)
        return usageError(QCoreApplication::translate("ShowCommand", "Name one item number."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usageError(QCoreApplication::translate("ShowCommand", "Unknown format \"%1\".")
                              .arg(format));
    }
    const std::unique_ptr<Database> database = openDatabase(parser);
    if (!database)
        return Failure;
    try {
        const std::optional<PartRecord> record = PartRepository(*database).find(items.first().trimmed());
        if (!record) {
            m_err << QCoreApplication::translate("ShowCommand", "Unknown item: %1 is not in the catalog.")
                         .arg(items.first())
                  << Qt::endl;
            return UsageError;
        }
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
