#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace cc {

class Database;

// One subcommand of the program's command line. Exit codes: 0 success,
// 1 a failure the command reports (e.g. a database it cannot open),
// 2 a usage error or an unknown item; commands may define more.
class Command
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    Command(QTextStream &out, QTextStream &err);
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Whether the command paints (e.g. a PDF) and so needs Qt Gui; it then
    // runs on the offscreen platform, without a display.
    virtual bool needsGui() const { return false; }
    // Runs with the arguments after the subcommand's name.
    int run(const QStringList &arguments);

protected:
    // Adds the command's own options and positional arguments.
    virtual void configure(QCommandLineParser &parser) = 0;
    virtual int execute(const QCommandLineParser &parser) = 0;

    // Opens the database named by --db or the default one; prints the error
    // and returns nullptr when that fails.
    std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser);
    int usageError(const QString &message);
    // What a command about item numbers starts with.
    struct ItemInvocation
    {
        QStringList items;
        QString format; // text or json
        std::unique_ptr<Database> database;
    };
    // Adds the positional item arguments and --format.
    void addItemArguments(QCommandLineParser &parser, const QStringList &names);
    // Reads exactly `count` item numbers and --format, and opens the
    // database. Returns an exit code (after printing why) when one fails.
    std::optional<int> prepare(const QCommandLineParser &parser, int count, const QString &usage,
                               ItemInvocation &invocation);

    // Prints that the item is not in the catalog; returns UsageError.
    int unknownItem(const QString &itemNumber);
    // --format text|json
    void addFormatOption(QCommandLineParser &parser);
    // The chosen format, or an empty string after printing a usage error.
    QString formatOf(const QCommandLineParser &parser);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace cc
