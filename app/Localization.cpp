#include "app/Localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace cc {

QLocale Localization::localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language == QLatin1String("en")) {
        return system.language() == QLocale::English
            ? system
            : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    if (language == QLatin1String("de"))
        return system.language() == QLocale::German ? system : QLocale(QLocale::German);
    return system;
}

QString Localization::applicationCatalog(const QLocale &locale)
{
    const QString name = QLocale::languageToCode(locale.language());
    return QStringLiteral(":/i18n/connector-configurator_%1.qm").arg(name);
}

QLocale Localization::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return locale;

    const QString catalog = applicationCatalog(locale);
    if (QFile::exists(catalog)) {
        auto *translator = new QTranslator(&app);
        if (translator->load(catalog))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return locale;
}

} // namespace cc
