#include "app/cli/CopyCatalogCommand.h"

#include "app/cli/CliTr.h"
#include "db/CatalogCopier.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QCoreApplication>

namespace cc {

namespace {
} // namespace

QString CopyCatalogCommand::summary() const
{
    return CliTr::tr("Copy the whole catalog from one database to another (SQLite file or "
              "postgresql://user@host:port/dbname), both ways.");
}

void CopyCatalogCommand::configure(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("from"), CliTr::tr("The database to copy from."),
                                        QStringLiteral("DB")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
                                        CliTr::tr("The database to copy to (created or upgraded as needed)."),
                                        QStringLiteral("DB")));
    parser.addOption(QCommandLineOption(QStringLiteral("replace"),
                                        CliTr::tr("Replace the catalog the target holds (otherwise it must be empty).")));
}

int CopyCatalogCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return usageError(CliTr::tr("Name both databases: --from DB --to DB."));
    if (!parser.positionalArguments().isEmpty())
        return usageError(CliTr::tr("copy-catalog takes no arguments besides its options."));
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from == to)
        return usageError(CliTr::tr("--from and --to name the same database."));
    try {
        // Both are brought to this program's schema first; the source is
        // only read.
        const std::unique_ptr<Database> source = Database::open(from);
        const std::unique_ptr<Database> target = Database::open(to);
        if (target->isReadOnly()) {
            m_err << CliTr::tr("Cannot write to %1: it is read-only for this program.").arg(target->path())
                  << Qt::endl;
            return Failure;
        }
        CatalogCopier::Options options;
        options.replace = parser.isSet(QStringLiteral("replace"));
        options.progress = [this](const QString &table, int rows) {
            m_out << CliTr::tr("%1: %2 rows").arg(table).arg(rows) << Qt::endl;
        };
        CatalogCopier::copy(*source, *target, options);
        m_out << CliTr::tr("Copied the catalog from %1 to %2.").arg(source->path(), target->path()) << Qt::endl;
        return Success;
    } catch (const DatabaseError &error) {
        m_err << error.message() << Qt::endl << CliTr::tr("Nothing was changed in the target.") << Qt::endl;
        return Failure;
    }
}

} // namespace cc
