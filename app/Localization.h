#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace cc {

// Chooses the interface language and installs the translators: the
// application's (embedded .qm) and Qt's own (qtbase_xx from
// QLibraryInfo::TranslationsPath, when installed).
class Localization
{
public:
    // The locale for `language` ("system", "en", "de"): "system" is the
    // system locale, the others that language with the system's country
    // where it speaks it.
    static QLocale localeFor(const QString &language);

    // Sets the default locale (number formats) for `language` and installs
    // the translators on `app`. Returns the locale chosen.
    static QLocale install(QCoreApplication &app, const QString &language);

    // The embedded translation of the application for `locale`, e.g.
    // ":/i18n/connector-configurator_de.qm".
    static QString applicationCatalog(const QLocale &locale);
};

} // namespace cc
