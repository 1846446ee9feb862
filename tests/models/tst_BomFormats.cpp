// The one registry of bill-of-materials formats: every format is found by
// its id and by each of its suffixes, and its writer produces its format.
#include "models/bom/BillOfMaterials.h"
#include "models/bom/export/BomFormats.h"

#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <QtTest>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

BillOfMaterials sampleBom()
{
    BillOfMaterials bom;
    bom.projectName = s("Hall 3");
    BomLine line;
    line.position = 1;
    line.itemNumber = s("770-1324");
    line.description = s("Socket; 4-pole – ²");
    line.quantity = 7;
    line.orderQuantity = 7;
    line.usedIn = {s("X1")};
    bom.lines.append(line);
    bom.warnings = {s("Quantity of locking lever (770-121) for X1 not stated by the catalog.")};
    return bom;
}

} // namespace

class tst_BomFormats : public QObject
{
    Q_OBJECT

private slots:
    void theFormats();
    void everyFormat_data();
    void everyFormat();
    void suffixesAreUnique();
    void unknownFormats_data();
    void unknownFormats();
    void fileDialogFilters();
    void fileNames_data();
    void fileNames();
};

void tst_BomFormats::theFormats()
{
    // A new format needs its row in everyFormat_data too.
    QCOMPARE(BomFormats::ids(), (QStringList{s("csv"), s("xlsx"), s("pdf"), s("html"), s("json")}));
    QCOMPARE(BomFormats::defaultFormat().id(), s("csv"));
    QCOMPARE(BomFormats::idsText(), s("csv, xlsx, pdf, html or json"));
}

void tst_BomFormats::everyFormat_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("suffixes");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<bool>("warnings"); // whether the file lists them
    QTest::newRow("csv") << s("csv") << QStringList{s("csv")} << false << QByteArray("\xEF\xBB\xBF") << false;
    QTest::newRow("xlsx") << s("xlsx") << QStringList{s("xlsx")} << true << QByteArray("PK\x03\x04") << true;
    QTest::newRow("pdf") << s("pdf") << QStringList{s("pdf")} << true << QByteArray("%PDF-") << true;
    QTest::newRow("html") << s("html") << QStringList{s("html"), s("htm")} << false
                          << QByteArray("<!DOCTYPE html>") << true;
    QTest::newRow("json") << s("json") << QStringList{s("json")} << false << QByteArray("{") << true;
}

void tst_BomFormats::everyFormat()
{
    QFETCH(QString, id);
    QFETCH(QStringList, suffixes);
    QFETCH(bool, binary);
    QFETCH(QByteArray, start);
    QFETCH(bool, warnings);
    const BomFormat *format = BomFormats::byId(id);
    QVERIFY(format);
    QCOMPARE(format->id(), id);
    QCOMPARE(BomFormats::byId(id.toUpper()), format);
    QCOMPARE(format->suffixes(), suffixes);
    QCOMPARE(format->suffix(), suffixes.first());
    for (const QString &suffix : suffixes) {
        QCOMPARE(BomFormats::bySuffix(suffix), format);
        QCOMPARE(BomFormats::bySuffix(suffix.toUpper()), format);
        QCOMPARE(BomFormats::bySuffix(QLatin1Char('.') + suffix), format);
        QVERIFY(format->hasSuffix(suffix));
    }
    QCOMPARE(format->isBinary(), binary);
    QCOMPARE(format->holdsWarnings(), warnings);
    QVERIFY(!format->displayName().isEmpty());

    QString error = s("left over from before");
    BomWriteOptions options;
    options.date = QDate(2026, 3, 1);
    const QByteArray bytes = format->write(sampleBom(), options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(bytes.startsWith(start), bytes.left(16).constData());
    if (!binary) {
        // Text formats may go to a terminal: UTF-8 throughout.
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        QVERIFY(!utf8.hasError());
        QVERIFY(text.contains(s("770-1324")));
        QVERIFY(text.contains(s("– ²")));
        QCOMPARE(text.contains(s("Quantity of locking lever")), warnings);
    }
    if (id == s("json")) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(bytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
    }
    if (id == s("html"))
        QVERIFY(bytes.contains("2026-03-01")); // the options reach the writer
    // Without a place for the error the writer still writes.
    QCOMPARE(format->write(sampleBom(), options, nullptr).left(start.size()), start);
}

void tst_BomFormats::suffixesAreUnique()
{
    QSet<QString> seen;
    for (const BomFormat &format : BomFormats::all()) {
        QVERIFY(!format.suffixes().isEmpty());
        for (const QString &suffix : format.suffixes()) {
            QCOMPARE(suffix, suffix.toLower());
            QVERIFY2(!seen.contains(suffix), qPrintable(suffix));
            seen.insert(suffix);
        }
    }
}

void tst_BomFormats::unknownFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("docx") << s("docx");
    QTest::newRow("txt") << s("txt");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot only") << s(".");
}

void tst_BomFormats::unknownFormats()
{
    QFETCH(QString, name);
    QVERIFY(!BomFormats::byId(name));
    QVERIFY(!BomFormats::bySuffix(name));
    const QString message = BomFormats::unknownFormatMessage(name);
    QCOMPARE(message, QStringLiteral("Unknown format \"%1\"; use csv, xlsx, pdf, html or json.").arg(name));
    // Suffixes are not ids: "htm" names a file, --format takes "html".
    QVERIFY(!BomFormats::byId(s("htm")));
}

void tst_BomFormats::fileDialogFilters()
{
    QCOMPARE(BomFormats::byId(s("html"))->fileDialogFilter(), s("HTML (*.html *.htm)"));
    QCOMPARE(BomFormats::byId(s("xlsx"))->fileDialogFilter(), s("Excel workbook (*.xlsx)"));
    const QStringList filters = BomFormats::fileDialogFilters().split(s(";;"));
    QCOMPARE(filters.size(), BomFormats::all().size());
    for (const BomFormat &format : BomFormats::all()) {
        QVERIFY(filters.contains(format.fileDialogFilter()));
        QCOMPARE(BomFormats::byFileDialogFilter(format.fileDialogFilter()), &format);
        for (const QString &suffix : format.suffixes())
            QVERIFY(format.fileDialogFilter().contains(s("*.") + suffix));
    }
    QVERIFY(!BomFormats::byFileDialogFilter(s("All files (*)")));
}

void tst_BomFormats::fileNames_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << s("Hall 3 lighting") << s("Hall 3 lighting.pdf");
    QTest::newRow("umlauts") << s("Halle 3 – Beleuchtung, Süd") << s("Halle 3 – Beleuchtung, Süd.pdf");
    QTest::newRow("slashes") << s("Hall 3/4 \\ row 2") << s("Hall 3-4 - row 2.pdf");
    QTest::newRow("refused characters") << s("a:b*c?d\"e<f>g|h") << s("a-b-c-d-e-f-g-h.pdf");
    QTest::newRow("control characters") << s("a\tb\nc") << s("a-b-c.pdf");
    QTest::newRow("spaces and dots at the ends") << s("  .hidden project. ") << s("hidden project.pdf");
    QTest::newRow("empty") << QString() << s("fallback.pdf");
    QTest::newRow("dots only") << s("...") << s("fallback.pdf");
}

void tst_BomFormats::fileNames()
{
    QFETCH(QString, project);
    QFETCH(QString, fileName);
    QCOMPARE(BomFormats::fileName(project, *BomFormats::byId(s("pdf")), s("fallback")), fileName);
}

QTEST_MAIN(tst_BomFormats)
#include "tst_BomFormats.moc"
