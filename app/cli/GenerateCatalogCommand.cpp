#include "app/cli/GenerateCatalogCommand.h"

#include "app/cli/CliTr.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "models/catalog/SyntheticCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace cc {

namespace {
} // namespace

QString GenerateCatalogCommand::summary() const
{
    return CliTr::tr("Write a catalog of synthetic test parts (for benchmarks) into --db FILE.");
}

void GenerateCatalogCommand::configure(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("parts"), CliTr::tr("Number of parts (default 1000)."),
                                        QStringLiteral("N"), QStringLiteral("1000")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), CliTr::tr("Seed of the generator (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1")));
}

int GenerateCatalogCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("db")))
        return usageError(CliTr::tr("Name the database to write with --db FILE."));
    if (!parser.positionalArguments().isEmpty())
        return usageError(CliTr::tr("generate-catalog takes no arguments."));
    bool partsOk = false;
    bool seedOk = false;
    SyntheticCatalog::Options options;
    options.parts = parser.value(QStringLiteral("parts")).toInt(&partsOk);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!partsOk || options.parts < 1 || options.parts > 10'000'000 || !seedOk)
        return usageError(CliTr::tr("--parts takes a number from 1 to 10000000, --seed a whole number."));
    const std::unique_ptr<Database> database = openDatabase(parser);
    if (!database)
        return Failure;
    try {
        QElapsedTimer timer;
        timer.start();
        const int written = SyntheticCatalog::write(*database, options);
        m_out << CliTr::tr("%1 synthetic parts written to %2 in %3 s")
                     .arg(written)
                     .arg(database->path())
                     .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
        return Success;
    } catch (const DatabaseError &error) {
        m_err << error.message() << Qt::endl;
        return Failure;
    }
}

} // namespace cc
