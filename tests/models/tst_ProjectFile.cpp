#include "models/catalog/InMemoryPartCatalog.h"
#include "models/project/ProjectFile.h"
#include "models/project/ProjectFileError.h"
#include "RulesFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace cc;
using namespace fixtures;

namespace {

Project sampleProject()
{
    Project project;
    project.name = s("Hall 3 – lighting");
    ProjectAssembly x1;
    x1.designation = s("X1");
    x1.quantity = 3;
    x1.assembly.socket.itemNumber = s("770-1324");
    x1.assembly.socket.mounting = s("flying");
    x1.assembly.socket.cable = {7.5, 2, s("fine_stranded"), 1.5};
    x1.assembly.plug.itemNumber = s("770-1334");
    x1.assembly.plug.mounting = s("flying");
    x1.assembly.plug.cable = {std::nullopt, 1, s("solid"), std::nullopt};
    x1.assembly.leverOperation = s("manual");
    x1.assembly.colours.insert(s("locking_lever"), s("white"));
    x1.chosenItems = {{s("770-121"), 2, s("locking_lever"), QString(), {}}};
    x1.optionalItems = {{s("770-450"), 4, QString(), QString(), {}},
                        {s("210-719"), std::nullopt, QString(), QString(), {}}};
    x1.notes = s("Ceiling, \"row 2\"\nsecond line");
    ProjectAssembly xd3;
    xd3.designation = s("-XD3");
    xd3.quantity = 2;
    xd3.assembly.socket.itemNumber = s("770-2334");
    xd3.assembly.socket.mounting = s("snap-in");
    xd3.assembly.socket.panelThicknessMm = 2.0;
    project.assemblies = {x1, xd3};
    return project;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void fileLayout();
    void unknownKeysKept();
    void separatePanelThickness();
    void badFiles_data();
    void badFiles();
    void defaults();
    void codeSpellings_data();
    void codeSpellings();
    void missingFile();
    void missingParts();
    void saveIntoMissingFolder();
    void failedWriteKeepsOldFile();
    void readOnlyFolder();
};

void tst_ProjectFile::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("hall.ccproj"));
    const Project project = sampleProject();
    ProjectFile::write(project, path);
    const Project read = ProjectFile::read(path);
    QCOMPARE(read.name, project.name);
    QCOMPARE(read.assemblies.size(), 2);
    QCOMPARE(read.assemblies.at(0).assembly.socket.cable.outerDiameterMm, std::optional<double>(7.5));
    QVERIFY(read.assemblies.at(1).assembly.isSpareOutlet());
    QVERIFY(read == project);
    // Saving what was read writes the same bytes.
    QCOMPARE(ProjectFile::toBytes(read), readText(path));
}

void tst_ProjectFile::fileLayout()
{
    const QJsonObject json = ProjectFile::toJson(sampleProject());
    QCOMPARE(json.value(s("format_version")).toInt(), ProjectFile::formatVersion);
    QCOMPARE(json.value(s("name")).toString(), s("Hall 3 – lighting"));
    const QJsonObject x1 = json.value(s("assemblies")).toArray().at(0).toObject();
    for (const char *key : {"designation", "quantity", "socket", "plug", "panel_thickness_mm",
                            "choices", "optional", "notes"})
        QVERIFY2(x1.contains(s(key)), key);
    const QJsonObject socket = x1.value(s("socket")).toObject();
    QCOMPARE(socket.value(s("item")).toString(), s("770-1324"));
    QCOMPARE(socket.value(s("mounting")).toString(), s("flying"));
    const QJsonObject cable = socket.value(s("cable")).toObject();
    QCOMPARE(cable.value(s("outer_diameter_mm")).toDouble(), 7.5);
    QCOMPARE(cable.value(s("count")).toInt(), 2);
    QCOMPARE(cable.value(s("conductor_class")).toString(), s("fine_stranded"));
    QCOMPARE(cable.value(s("cross_section_mm2")).toDouble(), 1.5);
    QVERIFY(x1.value(s("plug")).toObject().value(s("cable")).toObject().value(s("outer_diameter_mm")).isNull());
    const QJsonObject xd3 = json.value(s("assemblies")).toArray().at(1).toObject();
    QVERIFY(xd3.value(s("plug")).isNull());
    QCOMPARE(xd3.value(s("panel_thickness_mm")).toDouble(), 2.0);
    QVERIFY(!xd3.value(s("socket")).toObject().contains(s("cable"))); // snap-in: no cable
    const QJsonObject choices = x1.value(s("choices")).toObject();
    QCOMPARE(choices.value(s("lever_operation")).toString(), s("manual"));
    QCOMPARE(choices.value(s("items")).toArray().at(0).toObject().value(s("quantity")).toInt(), 2);
    QVERIFY(x1.value(s("optional")).toArray().at(1).toObject().value(s("quantity")).isNull());
}

void tst_ProjectFile::unknownKeysKept()
{
    const QByteArray text = R"({
        "format_version": 1, "name": "P", "x_top": {"a": [1, 2]},
        "assemblies": [{
            "designation": "X1", "quantity": 1, "x_assembly": "kept",
            "socket": {"item": "770-1324", "mounting": "flying", "x_side": true,
                       "cable": {"outer_diameter_mm": 8, "count": 1, "conductor_class": null,
                                 "cross_section_mm2": null, "x_cable": 5}},
            "plug": {"item": "770-1334", "mounting": null, "x_plug": null,
                     "cable": {"x_plug_cable": "c"}},
            "panel_thickness_mm": null,
            "choices": {"colours": {"locking_lever": "black"}, "x_choice": 1,
                        "items": [{"kind": "locking_lever", "item": "770-101", "quantity": 2, "x_item": 3}]},
            "optional": [{"item": "770-450", "quantity": 1, "x_optional": "o"}],
            "notes": ""
        }]})";
    QTemporaryDir dir;
    const QString path = dir.filePath(s("unknown.ccproj"));
    writeText(path, text);
    const Project project = ProjectFile::read(path);
    ProjectFile::write(project, path);
    const QJsonObject json = QJsonDocument::fromJson(readText(path)).object();
    QCOMPARE(json.value(s("x_top")).toObject().value(s("a")).toArray().size(), 2);
    const QJsonObject a = json.value(s("assemblies")).toArray().at(0).toObject();
    QCOMPARE(a.value(s("x_assembly")).toString(), s("kept"));
    QCOMPARE(a.value(s("socket")).toObject().value(s("x_side")).toBool(), true);
    QCOMPARE(a.value(s("socket")).toObject().value(s("cable")).toObject().value(s("x_cable")).toInt(), 5);
    QVERIFY(a.value(s("plug")).toObject().contains(s("x_plug")));
    QCOMPARE(a.value(s("plug")).toObject().value(s("cable")).toObject().value(s("x_plug_cable")).toString(), s("c"));
    QCOMPARE(a.value(s("choices")).toObject().value(s("x_choice")).toInt(), 1);
    QCOMPARE(a.value(s("choices")).toObject().value(s("items")).toArray().at(0).toObject().value(s("x_item")).toInt(), 3);
    QCOMPARE(a.value(s("optional")).toArray().at(0).toObject().value(s("x_optional")).toString(), s("o"));
    QCOMPARE(ProjectFile::read(path), project);
}

void tst_ProjectFile::separatePanelThickness()
{
    Project project = sampleProject();
    ProjectAssembly &a = project.assemblies[0];
    a.assembly.socket.mounting = s("snap-in");
    a.assembly.plug.mounting = s("snap-in");
    a.assembly.plug.panelThicknessMm = 3.0; // socket: none given
    QCOMPARE(ProjectFile::fromBytes(ProjectFile::toBytes(project), s("test")), project);
    a.assembly.socket.panelThicknessMm = 1.5;
    QCOMPARE(ProjectFile::fromBytes(ProjectFile::toBytes(project), s("test")), project);
}

void tst_ProjectFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const int malformed = static_cast<int>(ProjectFileError::Kind::Malformed);
    const QByteArray assembly = R"("designation": "X1", "quantity": 1, "socket": {"item": "770-1324"})";
    QTest::newRow("not JSON") << QByteArray("{\n\"format_version\": 1,\n\"name\": }") << malformed
                              << s("not JSON (object is missing after a comma at line 3)");
    QTest::newRow("empty file") << QByteArray() << malformed << s("not JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << malformed << s("not an object");
    QTest::newRow("no version") << QByteArray(R"({"name": "P", "assemblies": []})") << malformed
                                << s("format_version is missing");
    QTest::newRow("newer version")
        << QByteArray(R"({"format_version": 3, "name": "P", "assemblies": [], "new": 1})")
        << static_cast<int>(ProjectFileError::Kind::NewerVersion) << s("newer version of the program (project format 3");
    QTest::newRow("version text") << QByteArray(R"({"format_version": "1", "assemblies": []})")
                                  << malformed << s("format_version must be a whole number");
    QTest::newRow("no assemblies") << QByteArray(R"({"format_version": 1, "name": "P"})")
                                   << malformed << s("assemblies is missing");
    QTest::newRow("assembly not object") << QByteArray(R"({"format_version": 1, "assemblies": [3]})")
                                         << malformed << s("assemblies[0] must be an object");
    QTest::newRow("quantity zero")
        << QByteArray(R"({"format_version": 1, "assemblies": [{"designation": "X1", "quantity": 0, "socket": {"item": "770-1324"}}]})")
        << malformed << s("assemblies[0].quantity must be a whole number of at least 1");
    QTest::newRow("quantity fraction")
        << QByteArray(R"({"format_version": 1, "assemblies": [{"designation": "X1", "quantity": 1.5, "socket": {"item": "770-1324"}}]})")
        << malformed << s("assemblies[0].quantity must be a whole number");
    QTest::newRow("no socket")
        << QByteArray(R"({"format_version": 1, "assemblies": [{"designation": "X1", "quantity": 1}]})")
        << malformed << s("assemblies[0].socket must be an object");
    QTest::newRow("socket without item")
        << QByteArray(R"({"format_version": 1, "assemblies": [{"designation": "X1", "quantity": 1, "socket": {}}]})")
        << malformed << s("assemblies[0].socket.item is missing");
    QTest::newRow("bad mounting")
        << (QByteArray(R"({"format_version": 1, "assemblies": [{"designation": "X1", "quantity": 1, "socket": {"item": "770-1324", "mounting": "glued"}}]})"))
        << malformed << s("assemblies[0].socket.mounting must be one of flying, snap-in, pcb, distribution, not \"glued\"");
    QTest::newRow("unknown conductor class")
        << (QByteArray(R"({"format_version": 1, "assemblies": [{)") + assembly
            + R"(, "plug": {"item": "770-1334", "cable": {"conductor_class": "finely stranded"}}}]})")
        << malformed
        << s("assemblies[0].plug.cable.conductor_class must be one of solid, solid_push_in, "
             "stranded, fine_stranded, fine_stranded_insulated_ferrule, "
             "fine_stranded_uninsulated_ferrule, fine_stranded_ferrule_push_in, not \"finely "
             "stranded\"");
    QTest::newRow("unknown lever operation")
        << (QByteArray(R"({"format_version": 1, "assemblies": [{)") + assembly
            + R"(, "choices": {"lever_operation": "pneumatic"}}]})")
        << malformed
        << s("assemblies[0].choices.lever_operation must be one of manual, tool, not \"pneumatic\"");
    QTest::newRow("negative diameter")
        << (QByteArray(R"({"format_version": 1, "assemblies": [{)") + assembly
            + R"(, "plug": {"item": "770-1334", "cable": {"outer_diameter_mm": -1}}}]})")
        << malformed << s("assemblies[0].plug.cable.outer_diameter_mm must be a number of at least 0");
    QTest::newRow("optional without item")
        << (QByteArray(R"({"format_version": 1, "assemblies": [{)") + assembly
            + R"(, "optional": [{"quantity": 1}]}]})")
        << malformed << s("assemblies[0].optional[0].item is missing");
    QTest::newRow("colour not text")
        << (QByteArray(R"({"format_version": 1, "assemblies": [{)") + assembly
            + R"(, "choices": {"colours": {"locking_lever": 3}}}]})")
        << malformed << s("assemblies[0].choices.colours.locking_lever must be a text");
}

void tst_ProjectFile::badFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(s("bad.ccproj"));
    writeText(path, text);
    try {
        ProjectFile::read(path);
        QFAIL("read() accepted a bad file");
    } catch (const ProjectFileError &error) {
        QCOMPARE(static_cast<int>(error.kind()), kind);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(path)), qPrintable(error.message()));
    }
    QCOMPARE(readText(path), text); // left as it was
}

void tst_ProjectFile::defaults()
{
    // Format 2 carries the project's defaults; they come back as written.
    Project project = sampleProject();
    project.defaults = {{s("white"), s("black")}, s("tool")};
    const Project read = ProjectFile::fromBytes(ProjectFile::toBytes(project), s("test"));
    QVERIFY(read.defaultsStated);
    QCOMPARE(read.defaults, project.defaults);
    QCOMPARE(QJsonDocument::fromJson(ProjectFile::toBytes(project)).object().value(s("format_version")).toInt(), 2);
    // A format 1 file states none: whoever opens it fills them in.
    const Project old = ProjectFile::fromBytes(
        R"({"format_version": 1, "name": "Old", "assemblies": []})", s("old"));
    QVERIFY(!old.defaultsStated);
    QVERIFY(old.defaults.isEmpty());
    // A bad lever operation in the defaults is refused like any other code.
    try {
        ProjectFile::fromBytes(R"({"format_version": 2, "defaults": {"lever_operation": "by foot"},
                                   "assemblies": []})", s("bad"));
        QFAIL("a bad default was accepted");
    } catch (const ProjectFileError &error) {
        QVERIFY2(error.message().contains(s("defaults.lever_operation must be one of manual, tool")),
                 qPrintable(error.message()));
    }
}

void tst_ProjectFile::codeSpellings_data()
{
    // A conductor class, mounting, lever operation or accessory kind may be
    // written as its code, its English label or a spelling of either.
    QTest::addColumn<QString>("conductorClass");
    QTest::addColumn<QString>("mounting");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("colourKind");
    QTest::newRow("codes") << s("fine_stranded") << s("flying") << s("tool") << s("locking_lever");
    QTest::newRow("hyphens") << s("fine-stranded") << s("Flying") << s("TOOL") << s("locking-lever");
    QTest::newRow("labels") << s("Fine-stranded conductor") << s("flying lead") << s("with tool")
                            << s("Locking lever");
    QTest::newRow("spaces") << s("  fine  stranded ") << s("free") << s(" tool") << s("locking lever");
}

void tst_ProjectFile::codeSpellings()
{
    QFETCH(QString, conductorClass);
    QFETCH(QString, mounting);
    QFETCH(QString, operation);
    QFETCH(QString, colourKind);
    const QString text = s(R"({"format_version": 1, "assemblies": [{"designation": "X1", "quantity": 1,
        "socket": {"item": "770-1324", "mounting": "%1", "cable": {"conductor_class": "%2"}},
        "choices": {"lever_operation": "%3", "colours": {"%4": "white"}}}]})")
                             .arg(mounting, conductorClass, operation, colourKind);
    QTemporaryDir dir;
    const QString path = dir.filePath(s("spelled.ccproj"));
    writeText(path, text.toUtf8());
    const Assembly assembly = ProjectFile::read(path).assemblies.first().assembly;
    QCOMPARE(assembly.socket.cable.conductorClass, s("fine_stranded"));
    QCOMPARE(assembly.socket.mounting, s("flying"));
    QCOMPARE(assembly.leverOperation, s("tool"));
    QCOMPARE(assembly.colours.keys(), QStringList{s("locking_lever")});
}

void tst_ProjectFile::missingFile()
{
    QTemporaryDir dir;
    try {
        ProjectFile::read(dir.filePath(s("none.ccproj")));
        QFAIL("read() accepted a missing file");
    } catch (const ProjectFileError &error) {
        QCOMPARE(error.kind(), ProjectFileError::Kind::Unreadable);
        QVERIFY(error.message().contains(s("none.ccproj")));
    }
}

void tst_ProjectFile::missingParts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("hall.ccproj"));
    ProjectFile::write(sampleProject(), path);
    // A catalog with the connectors but without the lever and marker card.
    const InMemoryPartCatalog catalog({socket1324(), plug1334(), snapInPlug2334(),
                                       part("210-719", "operating_tool")});
    const ProjectFile::Opened opened = ProjectFile::open(path, catalog);
    QCOMPARE(opened.missingItems, QStringList({s("770-121"), s("770-450")}));
    QVERIFY(opened.missingMessage.contains(s("770-121, 770-450")));
    QVERIFY(opened.missingMessage.contains(s("not in the catalog")));
    QCOMPARE(opened.project, sampleProject()); // nothing dropped
    const InMemoryPartCatalog full(accessories1324() + QList<PartRecord>{socket1324(), plug1334(), snapInPlug2334()});
    QVERIFY(ProjectFile::open(path, full).missingItems.isEmpty());
    QVERIFY(ProjectFile::open(path, full).missingMessage.isEmpty());
}

void tst_ProjectFile::saveIntoMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("missing/hall.ccproj"));
    try {
        ProjectFile::write(sampleProject(), path);
        QFAIL("write() into a missing folder succeeded");
    } catch (const ProjectFileError &error) {
        QCOMPARE(error.kind(), ProjectFileError::Kind::WriteFailed);
        QVERIFY(error.message().contains(QDir::toNativeSeparators(path)));
    }
    QVERIFY(!QFile::exists(path));
}

// A full disk, simulated with a file size limit: the write fails part way
// and the previous file stays as it was, with no temporary file left behind.
void tst_ProjectFile::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("hall.ccproj"));
    const QByteArray old = ProjectFile::toBytes(Project());
    writeText(path, old);
    QVERIFY(ProjectFile::toBytes(sampleProject()).size() > 2 * old.size());

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = static_cast<rlim_t>(old.size() + 10);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    bool failed = false;
    QString message;
    try {
        ProjectFile::write(sampleProject(), path);
    } catch (const ProjectFileError &error) {
        failed = true;
        message = error.message();
    }
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(failed, "a write cut short by the file size limit was not reported");
    QVERIFY2(message.contains(s("previous file is unchanged")), qPrintable(message));
    QCOMPARE(readText(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{s("hall.ccproj")});
    ProjectFile::read(path); // still a valid project
}

void tst_ProjectFile::readOnlyFolder()
{
    if (geteuid() == 0)
        QSKIP("root writes into read-only folders");
    QTemporaryDir dir;
    const QString path = dir.filePath(s("hall.ccproj"));
    const QByteArray old = ProjectFile::toBytes(Project());
    writeText(path, old);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    bool failed = false;
    try {
        ProjectFile::write(sampleProject(), path);
    } catch (const ProjectFileError &error) {
        failed = error.kind() == ProjectFileError::Kind::WriteFailed;
    }
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
    QVERIFY(failed);
    QCOMPARE(readText(path), old);
}

QTEST_GUILESS_MAIN(tst_ProjectFile)
#include "tst_ProjectFile.moc"
