// Measures the catalog at scale: opening, searching as a user types, facet
// counts, counterparts of one socket and the rules of one assembly, on a
// synthetic catalog (100,000 parts unless told otherwise).
//
//   bench_catalog [--db FILE] [--parts N] [--only SECTION] [--page ROWS]
//
// SECTION (to profile one part): search, search-detail, facets, mates, rules,
// bom, pdf. ROWS: the rows of the first page of a search (64, as the
// catalog pane asks for).
//
// Prints median and 95th percentile per operation.
#include "db/CatalogOpener.h"
#include "db/Database.h"
#include "db/PartRepository.h"
#include "db/PartSearch.h"
#include "models/bom/BillOfMaterials.h"
#include "models/bom/export/BomCsvWriter.h"
#include "models/bom/export/BomPdfWriter.h"
#include "models/browser/CatalogTableModel.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/catalog/SyntheticCatalog.h"
#include "models/project/Project.h"
#include "models/project/ProjectAssembly.h"
#include "models/rules/AssemblyEvaluator.h"
#include "models/rules/MatingRules.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace cc;

namespace {

QTextStream out(stdout);

struct Figures
{
    double median = 0;
    double p95 = 0;
    int runs = 0;
};

// Runs `work` `runs` times and returns median and 95th percentile in ms.
Figures measure(int runs, const std::function<void(int)> &work)
{
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work(i);
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.at(std::min<qsizetype>(times.size() - 1, times.size() * 95 / 100)),
            runs};
}

void report(const QString &what, const Figures &f, const QString &target = QString())
{
    out << QStringLiteral("%1  median %2 ms  p95 %3 ms  (%4 runs)%5\n")
               .arg(what, -46)
               .arg(f.median, 8, 'f', 3)
               .arg(f.p95, 8, 'f', 3)
               .arg(f.runs, 4)
               .arg(target.isEmpty() ? QString() : QStringLiteral("  target ") + target);
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    // The PDF export paints text, which needs Qt Gui (offscreen is enough).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString path;
    int parts = 100000;
    QString only;
    int pageRows = 64;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
        if (args.at(i) == QLatin1String("--only"))
            only = args.at(i + 1);
        if (args.at(i) == QLatin1String("--parts"))
            parts = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--page"))
            pageRows = args.at(i + 1).toInt();
    }
    QTemporaryDir temporary;
    if (path.isEmpty())
        path = temporary.filePath(QStringLiteral("bench.sqlite"));
    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        auto database = CatalogOpener::open(path).database;
        SyntheticCatalog::Options options;
        options.parts = parts;
        SyntheticCatalog::write(*database, options);
        out << QStringLiteral("generated %1 synthetic parts in %2 s  (target < 30 s for 100,000)\n")
                   .arg(parts)
                   .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1);
    }

    const auto wanted = [&](const char *section) { return only.isEmpty() || only == QLatin1String(section); };
    if (wanted("open"))
        report(QStringLiteral("open database (with catalog check)"),
           measure(10, [&](int) { CatalogOpener::open(path); }));

    auto opened = CatalogOpener::open(path);
    Database &database = *opened.database;
    PartRepository repository(database);
    out << QStringLiteral("catalog: %1 parts in %2\n").arg(repository.count()).arg(path);
    const PartSearch search(database);

    // What the catalog pane does per keystroke on the GUI thread
    // (CatalogTableModel::reload): the first page and, when it is full, a
    // count up to CatalogTableModel::quickCountCap. The exact count and the
    // facets follow on the pane's worker thread ("facet counts" below).
    const auto typing = [&](const QString &text) {
        QStringList prefixes;
        for (qsizetype n = 1; n <= text.size(); ++n)
            prefixes << text.left(n);
        return prefixes;
    };
    for (const QString &typed : {QStringLiteral("SYN-012345"), QStringLiteral("synthetic socket 4-pole"),
                                 QStringLiteral("770-1324"), QStringLiteral("blue plug")}) {
        if (!wanted("search"))
            break;
        const QStringList prefixes = typing(typed);
        report(QStringLiteral("search while typing \"%1\"").arg(typed),
               measure(static_cast<int>(prefixes.size()) * 5, [&](int i) {
                   SearchQuery query;
                   query.text = prefixes.at(i % prefixes.size());
                   if (search.page(query, 0, pageRows).size() == pageRows)
                       search.count(query, CatalogTableModel::quickCountCap);
               }),
               QStringLiteral("p95 < 5 ms"));
    }
    // Per keystroke, count and page apart: where the search's time goes.
    for (const QString &typed : {QStringLiteral("SYN-012345"), QStringLiteral("synthetic socket 4-pole"),
                                 QStringLiteral("770-1324"), QStringLiteral("blue plug")}) {
        if (only != QLatin1String("search-detail"))
            break;
        for (const QString &prefix : typing(typed)) {
            SearchQuery query;
            query.text = prefix;
            report(QStringLiteral("  count \"%1\" (%2)").arg(prefix).arg(search.count(query)),
                   measure(5, [&](int) { search.count(query); }));
            const bool walks = search.strategyFor(query, 0, pageRows) == PartSearch::Strategy::Walk;
            const QString how = walks ? QStringLiteral("walk") : QStringLiteral("collect");
            report(QStringLiteral("  page \"%1\" (%2)").arg(prefix, how),
                   measure(5, [&](int) { search.page(query, 0, pageRows); }));
            if (walks) {
                // What collecting every match would cost instead.
                PartSearch collecting(database);
                collecting.setStrategy(PartSearch::Strategy::Collect);
                report(QStringLiteral("  page \"%1\" (collect, not chosen)").arg(prefix),
                       measure(5, [&](int) { collecting.page(query, 0, pageRows); }));
            }
        }
    }
    for (const QString &typed : {QString(), QStringLiteral("SYN-0123"), QStringLiteral("synthetic")}) {
        if (!wanted("facets"))
            break;
        report(QStringLiteral("facet counts for \"%1\"").arg(typed), measure(10, [&](int) {
                   SearchQuery query;
                   query.text = typed;
                   search.facets(query);
               }));
    }

    const DatabasePartCatalog catalog(repository);
    const PartRecord socket = *repository.find(QStringLiteral("SYN-000400"));
    // Where the counterparts' time goes: the candidate query, then reading
    // the records (one by one as before, and in batches).
    const PartRepository::MateQuery mateQuery = DatabasePartCatalog::mateQueryFor(socket);
    if (wanted("mates")) {
        QStringList candidates;
        report(QStringLiteral("  mate candidate query"),
               measure(5, [&](int) { candidates = repository.mateCandidateItems(mateQuery, 0); }));
        report(QStringLiteral("  %1 candidate records one by one (find)").arg(candidates.size()), measure(3, [&](int) {
                   for (const QString &item : std::as_const(candidates))
                       repository.find(item);
               }));
        report(QStringLiteral("  %1 candidate records in batches (findMany)").arg(candidates.size()),
               measure(5, [&](int) { repository.findMany(candidates); }));
        QList<MatingCandidate> mates;
        report(QStringLiteral("counterparts of one socket (catalog scan)"),
               measure(3, [&](int) { mates = MatingRules::matesFor(socket, catalog); }), QStringLiteral("< 1 ms"));
        out << QStringLiteral("  %1 mates found for SYN-000400\n").arg(mates.size());
        // A real socket among the 100,000 parts: a handful of counterparts.
        if (const std::optional<PartRecord> real = repository.find(QStringLiteral("770-1324"))) {
            report(QStringLiteral("counterparts of 770-1324 (bundled socket)"),
                   measure(20, [&](int) { mates = MatingRules::matesFor(*real, catalog); }),
                   QStringLiteral("< 1 ms"));
            out << QStringLiteral("  %1 mates found for 770-1324\n").arg(mates.size());
        }
    }

    Assembly assembly;
    assembly.socket.itemNumber = QStringLiteral("SYN-000400");
    assembly.plug.itemNumber = QStringLiteral("SYN-000401");
    const AssemblyEvaluator rules(catalog);
    if (wanted("rules"))
        report(QStringLiteral("rules for one assembly"), measure(3, [&](int) { rules.evaluate(assembly); }));
    if (!wanted("bom") && !wanted("pdf"))
        return 0;

    // A project of 10,000 assemblies of the bundled parts (flying socket and
    // plug with a 7 mm cable each side, every tenth a spare socket).
    Project project;
    project.name = QStringLiteral("Benchmark");
    for (int i = 0; i < 10000; ++i) {
        ProjectAssembly a;
        a.designation = QStringLiteral("X%1").arg(i + 1);
        a.quantity = 1 + i % 4;
        a.assembly.socket.itemNumber = QStringLiteral("770-1324");
        a.assembly.socket.mounting = QStringLiteral("flying");
        a.assembly.socket.cable.outerDiameterMm = 7.0;
        a.assembly.socket.cable.count = 2;
        if (i % 10 != 0) {
            a.assembly.plug.itemNumber = QStringLiteral("770-1334");
            a.assembly.plug.mounting = QStringLiteral("flying");
            a.assembly.plug.cable.outerDiameterMm = 7.0;
            a.assembly.plug.cable.count = 2;
        }
        project.assemblies.append(a);
    }
    BillOfMaterials bom;
    if (only == QLatin1String("pdf")) {
        bom = BillOfMaterials::build(project, catalog);
    } else {
        report(QStringLiteral("BOM of 10,000 assemblies"),
               measure(3, [&](int) { bom = BillOfMaterials::build(project, catalog); }),
               QStringLiteral("< 200 ms"));
        out << QStringLiteral("  %1 lines, %2 warnings\n").arg(bom.lines.size()).arg(bom.warnings.size());
        report(QStringLiteral("CSV export of that BOM"), measure(3, [&](int) { BomCsvWriter::write(bom); }));
    }
    report(QStringLiteral("PDF export of that BOM"),
           measure(3, [&](int) { BomPdfWriter::write(bom, BomWriteOptions()); }));
    return 0;
}
