#include "app/cli/Command.h"

#include "app/cli/CliTr.h"
#include "db/CatalogOpener.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QCoreApplication>

namespace cc {

Command::Command(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliTr::tr("Show this help."));
    parser.addOption(help);
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"),
        CliTr::tr("Use the catalog database DB: a file, or "
                                               "postgresql://user@host:port/dbname."),
        QStringLiteral("DB")));
    configure(parser);
    QStringList withProgram = arguments;
    withProgram.prepend(QCoreApplication::applicationName() + QLatin1Char(' ') + name());
    if (!parser.parse(withProgram))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Success;
    }
    return execute(parser);
}

std::unique_ptr<Database> Command::openDatabase(const QCommandLineParser &parser)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                             : CatalogOpener::defaultPath();
    try {
        CatalogOpener::Opened opened = CatalogOpener::open(path);
        if (!opened.warning.isEmpty())
            m_err << opened.warning << Qt::endl;
        return std::move(opened.database);
    } catch (const DatabaseError &error) {
        m_err << error.message() << Qt::endl;
        return nullptr;
    }
}

int Command::usageError(const QString &message)
{
    m_err << message << Qt::endl
          << CliTr::tr("Try '%1 %2 --help'.")
                 .arg(QCoreApplication::applicationName(), name())
          << Qt::endl;
    return UsageError;
}

int Command::unknownItem(const QString &itemNumber)
{
    m_err << CliTr::tr("Unknown item: %1 is not in the catalog.")
                 .arg(itemNumber)
          << Qt::endl;
    return UsageError;
}

void Command::addItemArguments(QCommandLineParser &parser, const QStringList &names)
{
    for (const QString &name : names)
        parser.addPositionalArgument(name, CliTr::tr("Item number."));
    addFormatOption(parser);
}

std::optional<int> Command::prepare(const QCommandLineParser &parser, int count,
                                    const QString &usage, ItemInvocation &invocation)
{
    invocation.items = parser.positionalArguments();
    if (invocation.items.size() != count)
        return usageError(usage);
    for (QString &item : invocation.items)
        item = item.trimmed();
    invocation.format = formatOf(parser);
    if (invocation.format.isEmpty())
        return UsageError;
    invocation.database = openDatabase(parser);
    if (!invocation.database)
        return Failure;
    return std::nullopt;
}

void Command::addFormatOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        CliTr::tr("Output format: text (default) or json."),
        QStringLiteral("FORMAT"), QStringLiteral("text")));
}

QString Command::formatOf(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        usageError(CliTr::tr("Unknown format \"%1\".").arg(format));
        return {};
    }
    return format;
}

} // namespace cc
