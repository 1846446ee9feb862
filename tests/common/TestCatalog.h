#pragma once

#include "db/CatalogOpener.h"
#include "db/Database.h"
#include "TestBackend.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Helpers shared by the tests: temporary databases and fixture files.
namespace cc::test {

inline QString fixture(const QString &name)
{
    return QStringLiteral(CC_FIXTURES_DIR "/") + name;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A new database holding the bundled catalog: a file in `dir`, or a new
// database on the PostgreSQL test server (see TestBackend.h).
inline std::unique_ptr<Database> catalogIn(const QTemporaryDir &dir,
                                           const QString &name = QStringLiteral("catalog.sqlite"))
{
    return CatalogOpener::open(newDatabase(dir, name)).database;
}

// A database of an older schema, created from an SQL fixture (a dump).
inline void createFromFixture(const QString &path, const QString &fixtureName)
{
    Database::Options options;
    options.migrate = false;
    const std::unique_ptr<Database> database = Database::open(path, options);
    database->runScript(QString::fromUtf8(readAll(fixture(fixtureName))),
                        QStringLiteral("Loading the fixture %1").arg(fixtureName));
}

} // namespace cc::test
