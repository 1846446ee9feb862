#pragma once

#include "db/SqlDialect.h"

namespace cc {

// The one place for SQLite-only SQL: pragmas and FTS5 syntax.
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override;
    QString migrationDirectory() const override;
    QString probeQuery() const override;
    QStringList connectionSetup() const override;
    QStringList backgroundSetup() const override;
    QStringList writerSetup() const override;
    QString readOnlyQuery() const override;
    QString schemaVersionQuery() const override;
    QString setSchemaVersionStatement(int version) const override;
    QString integrityCheckQuery() const override;
    QString fullTextIds() const override;
    QString fullTextQuery(const QStringList &words) const override;
    QString orderedMembership(const QString &idColumn) const override;
    QString fullTextMatchOf(const QString &idColumn) const override;
    int rowMatchCost(const QStringList &words) const override;
    QStringList optimizeSearchIndex() const override;
    QStringList afterBulkInsert(const QString &table) const override;
    QString beginTransaction() const override;
    QString lockTable(const QString &table) const override;
    QString migrationLock() const override;
    QString foreignKeysOff() const override;
    QString foreignKeysOn() const override;
    QString foreignKeyCheck() const override;
};

} // namespace cc
