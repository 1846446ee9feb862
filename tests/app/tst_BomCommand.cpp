// `bom` run as a user would: the real program on the bundled catalog.
#include "ProgramRun.h"
#include "TestBackend.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// X1 (3x): 770-1324 + 770-1334 flying, two 7 mm cables a side, black
// housings, manual white levers (2 per connection, given by the user).
// -XD3 (2x): a spare 770-1324 with a black housing and a black lockout cap.
const char *const projectText = R"({
  "format_version": 1,
  "name": "Hall 3",
  "x_kept": true,
  "assemblies": [
    {"designation": "X1", "quantity": 3,
     "socket": {"item": "770-1324", "mounting": "flying",
                "cable": {"outer_diameter_mm": 7, "count": 2, "conductor_class": "fine_stranded", "cross_section_mm2": 1.5}},
     "plug": {"item": "770-1334", "mounting": "flying",
              "cable": {"outer_diameter_mm": 7, "count": 2, "conductor_class": "fine_stranded", "cross_section_mm2": 1.5}},
     "panel_thickness_mm": null,
     "choices": {"lever_operation": "manual",
                 "colours": {"locking_lever": "white", "strain_relief_housing": "black"},
                 "items": [{"kind": "locking_lever", "item": "770-121", "quantity": 2}]},
     "optional": [{"item": "770-450", "quantity": 2}],
     "notes": "ceiling"},
    {"designation": "-XD3", "quantity": 2,
     "socket": {"item": "770-1324", "mounting": "flying",
                "cable": {"outer_diameter_mm": 10, "count": 2, "conductor_class": "fine_stranded", "cross_section_mm2": 1.5}},
     "plug": null,
     "choices": {"colours": {"strain_relief_housing": "black", "lockout_cap": "black"}}}
  ]
})";

} // namespace

class tst_BomCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void csvToStdout();
    void files_data();
    void files();
    void binaryFormatsNeedOutput();
    void suffixChoosesTheFormat_data();
    void suffixChoosesTheFormat();
    void unknownFormatsAreRefused_data();
    void unknownFormatsAreRefused();
    void unreadableProjects_data();
    void unreadableProjects();
    void missingParts();
    void defaultsCompleteTheBill();
    void noDefaultsKeepsChoicesOpen();
    void outputFolderMissing();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &text);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_project;
};

tst_BomCommand::Result tst_BomCommand::run(const QStringList &arguments)
{
    const cc::test::ProgramRun r =
        cc::test::runProgram(arguments + QStringList{s("--db"), m_db}, m_dir.filePath(s("data")), 60000);
    // A server's password never reaches the output, whatever happens.
    const QString password = QUrl(m_db).password();
    if (!password.isEmpty() && (r.out.contains(password.toUtf8()) || r.err.contains(password)))
        qFatal("the database password appeared in the program's output");
    return {r.exitCode, r.out, r.err};
}

QString tst_BomCommand::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

void tst_BomCommand::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    m_db = cc::test::newDatabase(m_dir, s("catalog.sqlite"));
    m_project = write(s("hall.ccproj"), projectText);
}

void tst_BomCommand::json()
{
    const Result r = run({s("bom"), m_project, s("--format"), s("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QJsonObject socket;
    QStringList items;
    for (const QJsonValue &value : json.value(s("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        items.append(line.value(s("item_number")).toString());
        if (items.last() == s("770-1324"))
            socket = line;
        for (const char *key : {"item_number", "description", "quantity", "packaging_unit",
                                "order_quantity", "gtin", "ratings", "approvals", "weight_g",
                                "fire_load_mj", "used_in"})
            QVERIFY2(line.contains(s(key)), key);
    }
    QVERIFY2(items.contains(s("770-1334")) && items.contains(s("770-121")) && items.contains(s("770-450")),
             qPrintable(items.join(s(", "))));
    // 770-1324: 3 in X1 + 2 spare sockets; packaging unit 50 (D1).
    QCOMPARE(socket.value(s("quantity")).toInt(), 5);
    QCOMPARE(socket.value(s("packaging_unit")).toInt(), 50);
    QCOMPARE(socket.value(s("order_quantity")).toInt(), 50);
    QCOMPARE(socket.value(s("gtin")).toString(), s("4045454299156"));
    QCOMPARE(socket.value(s("weight_g")).toDouble(), 63.0);   // 5 x 12.6 g
    QCOMPARE(socket.value(s("fire_load_mj")).toDouble(), 1.105); // 5 x 0.221 MJ
    QCOMPARE(socket.value(s("used_in")).toArray(), QJsonArray({s("X1"), s("-XD3")}));
    QCOMPARE(socket.value(s("ratings")).toObject().value(s("iec")).toObject().value(s("text")).toString(),
             s("400 V / 32 A"));
    QCOMPARE(socket.value(s("approvals")).toArray().size(), 8);
    const QJsonObject lever = json.value(s("lines")).toArray().at(static_cast<int>(items.indexOf(s("770-121")))).toObject();
    QCOMPARE(lever.value(s("quantity")).toInt(), 6);
    QVERIFY(lever.value(s("weight_g")).isNull()); // unknown, not zero
    const QJsonObject totals = json.value(s("totals")).toObject();
    QVERIFY(totals.contains(s("pieces")) && totals.contains(s("weight_g")) && totals.contains(s("fire_load_mj")));
    QVERIFY(totals.value(s("weight_g")).isNull()); // some weights are unknown
    QVERIFY(json.value(s("warnings")).toArray().size() > 0);
    QVERIFY(r.err.contains(s("Warning: ")));
}

void tst_BomCommand::csvToStdout()
{
    const Result r = run({s("bom"), m_project, s("--format"), s("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(r.out.contains("770-1324"));
    QVERIFY(r.out.contains("\"Socket; 4-pole; Cod. Q; 4,00 mm²; green\""));
    QVERIFY(r.out.contains("\r\n"));
    // Header, seven lines, totals: the warnings go to stderr, not among the
    // data rows; an unknown value is an empty field.
    QCOMPARE(r.out.count("\r\n"), 1 + 7 + 1);
    QVERIFY(r.out.contains("\r\nTotal,"));
    QVERIFY(r.out.endsWith("\r\n"));
    QVERIFY(!r.out.contains("Warning"));
    QVERIFY(!r.out.contains("not known"));
    QVERIFY(r.out.contains(",770-1334,\"Plug; 4-pole; Cod. Q; 4,00 mm²; green\",,,,"));
    QVERIFY(r.err.contains(s("Warning: ")));
}

void tst_BomCommand::files_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("csv") << s("csv") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("html") << s("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("json") << s("json") << QByteArray("{");
    QTest::newRow("xlsx") << s("xlsx") << QByteArray("PK\x03\x04");
    QTest::newRow("pdf") << s("pdf") << QByteArray("%PDF-");
    QTest::newRow("by suffix") << QString() << QByteArray("%PDF-");
}

void tst_BomCommand::files()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString output = m_dir.filePath(QStringLiteral("bom-%1.%2").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')), format.isEmpty() ? s("pdf") : format));
    QStringList arguments{s("bom"), m_project, s("-o"), output};
    if (!format.isEmpty())
        arguments << s("--format") << format;
    const Result r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(start));
}

void tst_BomCommand::binaryFormatsNeedOutput()
{
    for (const char *format : {"xlsx", "pdf"}) {
        const Result r = run({s("bom"), m_project, s("--format"), s(format)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(s("needs an output file")));
    }
    const Result unknown = run({s("bom"), m_project, s("--format"), s("docx")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(s("Unknown format \"docx\"")));
    QCOMPARE(run({s("bom")}).exitCode, 2);
}

void tst_BomCommand::suffixChoosesTheFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("htm") << s("out.htm") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("HTML") << s("out.HTML") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("json") << s("out.json") << QByteArray("{");
    QTest::newRow("xlsx") << s("out.xlsx") << QByteArray("PK\x03\x04");
    QTest::newRow("no suffix: csv") << s("out") << QByteArray("\xEF\xBB\xBF");
}

void tst_BomCommand::suffixChoosesTheFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    const QString output = m_dir.filePath(s("by-suffix-") + name);
    const Result r = run({s("bom"), m_project, s("-o"), output});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const auto read = [&output] {
        QFile file(output);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray bytes = read();
    QVERIFY2(bytes.startsWith(start), bytes.left(32).constData());
    // --format wins over the suffix.
    const Result csv = run({s("bom"), m_project, s("-o"), output, s("--format"), s("csv")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY(read().startsWith("\xEF\xBB\xBF"));
}

void tst_BomCommand::unknownFormatsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("output");
    QTest::newRow("--format docx") << QStringList{s("--format"), s("docx")} << s("docx") << QString();
    QTest::newRow("--format htm") << QStringList{s("--format"), s("htm")} << s("htm") << QString();
    QTest::newRow("-o out.doc") << QStringList() << s("doc") << s("out.doc");
    QTest::newRow("-o out.txt") << QStringList() << s("txt") << s("out.txt");
    QTest::newRow("--format docx -o out.csv")
        << QStringList{s("--format"), s("docx")} << s("docx") << s("out.csv");
}

void tst_BomCommand::unknownFormatsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    QFETCH(QString, output);
    const QString path = output.isEmpty() ? QString() : m_dir.filePath(s("refused-") + output);
    if (!path.isEmpty())
        arguments << s("-o") << path;
    const Result r = run(QStringList{s("bom"), m_project} + arguments);
    QCOMPARE(r.exitCode, 2);
    const QString message = QStringLiteral("Unknown format \"%1\"; use csv, xlsx, pdf, html or json.").arg(name);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(s("Try '")), qPrintable(r.err)); // a usage error
    QVERIFY(r.out.isEmpty());
    if (!path.isEmpty())
        QVERIFY(!QFile::exists(path));
}

void tst_BomCommand::unreadableProjects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"format_version\": 1,") << s("is not a valid project file: not JSON");
    QTest::newRow("newer") << QByteArray(R"({"format_version": 99, "assemblies": []})")
                           << s("was written by a newer version of the program (project format 99");
    QTest::newRow("bad quantity")
        << QByteArray(R"({"format_version": 1, "assemblies": [{"designation": "X1", "quantity": -2, "socket": {"item": "770-1324"}}]})")
        << s("assemblies[0].quantity must be a whole number of at least 1");
}

void tst_BomCommand::unreadableProjects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const QString path = write(QStringLiteral("bad-%1.ccproj").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))), text);
    const Result r = run({s("bom"), path, s("--format"), s("json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const Result missing = run({s("bom"), m_dir.filePath(s("none.ccproj"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(s("Cannot open the project")));
}

// The README's kind of project: sockets, plugs, mounting and cables, no
// choice at all (test data on the bundled catalog).
static const QByteArray projectWithoutChoices = R"({
  "format_version": 2, "name": "No choices",
  "defaults": {"colour_order": ["black", "white"], "lever_operation": "manual"},
  "assemblies": [
    {"designation": "X1", "quantity": 3,
     "socket": {"item": "770-1324", "mounting": "flying", "cable": {"outer_diameter_mm": 7, "count": 1}},
     "plug": {"item": "770-1334", "mounting": "flying", "cable": {"outer_diameter_mm": 11, "count": 1}}},
    {"designation": "X2", "quantity": 2,
     "socket": {"item": "770-1324", "mounting": "flying", "cable": {"outer_diameter_mm": 8, "count": 2}},
     "plug": null}]})";

QJsonObject lineNamed(const QJsonArray &lines, const QString &item)
{
    for (const QJsonValue &line : lines) {
        if (line.toObject().value(QStringLiteral("item_number")).toString() == item)
            return line.toObject();
    }
    return {};
}

void tst_BomCommand::defaultsCompleteTheBill()
{
    const QString path = write(s("no-choices.ccproj"), projectWithoutChoices);
    const Result r = run({s("bom"), path, s("--format"), s("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QJsonArray lines = json.value(s("lines")).toArray();
    // The lever of the flying pair (not of the spare socket), by the trade
    // rule, manual and black by default.
    const QJsonObject lever = lineNamed(lines, s("770-101"));
    QCOMPARE(lever.value(s("quantity")).toInt(), 3);
    QStringList basis;
    for (const QJsonValue &entry : lever.value(s("basis")).toArray())
        basis << entry.toObject().value(s("kind")).toString() + QLatin1Char(':')
                + entry.toObject().value(s("source")).toString() + QLatin1Char(':')
                + entry.toObject().value(s("text")).toString();
    QVERIFY2(basis.size() == 3 && basis.at(0).startsWith(s("rule:R1:"))
                 && basis.at(1) == s("default::operation: manual")
                 && basis.at(2) == s("default::colour: black"),
             qPrintable(basis.join(u'|')));
    // Housings by cable diameter on each flying side, and the lockout cap
    // of the spare sockets.
    QCOMPARE(lineNamed(lines, s("770-504/023-000")).value(s("quantity")).toInt(), 5);
    QCOMPARE(lineNamed(lines, s("770-504")).value(s("quantity")).toInt(), 3);
    QCOMPARE(lineNamed(lines, s("770-201")).value(s("quantity")).toInt(), 1);
    for (const QJsonValue &warning : json.value(s("warnings")).toArray())
        QVERIFY2(!warning.toString().contains(s("choose")), qPrintable(warning.toString()));

    // The same in CSV: the basis column says rule and default.
    const Result csv = run({s("bom"), path, s("--format"), s("csv")});
    QVERIFY(QString::fromUtf8(csv.out).contains(s("rule R1; operation: manual (default); colour: black (default)")));
}

void tst_BomCommand::noDefaultsKeepsChoicesOpen()
{
    const QString path = write(s("strict.ccproj"), projectWithoutChoices);
    const Result r = run({s("bom"), path, s("--format"), s("json"), s("--no-defaults")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY(lineNamed(json.value(s("lines")).toArray(), s("770-101")).isEmpty());
    QStringList warnings;
    for (const QJsonValue &warning : json.value(s("warnings")).toArray())
        warnings << warning.toString();
    QVERIFY2(warnings.contains(s("X1 needs a locking lever (connection): choose one of 770-101, "
                                 "770-111, 770-121, 770-131.")),
             qPrintable(warnings.join(u'\n')));
}

void tst_BomCommand::missingParts()
{
    QByteArray text = projectText;
    text.replace("\"770-1334\"", "\"999-1334\"").replace("\"770-450\"", "\"999-450\"");
    const QString path = write(s("missing.ccproj"), text);
    const Result r = run({s("bom"), path, s("--format"), s("json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(s("names parts that are not in the catalog: 999-1334, 999-450")), qPrintable(r.err));
}

void tst_BomCommand::outputFolderMissing()
{
    const QString output = m_dir.filePath(s("no/folder/bom.csv"));
    const Result r = run({s("bom"), m_project, s("-o"), output});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(s("Cannot write")), qPrintable(r.err));
    QVERIFY(!QFile::exists(output));
}

QTEST_GUILESS_MAIN(tst_BomCommand)
#include "tst_BomCommand.moc"
