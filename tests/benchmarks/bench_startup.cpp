// Measures the GUI's start: from launching the program until its main
// window is shown with the catalog listed (the program reports that moment
// itself when CC_REPORT_STARTUP=1, then quits), and its resident memory
// then. Runs the real program several times on the offscreen platform and
// prints median, minimum and maximum. Not a test: the figures depend on
// the machine and on what else runs on it.
//
//     bench_startup --db catalog.sqlite [--runs 9] [--program PATH] [--platform offscreen|xcb]
//     xvfb-run -a bench_startup --db catalog.sqlite --platform xcb
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

struct Run
{
    double outsideMs = 0; // launch to "catalog listed", as seen from here
    double insideMs = 0; // main() to "catalog listed", as the program saw it
    double residentMb = 0;
    double fileMb = 0; // of which file pages (libraries, the mapped database)
    double anonymousMb = 0; // of which the program's own heap and stacks
};

QString figures(QList<double> values, const QString &unit)
{
    std::sort(values.begin(), values.end());
    const double median = values.size() % 2 ? values.at(values.size() / 2)
                                             : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
    return QStringLiteral("median %1 %4, min %2 %4, max %3 %4")
        .arg(median, 0, 'f', 1)
        .arg(values.first(), 0, 'f', 1)
        .arg(values.last(), 0, 'f', 1)
        .arg(unit);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    QString db;
    int runs = 9;
    QString platform = QStringLiteral("offscreen"); // xcb under xvfb-run
    QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("connector-configurator"));
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            db = args.at(++i);
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--program") && i + 1 < args.size())
            program = args.at(++i);
        else if (args.at(i) == QLatin1String("--platform") && i + 1 < args.size())
            platform = args.at(++i);
        else {
            err << "usage: bench_startup --db FILE [--runs N] [--program PATH] [--platform offscreen|xcb]\n";
            return 2;
        }
    }
    if (db.isEmpty() || !QFileInfo::exists(db)) {
        err << "bench_startup: give an existing catalog with --db (see README, Performance)\n";
        return 2;
    }
    // Settings and data of a fresh user, so that no saved layout or
    // autosaved project changes what starts.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("CC_REPORT_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QRegularExpression line(QStringLiteral("catalog listed: rows (\\d+), (\\d+) ms after main\\(\\), resident (-?\\d+) kB \\(files (-?\\d+) kB, anonymous (-?\\d+) kB\\)"));

    out << "program " << program << "\ncatalog " << db << "\nplatform " << platform << "\n" << Qt::flush;
    QList<Run> results;
    for (int i = 0; i < runs + 1; ++i) { // the first run warms the caches and is not counted
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(program, {QStringLiteral("--db"), db});
        QByteArray output;
        QRegularExpressionMatch match;
        while (!match.hasMatch() && process.waitForReadyRead(30000)) {
            output += process.readAllStandardOutput();
            match = line.match(QString::fromUtf8(output));
        }
        const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        process.waitForFinished(30000);
        if (!match.hasMatch()) {
            err << "bench_startup: no report from the program; its output:\n"
                << output << process.readAllStandardError() << "\n";
            return 1;
        }
        if (i == 0)
            continue;
        Run run;
        run.outsideMs = elapsed;
        run.insideMs = match.captured(2).toDouble();
        run.residentMb = match.captured(3).toDouble() / 1024.0;
        run.fileMb = match.captured(4).toDouble() / 1024.0;
        run.anonymousMb = match.captured(5).toDouble() / 1024.0;
        results << run;
        out << "run " << i << ": " << QString::number(run.outsideMs, 'f', 1) << " ms from launch, "
            << run.insideMs << " ms after main(), rows " << match.captured(1) << ", resident "
            << QString::number(run.residentMb, 'f', 1) << " MB (files "
            << QString::number(run.fileMb, 'f', 1) << " MB, anonymous "
            << QString::number(run.anonymousMb, 'f', 1) << " MB)\n"
            << Qt::flush;
    }
    QList<double> outside, inside, resident, files, anonymous;
    for (const Run &run : std::as_const(results)) {
        outside << run.outsideMs;
        inside << run.insideMs;
        resident << run.residentMb;
        files << run.fileMb;
        anonymous << run.anonymousMb;
    }
    out << "launch to catalog listed: " << figures(outside, QStringLiteral("ms")) << "\n"
        << "main() to catalog listed: " << figures(inside, QStringLiteral("ms")) << "\n"
        << "resident memory then:     " << figures(resident, QStringLiteral("MB")) << "\n"
        << "  of which file pages:    " << figures(files, QStringLiteral("MB")) << "\n"
        << "  of which anonymous:     " << figures(anonymous, QStringLiteral("MB")) << "\n";
    return 0;
}
