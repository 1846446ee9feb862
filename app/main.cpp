#include "AppSettings.h"
#include "CatalogOpener.h"
#include "CommandLine.h"
#include "Database.h"
#include "DatabaseError.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ProjectSession.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
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

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The interface follows the system locale unless the settings name a
    // language. The command line stays English (stable output for scripts).
    const cc::AppSettings settings = cc::AppSettings::load(QSettings());
    cc::Localization::install(app, settings.language);
    app.setApplicationDisplayName(QObject::tr("Connector Configurator"));
    QTextStream err(stderr);
    QString path;
    if (!cc::CommandLine::parseGuiOptions(app.arguments(), &path, err))
        return 2;
    if (path.isEmpty())
        path = settings.databasePath;
    if (path.isEmpty())
        path = cc::CatalogOpener::defaultPath();
    cc::CatalogOpener::Opened opened;
    try {
        opened = cc::CatalogOpener::open(path);
    } catch (const cc::DatabaseError &error) {
        err << error.message() << Qt::endl;
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the catalog"), error.message());
        return 1;
    }
    cc::MainWindow window(std::move(opened.database));
    window.show();
    if (!opened.warning.isEmpty())
        QMessageBox::warning(&window, QObject::tr("Catalog not updated"), opened.warning);
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
    describeApplication();
    const QStringList arguments = argumentsOf(argc, argv);
    if (cc::CommandLine::isCommand(arguments)) {
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
    return runGui(argc, argv);
}
