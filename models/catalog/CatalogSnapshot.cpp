#include "models/catalog/CatalogSnapshot.h"

#include "db/CatalogCopier.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace cc {

namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

QString CatalogSnapshot::fileName(const QDateTime &when)
{
    return QStringLiteral("catalog-%1.sqlite").arg(when.toString(timeFormat));
}

void CatalogSnapshot::save(const Database &database, const QString &path)
{
    if (QFileInfo::exists(path)) {
        throw DatabaseError(DatabaseError::Kind::Catalog, QStringLiteral("Saving a snapshot of the catalog"),
                            QStringLiteral("%1 exists already").arg(path));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        // A new file of the program's schema, then every row copied.
        std::unique_ptr<Database> snapshot = Database::open(path);
        CatalogCopier::copy(database, *snapshot, CatalogCopier::Options());
    } catch (const DatabaseError &) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        throw;
    }
}

void CatalogSnapshot::restore(const QString &path, Database &database)
{
    if (!QFileInfo(path).isFile()) {
        throw DatabaseError(DatabaseError::Kind::Catalog, QStringLiteral("Restoring a snapshot of the catalog"),
                            QStringLiteral("%1 does not exist").arg(path));
    }
    Database::Options options;
    options.migrate = true; // an older snapshot is brought to this program's schema first
    const std::unique_ptr<Database> snapshot = Database::open(path, options);
    CatalogCopier::Options copy;
    copy.replace = true;
    CatalogCopier::copy(*snapshot, database, copy);
}

QList<CatalogSnapshot::Entry> CatalogSnapshot::list(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^catalog-(\\d{8}-\\d{6})\\.sqlite$"));
    QList<Entry> entries;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("catalog-*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (match.hasMatch())
            entries.append({file.absoluteFilePath(), QDateTime::fromString(match.captured(1), timeFormat)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.taken > b.taken; });
    return entries;
}

} // namespace cc
