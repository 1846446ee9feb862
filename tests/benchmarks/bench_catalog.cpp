// Measures the catalog at scale: opening, searching as a user types, facet
// counts, counterparts of one socket and the rules of one assembly, on a
// synthetic catalog (100,000 parts unless told otherwise); and the import of
// generated catalog feeds (BMEcat with ETIM features) into a new catalog.
//
//   bench_catalog [--db FILE] [--parts N] [--only SECTION] [--page ROWS]
//                 [--feed-products N,N,...]
//
// SECTION (to profile one part): feed, search, search-detail, facets, mates,
// rules, bom, pdf. ROWS: the rows of the first page of a search (64, as the
// catalog pane asks for). --feed-products: the feed sizes (default
// 2000,20000).
//
// Prints median and 95th percentile per operation; for the feeds the time
// and the peak resident memory of each import.
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
#include "models/import/FeedImporter.h"
#include "models/project/Project.h"
#include "models/project/ProjectAssembly.h"
#include "models/rules/AssemblyEvaluator.h"
#include "models/rules/MatingRules.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

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

// A value of /proc/self/status in MB ("VmHWM", "VmRSS"); -1 where unknown.
double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key) + ':'))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Starts a new peak of resident memory (Linux: clear_refs 5 resets VmHWM).
bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// The peak of the program's own (anonymous) memory while it lives: the heap
// without the database file's pages that SQLite maps (those count in VmHWM
// but are the file's, and the kernel drops them when it needs the memory).
class AnonymousPeak
{
public:
    AnonymousPeak()
        : m_thread([this] {
            while (!m_stop.load()) {
                m_peak.store(std::max(m_peak.load(), statusMb("RssAnon")));
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        })
    {
    }
    ~AnonymousPeak()
    {
        m_stop.store(true);
        m_thread.join();
    }
    double peak() const { return std::max(m_peak.load(), statusMb("RssAnon")); }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_peak{0};
    std::thread m_thread;
};

// A BMEcat 2005 feed of `products` fictitious products (test data) as
// vendors ship them: two languages, the ETIM features of a connector or an
// accessory, trade data, packing units, data sheet links and references to
// other products of the feed.
void writeFeed(const QString &path, int products)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- TEST DATA: a generated benchmark feed -->\n"
               "<BMECAT version=\"2005\" xmlns=\"http://www.bmecat.org/bmecat/2005\"><HEADER><CATALOG>"
               "<LANGUAGE default=\"true\">deu</LANGUAGE><LANGUAGE>eng</LANGUAGE><CATALOG_ID>TEST-BENCH</CATALOG_ID>"
               "<CATALOG_VERSION>1</CATALOG_VERSION><MIME_ROOT>https://example.com/media/</MIME_ROOT></CATALOG>"
               "<SUPPLIER><SUPPLIER_NAME>Test Wholesale (test data)</SUPPLIER_NAME></SUPPLIER></HEADER>"
               "<T_NEW_CATALOG>\n");
    const auto item = [](int i) { return QStringLiteral("TEST-BENCH-%1").arg(i, 6, 10, QLatin1Char('0')); };
    const char *const colours[] = {"EV000080", "EV000206", "EV000202", "EV000235", "EV000270"};
    for (int i = 0; i < products; ++i) {
        const bool socket = i % 3 == 0;
        const bool accessory = i % 3 == 2;
        const int poles = 2 + i % 4;
        QString features;
        const auto feature = [&features](const char *name, const QString &values, const char *unit = nullptr) {
            features += QStringLiteral("<FEATURE><FNAME>%1</FNAME>%2%3</FEATURE>")
                            .arg(QLatin1String(name), values,
                                 unit ? QStringLiteral("<FUNIT>%1</FUNIT>").arg(QLatin1String(unit)) : QString());
        };
        const auto value = [](const QString &v) { return QStringLiteral("<FVALUE>%1</FVALUE>").arg(v); };
        if (accessory) {
            feature("EF000215", value(QStringLiteral("EV008385")));
            feature("EF001596", value(QStringLiteral("EV000402")));
        } else {
            feature("EF001391", value(QString::number(poles)));
            feature("EF000010", value(socket ? QStringLiteral("EV000218") : QStringLiteral("EV000217")));
            feature("EF006772", value(QLatin1String(colours[i % 5])));
            feature("EF000228", value(QStringLiteral("400")), "V");
            feature("EF000227", value(QString::number(16 + i % 3 * 4)), "A");
            feature("EF002993", value(QStringLiteral("4")));
            feature("EF002570", value(QStringLiteral("3")));
            feature("EF009690", value(QStringLiteral("0.5")) + value(QStringLiteral("2.5")), "MMK");
            feature("EF009691", value(QStringLiteral("0.5")) + value(QStringLiteral("4")), "MMK");
            feature("EF005474", value(QStringLiteral("EV006405")));
            feature("EF000124", value(QStringLiteral("EV005752")));
            feature("EF002356", value(QStringLiteral("NA")));
            feature("EF006769", value(QStringLiteral("1")));
            feature("EF002910", value(QStringLiteral("true")));
            feature("EF000208", value(QStringLiteral("EV011979")));
            feature("EF000878", value(QStringLiteral("false")));
            feature("EF001596", value(QStringLiteral("EV000402")));
            feature("EF004019", value(QStringLiteral("EV006575")));
            feature("EF002558", value(QStringLiteral("EV001481")));
            feature("EF006773", value(QString::number(0.05 + (i % 7) * 0.01)), "KWH");
            feature("EF000008", value(QString::number(20 + poles * 5)));
            feature("EF000040", value(QStringLiteral("12.9")));
            feature("EF001438", value(QStringLiteral("37.5")));
        }
        const QString kind = accessory ? QStringLiteral("Strain relief housing") : socket ? QStringLiteral("Socket")
                                                                                            : QStringLiteral("Plug");
        const QString product = QStringLiteral(
            "<PRODUCT mode=\"new\"><SUPPLIER_PID>%1</SUPPLIER_PID><PRODUCT_DETAILS>"
            "<DESCRIPTION_SHORT lang=\"eng\">%2; %3-pole; Cod. %4; test data</DESCRIPTION_SHORT>"
            "<DESCRIPTION_SHORT lang=\"deu\">%2; %3-polig; Kod. %4 – Testdaten</DESCRIPTION_SHORT>"
            "<DESCRIPTION_LONG lang=\"deu\">Generierter Artikel für den Benchmark, 2,5 mm² (Testdaten)</DESCRIPTION_LONG>"
            "<MANUFACTURER_PID>MFR-%1</MANUFACTURER_PID><MANUFACTURER_NAME>Test Manufacturer (test data)"
            "</MANUFACTURER_NAME><MANUFACTURER_TYPE_DESCR>TESTSTAR BENCH</MANUFACTURER_TYPE_DESCR></PRODUCT_DETAILS>"
            "<PRODUCT_FEATURES><REFERENCE_FEATURE_SYSTEM_NAME>ETIM-8.0</REFERENCE_FEATURE_SYSTEM_NAME>"
            "<REFERENCE_FEATURE_GROUP_ID>%5</REFERENCE_FEATURE_GROUP_ID>%6</PRODUCT_FEATURES>"
            "<PRODUCT_ORDER_DETAILS><ORDER_UNIT>C62</ORDER_UNIT><CONTENT_UNIT>C62</CONTENT_UNIT>"
            "<NO_CU_PER_OU>1</NO_CU_PER_OU></PRODUCT_ORDER_DETAILS><PRODUCT_LOGISTIC_DETAILS><CUSTOMS_TARIFF_NUMBER>"
            "<CUSTOMS_NUMBER>85366990</CUSTOMS_NUMBER></CUSTOMS_TARIFF_NUMBER><COUNTRY_OF_ORIGIN>DE"
            "</COUNTRY_OF_ORIGIN></PRODUCT_LOGISTIC_DETAILS><MIME_INFO><MIME><MIME_TYPE>application/pdf</MIME_TYPE>"
            "<MIME_SOURCE>sheets/%1.pdf</MIME_SOURCE><MIME_PURPOSE>data_sheet</MIME_PURPOSE></MIME></MIME_INFO>"
            "<PRODUCT_REFERENCE type=\"accessories\"><PROD_ID_TO>%7</PROD_ID_TO></PRODUCT_REFERENCE>"
            "<PRODUCT_REFERENCE type=\"similar\"><PROD_ID_TO>%8</PROD_ID_TO></PRODUCT_REFERENCE>"
            "<USER_DEFINED_EXTENSIONS><UDX.EDXF.PACKING_UNITS><UDX.EDXF.PACKING_UNIT><UDX.EDXF.QUANTITY_MIN>50"
            "</UDX.EDXF.QUANTITY_MIN><UDX.EDXF.PACKING_UNIT_CODE>BX</UDX.EDXF.PACKING_UNIT_CODE>"
            "</UDX.EDXF.PACKING_UNIT></UDX.EDXF.PACKING_UNITS><UDX.EDXF.PRODUCT_LOGISTIC_DETAILS><UDX.EDXF.NETWEIGHT>"
            "0.0126</UDX.EDXF.NETWEIGHT></UDX.EDXF.PRODUCT_LOGISTIC_DETAILS></USER_DEFINED_EXTENSIONS></PRODUCT>\n")
                                    .arg(item(i), kind, QString::number(poles), QString(QChar(u'A' + i % 8)),
                                         accessory ? QStringLiteral("EC002863") : QStringLiteral("EC002560"),
                                         features, item((i / 3) * 3 + 2 < products ? (i / 3) * 3 + 2 : 2),
                                         item((i + 3) % products));
        file.write(product.toUtf8());
    }
    file.write("</T_NEW_CATALOG></BMECAT>\n");
}

// Imports generated feeds into a new catalog each: time and peak memory.
void benchmarkFeeds(const QList<int> &sizes)
{
    QTemporaryDir dir;
    const bool peaks = resetPeakMemory();
    for (const int products : sizes) {
        const QString feed = dir.filePath(QStringLiteral("feed-%1.xml").arg(products));
        writeFeed(feed, products);
        const double megabytes = static_cast<double>(QFileInfo(feed).size()) / 1e6;
        auto database = CatalogOpener::open(dir.filePath(QStringLiteral("feed-%1.sqlite").arg(products))).database;
        FeedImporter importer(*database, FeedImporter::Options{false, false, QString(), QStringLiteral("eng")});
        const double anonymousBefore = statusMb("RssAnon");
        resetPeakMemory();
        QElapsedTimer timer;
        double seconds = 0;
        double anonymousPeak = 0;
        FeedImportReport report;
        {
            const AnonymousPeak sampler;
            timer.start();
            report = importer.importFile(feed, false);
            seconds = static_cast<double>(timer.elapsed()) / 1000.0;
            anonymousPeak = sampler.peak();
        }
        const double peak = statusMb("VmHWM");
        if (!report.ok())
            qFatal("feed import failed: %s", qPrintable(report.error));
        out << QStringLiteral("feed import, %1 products (%2 MB XML): %3 s (%4 products/s); peak resident %5 MB, "
                              "of which the program's own memory %6 MB (%7 MB before)%8\n")
                   .arg(products)
                   .arg(megabytes, 0, 'f', 1)
                   .arg(seconds, 0, 'f', 2)
                   .arg(static_cast<double>(products) / std::max(seconds, 0.001), 0, 'f', 0)
                   .arg(peaks ? peak : -1.0, 0, 'f', 0)
                   .arg(anonymousPeak, 0, 'f', 0)
                   .arg(anonymousBefore, 0, 'f', 0)
                   .arg(peaks ? QString() : QStringLiteral(" (peak not resettable here: the process's)"));
        out << QStringLiteral("  added %1, skipped %2, references left unresolved %3\n")
                   .arg(report.added)
                   .arg(report.skipped)
                   .arg(report.unresolved);
        // The same file again: every product read and compared, nothing written.
        resetPeakMemory();
        FeedImportReport again;
        {
            const AnonymousPeak sampler;
            timer.start();
            again = importer.importFile(feed, false);
            seconds = static_cast<double>(timer.elapsed()) / 1000.0;
            anonymousPeak = sampler.peak();
        }
        out << QStringLiteral("  the same file again (unchanged %1): %2 s; peak resident %3 MB, own memory %4 MB\n")
                   .arg(again.unchanged)
                   .arg(seconds, 0, 'f', 2)
                   .arg(peaks ? statusMb("VmHWM") : -1.0, 0, 'f', 0)
                   .arg(anonymousPeak, 0, 'f', 0);
        out.flush();
        QFile::remove(feed);
    }
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
    QList<int> feedSizes{2000, 20000};
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--feed-products")) {
            feedSizes.clear();
            for (const QString &size : args.at(i + 1).split(QLatin1Char(',')))
                feedSizes << size.toInt();
        }
    }
    if (only.isEmpty() || only == QLatin1String("feed"))
        benchmarkFeeds(feedSizes);
    if (only == QLatin1String("feed"))
        return 0;
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
