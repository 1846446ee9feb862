#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real program as a user would: without a display, with a data
// folder and a settings folder of the test's own, so that no user catalog
// is touched and no user's settings change the result.
namespace cc::test {

struct ProgramRun
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
};

inline ProgramRun runProgram(const QStringList &arguments, const QString &dataHome, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CC_PROGRAM), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace cc::test
