#include "db/CatalogOpener.h"

#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QDir>
#include <QStandardPaths>

namespace cc {

QString CatalogOpener::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("catalog.sqlite"));
}

CatalogOpener::Opened CatalogOpener::open(const QString &path)
{
    Opened opened;
    opened.database = Database::open(path);
    const BundledCatalog bundled;
    if (opened.database->isReadOnly()) {
        if (!bundled.isInstalled(*opened.database)) {
            opened.warning = QStringLiteral(
                "The database %1 is read-only, so the catalog that comes with this version of the "
                "program could not be added to it. It is shown as it is.")
                                 .arg(path);
        }
        return opened;
    }
    opened.catalog = bundled.install(*opened.database);
    return opened;
}

} // namespace cc
