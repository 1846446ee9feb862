#include "db/Migrator.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/MatingKeyColumns.h"
#include "db/SqlDialect.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace cc {

using Kind = DatabaseError::Kind;

namespace {

// Work that completes a step's script where SQL cannot do it, run right
// after the script in the step's transaction.
struct Completion
{
    int version;
    void (*run)(Database &);
};

const Completion completions[] = {
    // Version 8 adds the mating key columns; only the program can compute
    // them (models/part/MatingKey).
    {8, [](Database &database) { MatingKeyColumns::refresh(database); }},
};

// Steps whose script builds anew a table that other tables refer to
// (SQLite: a changed CHECK constraint). They run with foreign keys off,
// which SQLite allows only outside a transaction, and the references are
// checked before the step commits.
const int rebuildingSteps[] = {
    11, // source: the kind 'bmecat'
};

bool rebuildsTables(int version)
{
    for (const int step : rebuildingSteps) {
        if (step == version)
            return true;
    }
    return false;
}

void complete(Database &database, int version)
{
    for (const Completion &completion : completions) {
        if (completion.version == version)
            completion.run(database);
    }
}

} // namespace

Migrator::Migrator(Database &database)
    : m_database(database)
{
}

QList<Migrator::Step> Migrator::steps() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    const QDir dir(m_database.dialect().migrationDirectory());
    QList<Step> result;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        result.append(Step{match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    return result;
}

int Migrator::latestVersion() const
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.constLast().version;
}

int Migrator::migrateTo(int target)
{
    const int current = m_database.schemaVersion();
    const int latest = latestVersion();
    if (current > latest) {
        throw DatabaseError(
            Kind::NewerVersion, QStringLiteral("Cannot open the database %1").arg(m_database.path()),
            QStringLiteral("it was written by a newer version of this program (schema version %1; "
                           "this version understands up to %2). Update the program, or choose "
                           "another database with --db.")
                .arg(current)
                .arg(latest));
    }
    if (current >= target)
        return current;
    if (m_database.isReadOnly()) {
        throw DatabaseError(
            Kind::ReadOnly, QStringLiteral("Cannot upgrade the database %1").arg(m_database.path()),
            QStringLiteral("it has schema version %1 and needs version %2, but it is read-only "
                           "for this program")
                .arg(current)
                .arg(latest));
    }
    if (current > 0) {
        const QString check = m_database
                                  .scalar(m_database.dialect().integrityCheckQuery(), {},
                                          QStringLiteral("Checking the database before upgrade"))
                                  .toString();
        if (check != QLatin1String("ok")) {
            throw DatabaseError(Kind::Corrupt,
                                QStringLiteral("Cannot upgrade the database %1")
                                    .arg(m_database.path()),
                                QStringLiteral("the file is damaged (%1)").arg(check));
        }
    }
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        const QString operation = QStringLiteral("Upgrading the database to schema version %1 (%2)")
                                      .arg(step.version)
                                      .arg(step.name);
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError(Kind::Migration, operation, file.errorString());
        const QString script = QString::fromUtf8(file.readAll());
        const SqlDialect &dialect = m_database.dialect();
        const bool rebuilding = rebuildsTables(step.version) && !dialect.foreignKeysOff().isEmpty();
        if (rebuilding)
            m_database.run(dialect.foreignKeysOff(), operation);
        // Foreign keys are on again however the step ends.
        struct ForeignKeysOn
        {
            Database &database;
            bool active;
            ~ForeignKeysOn()
            {
                if (!active)
                    return;
                try {
                    database.run(database.dialect().foreignKeysOn(), QStringLiteral("Checking references"));
                } catch (const DatabaseError &) {
                    // The connection is gone; a new one starts with them on.
                }
            }
        } foreignKeysOn{m_database, rebuilding};
        Transaction transaction = m_database.transaction(operation);
        // Another program may be upgrading the same server database: wait
        // for it, then skip what it did.
        const QString lock = m_database.dialect().migrationLock();
        if (!lock.isEmpty())
            m_database.run(lock, operation);
        if (m_database.schemaVersion() >= step.version) {
            transaction.commit();
            continue;
        }
        m_database.runScript(script, operation);
        if (rebuilding) {
            QSqlQuery broken = m_database.run(dialect.foreignKeyCheck(), operation);
            if (broken.next()) {
                throw DatabaseError(Kind::Migration, operation,
                                    QStringLiteral("a row of %1 refers to a missing row of %2")
                                        .arg(broken.value(0).toString(), broken.value(1).toString()));
            }
        }
        complete(m_database, step.version);
        m_database.run(m_database.dialect().setSchemaVersionStatement(step.version), operation);
        transaction.commit();
    }
    return current;
}

} // namespace cc
