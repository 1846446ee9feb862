#include "app/cli/CommandLine.h"

#include "app/cli/BomCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/CliTr.h"
#include "app/cli/Command.h"
#include "app/cli/CopyCatalogCommand.h"
#include "app/cli/GenerateCatalogCommand.h"
#include "app/cli/ImportCatalogCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/MatesCommand.h"
#include "app/cli/SearchCommand.h"
#include "app/cli/ShowCommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <functional>
#include <memory>

namespace cc {

namespace {

using Factory = std::function<std::unique_ptr<Command>(QTextStream &, QTextStream &)>;

const QList<Factory> &commands()
{
    static const QList<Factory> list{
        [](QTextStream &out, QTextStream &err) { return std::make_unique<ShowCommand>(out, err); },
        [](QTextStream &out, QTextStream &err) { return std::make_unique<SearchCommand>(out, err); },
        [](QTextStream &out, QTextStream &err) { return std::make_unique<CheckCommand>(out, err); },
        [](QTextStream &out, QTextStream &err) { return std::make_unique<MatesCommand>(out, err); },
        [](QTextStream &out, QTextStream &err) { return std::make_unique<GenerateCatalogCommand>(out, err); },
        [](QTextStream &out, QTextStream &err) { return std::make_unique<BomCommand>(out, err); },
        [](QTextStream &out, QTextStream &err) { return std::make_unique<ImportCommand>(out, err); },
        [](QTextStream &out, QTextStream &err) { return std::make_unique<ImportCatalogCommand>(out, err); },
        [](QTextStream &out, QTextStream &err) { return std::make_unique<CopyCatalogCommand>(out, err); },
    };
    return list;
}

QString helpText(QTextStream &out, QTextStream &err)
{
    QString text = CliTr::tr("Usage: %1 [--db DB]                start the application\n"
                       "       %1 COMMAND [OPTIONS] [ARGS]  run a command\n"
                       "\nCommands:\n")
                       .arg(QCoreApplication::applicationName());
    for (const Factory &factory : commands()) {
        const std::unique_ptr<Command> command = factory(out, err);
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -18).arg(command->summary());
    }
    text += CliTr::tr("\nOptions:\n"
        "  --db DB             use the catalog database DB: a file, or a PostgreSQL server as\n"
        "                      postgresql://user@host:port/dbname (default: the user's catalog)\n"
        "  -h, --help          show this help; COMMAND --help shows a command's options\n"
        "  -v, --version       show the version\n");
    return text;
}

bool isOption(const QString &argument, const char *shortName, const char *longName)
{
    return argument == QLatin1String(shortName) || argument == QLatin1String(longName);
}

// The arguments after the program's name, without --db FILE / --db=FILE.
// Qt's own options of a GUI program (QGuiApplication, QApplication and the
// X11 ones), with one dash or two: they belong to the GUI, never to a
// command. The first list takes a value.
bool isQtOption(const QString &argument, bool *takesValue)
{
    static const QStringList withValue{
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"),
        QStringLiteral("qmljsdebugger"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"),
        QStringLiteral("session"), QStringLiteral("display"), QStringLiteral("geometry"),
        QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("visual"),
        QStringLiteral("style"), QStringLiteral("stylesheet")};
    static const QStringList withoutValue{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                          QStringLiteral("nograb"), QStringLiteral("dograb"),
                                          QStringLiteral("sync")};
    if (!argument.startsWith(QLatin1Char('-')))
        return false;
    QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    *takesValue = withValue.contains(name);
    return *takesValue || withoutValue.contains(name);
}

// The arguments after the program's name without --db DB and Qt's own
// options.
QStringList withoutDatabaseOption(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        bool takesValue = false;
        if (argument == QLatin1String("--db") || (isQtOption(argument, &takesValue) && takesValue)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--db=")) && !isQtOption(argument, &takesValue))
            rest << argument;
    }
    return rest;
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    // Anything but --db and Qt's own options (-platform, -style, -reverse,
    // ...) is a subcommand, --help, --version or something to complain
    // about; a lone project file opens in the GUI.
    return projectArgument(arguments).isEmpty() && !withoutDatabaseOption(arguments).isEmpty();
}

QString CommandLine::projectArgument(const QStringList &arguments)
{
    const QStringList rest = withoutDatabaseOption(arguments);
    if (rest.size() != 1)
        return {};
    const QFileInfo file(rest.first());
    if (file.suffix().compare(QLatin1String("ccproj"), Qt::CaseInsensitive) != 0 || !file.isFile())
        return {};
    return file.absoluteFilePath();
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const QStringList rest = withoutDatabaseOption(arguments);
    if (rest.isEmpty())
        return false;
    QTextStream none;
    for (const Factory &factory : commands()) {
        const std::unique_ptr<Command> command = factory(none, none);
        if (command->name() == rest.first())
            return command->needsGui();
    }
    return false;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList rest = arguments.mid(1);
    QStringList global;
    // --db may stand before the subcommand too.
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--db"))) {
        global << rest.takeFirst();
        if (global.last() == QLatin1String("--db") && !rest.isEmpty())
            global << rest.takeFirst();
    }
    if (rest.isEmpty()) {
        out << helpText(out, err);
        return Command::UsageError;
    }
    const QString first = rest.takeFirst();
    if (isOption(first, "-h", "--help") || first == QLatin1String("help")) {
        out << helpText(out, err);
        return Command::Success;
    }
    if (isOption(first, "-v", "--version")) {
        out << QCoreApplication::applicationName() << ' '
            << QCoreApplication::applicationVersion() << Qt::endl;
        return Command::Success;
    }
    for (const Factory &factory : commands()) {
        const std::unique_ptr<Command> command = factory(out, err);
        if (command->name() == first)
            return command->run(global + rest);
    }
    err << CliTr::tr("Unknown command \"%1\".").arg(first)
        << Qt::endl
        << CliTr::tr("Try '%1 --help'.")
               .arg(QCoreApplication::applicationName())
        << Qt::endl;
    return Command::UsageError;
}

bool CommandLine::parseGuiOptions(const QStringList &arguments, QString *databasePath,
                                  QTextStream &err)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << CliTr::tr("--db needs a file name or a postgresql:// address.")
                    << Qt::endl;
                return false;
            }
            *databasePath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            *databasePath = argument.mid(5);
        }
    }
    return true;
}

} // namespace cc
