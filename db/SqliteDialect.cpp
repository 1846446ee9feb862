#include "SqliteDialect.h"

#include <QRegularExpression>

namespace cc {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::migrationDirectory() const
{
    return QStringLiteral(":/db/migrations/sqlite");
}

QStringList SqliteDialect::connectionSetup() const
{
    return {QStringLiteral("PRAGMA foreign_keys = ON")};
}

QStringList SqliteDialect::writerSetup() const
{
    return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
}

QString SqliteDialect::schemaVersionQuery() const
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqliteDialect::setSchemaVersionStatement(int version) const
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqliteDialect::integrityCheckQuery() const
{
    return QStringLiteral("PRAGMA quick_check(1)");
}

QString SqliteDialect::fullTextMatch(const QString &idColumn) const
{
    return idColumn + QStringLiteral(" IN (SELECT rowid FROM part_words WHERE part_words MATCH ?)");
}

QString SqliteDialect::fullTextQuery(const QString &userText) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : userText.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

} // namespace cc
