#pragma once

#include "SqlDialect.h"

namespace cc {

// The one place for SQLite-only SQL: pragmas and FTS5 syntax.
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override;
    QString migrationDirectory() const override;
    QStringList connectionSetup() const override;
    QStringList writerSetup() const override;
    QString schemaVersionQuery() const override;
    QString setSchemaVersionStatement(int version) const override;
    QString integrityCheckQuery() const override;
    QString fullTextMatch(const QString &idColumn) const override;
    QString fullTextQuery(const QString &userText) const override;
};

} // namespace cc
