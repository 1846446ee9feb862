#include "app/AppTr.h"
#include "app/cli/CommandLine.h"
#include "app/Localization.h"
#include "db/CatalogOpener.h"
#include "db/Database.h"
#include "models/settings/AppSettings.h"
#include "views/catalog/CatalogConnector.h"
#include "views/main/MainWindow.h"
#include "views/main/StartupProbe.h"
#include "views/project/ProjectSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorConfigurator"));
    QCoreApplication::setApplicationName(QStringLiteral("connector-configurator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runGui(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    // The interface follows the system locale unless the settings name a
    // language. The command line stays English (stable output for scripts).
    const cc::AppSettings settings = cc::AppSettings::load();
    cc::Localization::install(app, settings.language);
    app.setApplicationDisplayName(cc::AppTr::tr("Connector Configurator"));
    QTextStream err(stderr);
    QString path;
    if (!cc::CommandLine::parseGuiOptions(app.arguments(), &path, err))
        return 2;
    if (path.isEmpty())
        path = settings.databasePath;
    if (path.isEmpty())
        path = cc::CatalogOpener::defaultPath();
    // A server address is stored without its password: the connector asks.
    cc::CatalogConnector connector(nullptr);
    std::optional<cc::CatalogOpener::Opened> connected = connector.open(path);
    if (!connected) {
        err << connector.errorString() << Qt::endl;
        QMessageBox::critical(nullptr, cc::AppTr::tr("Cannot open the catalog"), connector.errorString());
        return 1;
    }
    cc::CatalogOpener::Opened opened = std::move(*connected);
    cc::MainWindow window(std::move(opened.database));
    // The start-up benchmark (tests/benchmarks/bench_startup) asks for one
    // line once the catalog is listed; the program then quits.
    std::unique_ptr<cc::StartupProbe> probe;
    if (cc::StartupProbe::requested())
        probe = std::make_unique<cc::StartupProbe>(window.catalogView(), sinceMain);
    window.show();
    if (!opened.warning.isEmpty())
        QMessageBox::warning(&window, cc::AppTr::tr("Catalog not updated"), opened.warning);
    const QString project = cc::CommandLine::projectArgument(app.arguments());
    if (!project.isEmpty())
        window.openProject(project);
    else
        window.projectSession()->offerRecovery();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    describeApplication();
    const QStringList arguments = argumentsOf(argc, argv);
    if (cc::CommandLine::isCommand(arguments)) {
        // The command line prints numbers with a decimal point, whatever the
        // user's locale: scripts read its output.
        QLocale::setDefault(QLocale::c());
        // A command that paints (PDF) needs Qt Gui's fonts: it runs on the
        // offscreen platform, without a display.
        std::unique_ptr<QCoreApplication> app;
        if (cc::CommandLine::needsGui(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cc::CommandLine::run(app->arguments(), out, err);
    }
    return runGui(argc, argv, sinceMain);
}
