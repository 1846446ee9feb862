#pragma once

#include <QStringList>
#include <QTextStream>

namespace cc {

// The program's command line. With a subcommand (or --help / --version) it
// runs without a display; without one, main() starts the GUI.
class CommandLine
{
public:
    // Whether `arguments` (program name first) ask for the command line.
    // A project to open (see projectArgument) starts the GUI.
    static bool isCommand(const QStringList &arguments);
    // The project file named as the only argument (besides --db): a path
    // ending in .ccproj that exists; else empty.
    static QString projectArgument(const QStringList &arguments);
    // Whether the command named in `arguments` needs Qt Gui (see Command).
    static bool needsGui(const QStringList &arguments);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // The options the GUI takes: --db FILE. Returns false and prints the
    // problem on a usage error.
    static bool parseGuiOptions(const QStringList &arguments, QString *databasePath,
                                QTextStream &err);
};

} // namespace cc
