// Keeps the layers apart. Every folder below is one static library (root
// CMakeLists.txt, cc_add_library), and the table kLibraries says whose
// headers each library may include. The test fails on
//  - an include of another library's header that the table does not allow,
//  - a source file outside every library folder (add the folder to the table),
//  - a cycle among the libraries, in the table or in the includes,
//  - a CMake link (LINKS, PRIVATE_LINKS, target_link_libraries) that the
//    table does not allow,
//  - a Qt Widgets header in db/ or models/, and SQL outside db/.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

namespace {

struct LibraryRow
{
    const char *folder; // from the repository's root
    const char *name; // the alias ConnectorConfigurator::<name>; "App" is app/ (main, Localization)
    const char *mayInclude; // the libraries whose headers it may include, space-separated
};

// Bottom to top. Nothing is transitive: a library names every library whose
// headers it includes, and its CMakeLists.txt links only libraries named here.
// The table has no cycle (checked below).
// clang-format off
const LibraryRow kLibraries[] = {
    // folder               name                 may include headers of
    {"models/part",          "Part",              ""},
    {"models/tasks",         "Tasks",             ""},
    {"db",                   "Db",                "Part"},
    {"models/catalog",       "Catalog",           "Db Part"},
    {"models/datasheet",     "Datasheet",         "Part Tasks"},
    {"models/browser",       "Browser",           "Datasheet Db Part"},
    {"models/rules",         "Rules",             "Catalog Part"},
    {"models/import/parser", "DatasheetParser",   "Part"},
    {"models/import/feed",   "Feed",              "DatasheetParser Part"},
    {"models/import",        "Import",            "Catalog DatasheetParser Db Feed Part Tasks"},
    {"models/project",       "Project",           "Catalog Part Rules Tasks"},
    {"models/configurator",  "Configurator",      "Catalog Part Project Rules"},
    {"models/bom",           "Bom",               "Catalog Part Project Rules"},
    {"models/bom/export",    "BomExport",         "Bom Part"},
    {"models/settings",      "Settings",          "Datasheet Part Rules"},
    {"views/widgets",        "WidgetsViews",      "Part Rules"},
    {"views/tasks",          "TasksViews",        "Tasks"},
    {"views/catalog",        "CatalogViews",      "Browser Catalog Datasheet Db Part"},
    {"views/configurator",   "ConfiguratorViews", "Configurator Datasheet Part Rules WidgetsViews"},
    {"views/project",        "ProjectViews",      "Configurator Project Settings WidgetsViews"},
    {"views/bom",            "BomViews",          "Bom BomExport Catalog Project Settings Tasks TasksViews"},
    {"views/import",         "ImportViews",       "Catalog Db Import Tasks"},
    {"views/settings",       "SettingsViews",     "Db Settings WidgetsViews"},
    {"views/main",           "MainViews",         "Browser Catalog Datasheet Db Import Part Project "
                                                  "Settings Tasks BomViews CatalogViews "
                                                  "ConfiguratorViews ImportViews ProjectViews "
                                                  "SettingsViews TasksViews"},
    {"app/cli",              "Cli",               "Bom BomExport Catalog Datasheet Db Import Part "
                                                  "Project Rules Settings Tasks"},
    {"app",                  "App",               "Cli Db Settings CatalogViews MainViews ProjectViews"},
};
// clang-format on

// The folders holding the sources; every file in them belongs to a library.
const QStringList kSourceFolders = { QStringLiteral("app"), QStringLiteral("db"),
                                     QStringLiteral("models"), QStringLiteral("views") };

// library -> the libraries it uses
using Graph = QMap<QString, QSet<QString>>;

QString sourceRoot()
{
    return QStringLiteral(CC_SOURCE_DIR);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A folder's CMakeLists.txt without its comments.
QString cmakeText(const QString &folder)
{
    QString text = readText(QDir(sourceRoot()).filePath(folder + QLatin1String("/CMakeLists.txt")));
    static const QRegularExpression comment(QStringLiteral("#[^\n]*"));
    return text.remove(comment);
}

bool isBuildOutput(const QString &path)
{
    return path.contains(QLatin1String("/CMakeFiles/"))
        || path.contains(QLatin1String("_autogen/"));
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A made-up graph from its edges, e.g. "A>B B>C".
Graph graph(const char *edges)
{
    Graph result;
    for (const QString &edge : words(edges))
        result[edge.section(QLatin1Char('>'), 0, 0)] << edge.section(QLatin1Char('>'), 1);
    return result;
}

} // namespace

class tst_Layering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableIsConsistent();
    void tableHasNoCycle();
    void everyFileIsInALibrary_data();
    void everyFileIsInALibrary();
    void includesFollowTheTable_data();
    void includesFollowTheTable();
    void includesHaveNoCycle();
    void cmakeLinksFollowTheTable_data();
    void cmakeLinksFollowTheTable();
    void noWidgetsBelowViews_data();
    void noWidgetsBelowViews();
    void sqlOnlyInDb_data();
    void sqlOnlyInDb();
    void widgetsCheckFindsAViolation();
    void edgeCheckFindsAViolation();
    void cycleCheckFindsACycle();

private:
    struct SourceFile
    {
        QString text;
        QStringList includes; // every #include, <...> and "..."
        QStringList quotedIncludes; // the "..." ones
    };

    static QStringList includes(const QString &text, bool quotedOnly = false);
    static QString libraryOf(const QString &path);
    static QString folderOf(const QString &library);
    static QString projectHeader(const QString &file, const QString &include);
    static QStringList findCycle(const Graph &graph);
    static QString cycleText(const QStringList &cycle);
    QStringList edgeViolations(const QString &file, const QStringList &quotedIncludes) const;
    QStringList widgetsViolations(const QStringList &includes) const;
    Graph includeGraph() const;
    void addSourceRows(const QStringList &folders) const;
    void readCMakeTargets();

    QSet<QString> m_widgetsHeaders;
    QMap<QString, SourceFile> m_sources; // by the path from the repository's root
    Graph m_allowed;
    QHash<QString, QString> m_libraryOfTarget; // "cc_bom", "ConnectorConfigurator::Bom" -> "Bom"
};

QStringList tst_Layering::includes(const QString &text, bool quotedOnly)
{
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"),
        QRegularExpression::MultilineOption);
    QStringList result;
    auto matches = include.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (!quotedOnly || match.captured(1) == QLatin1String("\""))
            result << match.captured(2);
    }
    return result;
}

// The library a file or folder (from the repository's root) belongs to: the
// longest library folder it lies in; empty when none.
QString tst_Layering::libraryOf(const QString &path)
{
    QString best;
    int bestLength = -1;
    for (const LibraryRow &row : kLibraries) {
        const QString folder = QString::fromLatin1(row.folder);
        if ((path == folder || path.startsWith(folder + QLatin1Char('/')))
            && folder.size() > bestLength) {
            best = QString::fromLatin1(row.name);
            bestLength = int(folder.size());
        }
    }
    return best;
}

QString tst_Layering::folderOf(const QString &library)
{
    for (const LibraryRow &row : kLibraries) {
        if (library == QLatin1String(row.name))
            return QString::fromLatin1(row.folder);
    }
    return {};
}

// The project file an #include "..." of `file` names, as the compiler finds
// it (beside the file first, then from the repository's root); empty when it
// names none (a generated or a system header).
QString tst_Layering::projectHeader(const QString &file, const QString &include)
{
    const QDir root(sourceRoot());
    for (const QString &candidate :
         { QFileInfo(file).path() + QLatin1Char('/') + include, include }) {
        const QString path = QDir::cleanPath(candidate);
        if (!path.startsWith(QLatin1String("../")) && QFileInfo(root.filePath(path)).isFile())
            return path;
    }
    return {};
}

QStringList tst_Layering::edgeViolations(const QString &file,
                                         const QStringList &quotedIncludes) const
{
    const QString from = libraryOf(file);
    if (from.isEmpty())
        return {}; // everyFileIsInALibrary reports it
    QStringList found;
    for (const QString &include : quotedIncludes) {
        const QString header = projectHeader(file, include);
        if (header.isEmpty())
            continue;
        const QString to = libraryOf(header);
        if (to == from || m_allowed.value(from).contains(to))
            continue;
        found << QStringLiteral("%1: #include \"%2\" goes from %3 (%4) to %5 (%6), which the table "
                                "in tst_Layering.cpp does not allow")
                     .arg(file, include, from, folderOf(from),
                          to.isEmpty() ? QStringLiteral("no library") : to,
                          to.isEmpty() ? header : folderOf(to));
    }
    return found;
}

// A cycle of the graph as its nodes, the first repeated at the end; empty
// when the graph has none.
QStringList tst_Layering::findCycle(const Graph &graph)
{
    enum State { Unvisited, OnPath, Done };
    QHash<QString, State> state;
    QStringList path;
    std::function<QStringList(const QString &)> visit = [&](const QString &node) {
        state[node] = OnPath;
        path << node;
        QStringList next = graph.value(node).values();
        next.sort();
        for (const QString &to : next) {
            if (state.value(to) == OnPath)
                return path.mid(path.indexOf(to)) << to;
            if (state.value(to) == Unvisited) {
                const QStringList cycle = visit(to);
                if (!cycle.isEmpty())
                    return cycle;
            }
        }
        path.removeLast();
        state[node] = Done;
        return QStringList();
    };
    for (auto it = graph.keyBegin(); it != graph.keyEnd(); ++it) {
        if (state.value(*it) == Unvisited) {
            const QStringList cycle = visit(*it);
            if (!cycle.isEmpty())
                return cycle;
        }
    }
    return {};
}

QString tst_Layering::cycleText(const QStringList &cycle)
{
    return QStringLiteral("cycle: ") + cycle.join(QLatin1String(" -> "));
}

// The libraries' actual edges: who includes whose headers.
Graph tst_Layering::includeGraph() const
{
    Graph graph;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        const QString from = libraryOf(it.key());
        for (const QString &include : it->quotedIncludes) {
            const QString to = libraryOf(projectHeader(it.key(), include));
            if (!from.isEmpty() && !to.isEmpty() && from != to)
                graph[from] << to;
        }
    }
    return graph;
}

void tst_Layering::initTestCase()
{
    // Every header name Qt Widgets installs (QWidget, QtWidgets/qwidget.h, ...).
    for (const QString &dir : QStringLiteral(CC_WIDGETS_INCLUDE_DIRS).split(QLatin1Char('|'))) {
        if (!dir.endsWith(QLatin1String("QtWidgets")))
            continue;
        for (const QString &name : QDir(dir).entryList(QDir::Files))
            m_widgetsHeaders << name << QStringLiteral("QtWidgets/") + name;
    }
    m_widgetsHeaders << QStringLiteral("QtWidgets");
    QVERIFY2(m_widgetsHeaders.contains(QStringLiteral("QWidget")), "Qt Widgets headers not found");

    for (const LibraryRow &row : kLibraries) {
        m_allowed[QString::fromLatin1(row.name)];
        for (const QString &to : words(row.mayInclude))
            m_allowed[QString::fromLatin1(row.name)] << to;
    }

    const QDir root(sourceRoot());
    for (const QString &folder : kSourceFolders) {
        QDirIterator it(root.filePath(folder), { QStringLiteral("*.h"), QStringLiteral("*.cpp") },
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isBuildOutput(path))
                continue;
            const QString text = readText(path);
            m_sources.insert(root.relativeFilePath(path),
                             { text, includes(text), includes(text, true) });
        }
    }
    QVERIFY2(m_sources.size() > 100, "sources not found");
    readCMakeTargets();
}

void tst_Layering::tableIsConsistent()
{
    QSet<QString> names, folders;
    for (const LibraryRow &row : kLibraries) {
        const QString name = QString::fromLatin1(row.name);
        const QString folder = QString::fromLatin1(row.folder);
        QVERIFY2(!names.contains(name) && !folders.contains(folder),
                 qPrintable(QStringLiteral("%1 (%2) twice in the table").arg(name, folder)));
        QVERIFY2(QFileInfo(QDir(sourceRoot()).filePath(folder)).isDir(),
                 qPrintable(QStringLiteral("no folder %1 for library %2").arg(folder, name)));
        names << name;
        folders << folder;
    }
    for (auto it = m_allowed.cbegin(); it != m_allowed.cend(); ++it) {
        for (const QString &to : it.value()) {
            QVERIFY2(names.contains(to) && to != it.key(),
                     qPrintable(QStringLiteral("%1 may include %2").arg(it.key(), to)));
        }
    }
}

void tst_Layering::tableHasNoCycle()
{
    const QStringList cycle = findCycle(m_allowed);
    QVERIFY2(cycle.isEmpty(), qPrintable(QStringLiteral("the table has a ") + cycleText(cycle)));
}

void tst_Layering::addSourceRows(const QStringList &folders) const
{
    QTest::addColumn<QString>("path");
    for (const QString &path : m_sources.keys()) {
        if (folders.contains(path.section(QLatin1Char('/'), 0, 0)))
            QTest::newRow(qPrintable(path)) << path;
    }
}

void tst_Layering::everyFileIsInALibrary_data()
{
    addSourceRows(kSourceFolders);
}

void tst_Layering::everyFileIsInALibrary()
{
    // A library's undo commands lie in its subfolder cmd/ (see README).
    QFETCH(QString, path);
    const QString folder = QFileInfo(path).path();
    const QString library = libraryOf(path);
    const bool known = !library.isEmpty()
        && (folder == folderOf(library) || folder == folderOf(library) + QLatin1String("/cmd"));
    QVERIFY2(known,
             qPrintable(QStringLiteral("%1 lies in %2, which is no library folder: add the "
                                       "folder to kLibraries in tests/architecture/"
                                       "tst_Layering.cpp (name, allowed includes) and give "
                                       "it a CMakeLists.txt with cc_add_library")
                            .arg(path, folder)));
}

void tst_Layering::includesFollowTheTable_data()
{
    everyFileIsInALibrary_data();
}

void tst_Layering::includesFollowTheTable()
{
    QFETCH(QString, path);
    const QStringList found = edgeViolations(path, m_sources.value(path).quotedIncludes);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void tst_Layering::includesHaveNoCycle()
{
    const QStringList cycle = findCycle(includeGraph());
    QVERIFY2(cycle.isEmpty(),
             qPrintable(QStringLiteral("the includes make a ") + cycleText(cycle)));
}

// Maps every target and alias that the library folders' CMakeLists.txt
// define to its library.
void tst_Layering::readCMakeTargets()
{
    static const QRegularExpression library(
        QStringLiteral("\\bcc_add_library\\s*\\(\\s*(\\S+)\\s+(\\S+)"));
    static const QRegularExpression executable(
        QStringLiteral("\\badd_executable\\s*\\(\\s*(\\S+)"));
    for (const LibraryRow &row : kLibraries) {
        const QString text = cmakeText(QString::fromLatin1(row.folder));
        for (const QRegularExpression *re : { &library, &executable }) {
            auto matches = re->globalMatch(text);
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                m_libraryOfTarget[match.captured(1)] = QString::fromLatin1(row.name);
                if (re == &library)
                    m_libraryOfTarget[QStringLiteral("ConnectorConfigurator::") + match.captured(2)]
                        = QString::fromLatin1(row.name);
            }
        }
    }
}

void tst_Layering::cmakeLinksFollowTheTable_data()
{
    QTest::addColumn<QString>("library");
    for (const LibraryRow &row : kLibraries)
        QTest::newRow(row.folder) << QString::fromLatin1(row.name);
}

void tst_Layering::cmakeLinksFollowTheTable()
{
    QFETCH(QString, library);
    const QString file = folderOf(library) + QLatin1String("/CMakeLists.txt");
    const QString text = cmakeText(folderOf(library));
    QVERIFY2(!m_libraryOfTarget.key(library).isEmpty(),
             qPrintable(file + QLatin1String(" defines no target (cc_add_library)")));

    // Every project target named in a cc_add_library or target_link_libraries
    // call, after the call's first argument (the target itself).
    static const QRegularExpression call(
        QStringLiteral("\\b(?:cc_add_library|target_link_libraries)\\s*\\(\\s*\\S+([^)]*)\\)"));
    static const QRegularExpression target(
        QStringLiteral("^(ConnectorConfigurator::\\w+|cc_\\w+)$"));
    QStringList found;
    auto calls = call.globalMatch(text);
    while (calls.hasNext()) {
        for (const QString &word : calls.next().captured(1).split(
                 QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (!target.match(word).hasMatch() || word == QLatin1String("cc_warnings"))
                continue;
            const QString to = m_libraryOfTarget.value(word);
            if (to.isEmpty())
                found << QStringLiteral("%1 links %2, which no library folder defines")
                             .arg(file, word);
            else if (to != library && !m_allowed.value(library).contains(to))
                found << QStringLiteral(
                             "%1 links %2, but the table in tst_Layering.cpp does not let "
                             "%3 use %4")
                             .arg(file, word, library, to);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QStringList tst_Layering::widgetsViolations(const QStringList &includes) const
{
    QStringList found;
    for (const QString &header : includes) {
        if (m_widgetsHeaders.contains(header))
            found << header;
    }
    return found;
}

void tst_Layering::noWidgetsBelowViews_data()
{
    addSourceRows({ QStringLiteral("db"), QStringLiteral("models") });
}

void tst_Layering::noWidgetsBelowViews()
{
    QFETCH(QString, path);
    const QStringList found = widgetsViolations(m_sources.value(path).includes);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("includes Widgets: ") + found.join(QLatin1Char(' '))));
}

void tst_Layering::sqlOnlyInDb_data()
{
    addSourceRows({ QStringLiteral("models"), QStringLiteral("views"), QStringLiteral("app") });
}

void tst_Layering::sqlOnlyInDb()
{
    QFETCH(QString, path);
    const SourceFile source = m_sources.value(path);
    for (const QString &header : source.includes)
        QVERIFY2(!header.startsWith(QLatin1String("QSql")), qPrintable(header));
    static const QRegularExpression sql(
        QStringLiteral("\"\\s*(SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM)\\s"));
    const QRegularExpressionMatch match = sql.match(source.text);
    QVERIFY2(!match.hasMatch(),
             qPrintable(QStringLiteral("SQL outside db/: ") + match.captured(0)));
}

void tst_Layering::widgetsCheckFindsAViolation()
{
    // The check itself must be able to fail.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Bad.h"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#pragma once\n#include <QDialog>\n#  include \"QtWidgets/qwidget.h\"\n"
               "#include <QString>\n");
    file.close();
    QCOMPARE(widgetsViolations(includes(readText(path))),
             (QStringList { QStringLiteral("QDialog"), QStringLiteral("QtWidgets/qwidget.h") }));
}

void tst_Layering::edgeCheckFindsAViolation()
{
    // Made-up includes of real headers: the part record including the main
    // window, by its path from the root and by a path relative to the file.
    const QString file = QStringLiteral("models/part/PartRecord.h");
    const QString window = QStringLiteral("views/main/MainWindow.h");
    QVERIFY(!projectHeader(file, window).isEmpty());
    const QString source
        = QStringLiteral("#include \"%1\"\n#include \"../../%1\"\n#include <QString>\n"
                         "#include \"models/part/PartKinds.h\"\n#include \"tst_Bad.moc\"\n")
              .arg(window);
    const QStringList found = edgeViolations(file, includes(source, true));
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.first().contains(file) && found.first().contains(window)
                 && found.first().contains(
                     QLatin1String("from Part (models/part) to MainViews (views/main)")),
             qPrintable(found.first()));
    // An allowed edge passes.
    QVERIFY(edgeViolations(QStringLiteral("db/Database.cpp"),
                           { QStringLiteral("models/part/PartRecord.h") })
                .isEmpty());
}

void tst_Layering::cycleCheckFindsACycle()
{
    QCOMPARE(findCycle(graph("A>B B>C B>D C>A")).join(QLatin1Char(' ')), QStringLiteral("A B C A"));
    QCOMPARE(findCycle(graph("A>B B>B")).join(QLatin1Char(' ')), QStringLiteral("B B"));
    QVERIFY(findCycle(graph("A>B A>C B>C")).isEmpty());
    // One made-up edge back down the real table makes a cycle.
    Graph table = m_allowed;
    table[QStringLiteral("Part")] << QStringLiteral("Bom");
    const QStringList cycle = findCycle(table); // e.g. Part Bom Catalog Db Part
    QVERIFY2(cycle.contains(QStringLiteral("Part")) && cycle.contains(QStringLiteral("Bom"))
                 && cycle.first() == cycle.last(),
             qPrintable(cycleText(cycle)));
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_Layering.moc"
