// Which arguments start the GUI and which run a command (no program run).
#include "app/cli/CommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cc::CommandLine;

class tst_CommandLineArguments : public QObject
{
    Q_OBJECT

private slots:
    void projectFileStartsTheGui();
    void otherArgumentsAreCommands();
    void qtOptionsBelongToTheGui();

private:
    QString writeProject(const QString &name);
    QTemporaryDir m_dir;
};

QString tst_CommandLineArguments::writeProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"format_version": 1, "assemblies": []})");
    return path;
}

void tst_CommandLineArguments::projectFileStartsTheGui()
{
    const QString program = QStringLiteral("connector-configurator");
    const QString project = writeProject(QStringLiteral("hall 3.ccproj"));
    QVERIFY(!project.isEmpty());
    QVERIFY(!CommandLine::isCommand({program}));
    QVERIFY(!CommandLine::isCommand({program, project}));
    QCOMPARE(CommandLine::projectArgument({program, project}), project);
    QVERIFY(!CommandLine::isCommand({program, QStringLiteral("--db"), QStringLiteral("x.sqlite"), project}));
    QCOMPARE(CommandLine::projectArgument({program, QStringLiteral("--db=x.sqlite"), project}), project);
    const QString upper = writeProject(QStringLiteral("UPPER.CCPROJ"));
    QVERIFY(!CommandLine::isCommand({program, upper}));
}

void tst_CommandLineArguments::qtOptionsBelongToTheGui()
{
    // Qt's own options work as in every Qt program, with or without a
    // project, with one dash or two.
    const QString program = QStringLiteral("connector-configurator");
    const QString project = writeProject(QStringLiteral("styled.ccproj"));
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    QVERIFY(!CommandLine::isCommand({program, s("-platform"), s("xcb")}));
    QVERIFY(!CommandLine::isCommand({program, s("--platform"), s("offscreen")}));
    QVERIFY(!CommandLine::isCommand({program, s("-style"), s("fusion"), s("-reverse")}));
    QVERIFY(!CommandLine::isCommand({program, s("-geometry"), s("800x600+0+0")}));
    QVERIFY(!CommandLine::isCommand({program, s("-qwindowgeometry"), s("800x600"), project}));
    QCOMPARE(CommandLine::projectArgument({program, s("-reverse"), project, s("-style"), s("fusion")}),
             project);
    // Other dashed words are still the command line's to refuse.
    QVERIFY(CommandLine::isCommand({program, s("-frobnicate")}));
    QVERIFY(CommandLine::isCommand({program, s("--platform-x")}));
}

void tst_CommandLineArguments::otherArgumentsAreCommands()
{
    const QString program = QStringLiteral("connector-configurator");
    const QString project = writeProject(QStringLiteral("a.ccproj"));
    // A project that does not exist is not opened: the command line
    // complains about it as an unknown command.
    QVERIFY(CommandLine::isCommand({program, m_dir.filePath(QStringLiteral("missing.ccproj"))}));
    QVERIFY(CommandLine::projectArgument({program, m_dir.filePath(QStringLiteral("missing.ccproj"))}).isEmpty());
    // Only as the sole argument.
    QVERIFY(CommandLine::isCommand({program, QStringLiteral("bom"), project}));
    QVERIFY(CommandLine::isCommand({program, project, project}));
    QVERIFY(CommandLine::isCommand({program, QStringLiteral("show"), QStringLiteral("770-1324")}));
    // Another suffix is not a project.
    const QString other = m_dir.filePath(QStringLiteral("a.json"));
    QVERIFY(QFile::copy(project, other));
    QVERIFY(CommandLine::isCommand({program, other}));
}

QTEST_GUILESS_MAIN(tst_CommandLineArguments)
#include "tst_CommandLineArguments.moc"
