#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/export/BomCsvWriter.h"
#include "models/bom/export/BomHtmlWriter.h"
#include "models/bom/export/BomJsonWriter.h"
#include "models/bom/export/BomPdfWriter.h"
#include "models/bom/export/BomXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString tricky = s("Plug; 4-pole, \"special\"\nsecond line – ²");

BomLine makeLine(int position, const QString &item, const QString &description, int quantity)
{
    BomLine line;
    line.position = position;
    line.itemNumber = item;
    line.description = description;
    line.quantity = quantity;
    line.packagingUnit = 50;
    line.orderQuantity = (quantity + 49) / 50 * 50;
    line.gtin = s("4045454299156");
    RatingRecord iec;
    iec.market = s("IEC");
    iec.voltageV = 400;
    iec.currentA = 32;
    line.iecRating = iec;
    line.approvals = {{s("ul"), s("cURus"), s("UL"), s("UL 1977"), s("E45171")}};
    line.customsTariff = s("85366990990");
    line.countryOfOrigin = s("DE");
    line.unitWeightG = 12.6;
    line.unitFireLoadMj = 0.221;
    line.usedIn = {s("X1"), s("-XD3")};
    return line;
}

BillOfMaterials sampleBom(int lineCount = 2)
{
    BillOfMaterials bom;
    bom.projectName = s("Hall 3; \"lighting\"");
    bom.lines.append(makeLine(1, s("770-1324"), tricky, 7));
    for (int i = 2; i <= lineCount; ++i) {
        BomLine line = makeLine(i, QStringLiteral("770-%1").arg(1000 + i), s("Socket; 4-pole; Cod. Q"), i);
        if (i == 2) {
            line.packagingUnit.reset();
            line.orderQuantity = line.quantity;
            line.unitWeightG.reset();
            line.iecRating.reset();
        }
        bom.lines.append(line);
    }
    bom.warnings = {s("Quantity of locking lever (770-121) for X1 not stated by the catalog: choose it yourself.")};
    return bom;
}

// RFC 4180, strictly: fields separated by commas, records by CRLF, quoted
// fields with doubled quotes; anything else fails.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    *ok = true;
    qsizetype i = 0;
    bool atFieldStart = true;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (atFieldStart && c == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    *ok = false;
                    return records;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            atFieldStart = false;
            if (i < text.size() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                *ok = false;
                return records;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            atFieldStart = true;
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *ok = false;
                return records;
            }
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            atFieldStart = true;
            i += 2;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\n')) {
            *ok = false; // a quote or line break in an unquoted field
            return records;
        } else {
            field += c;
            atFieldStart = false;
            ++i;
        }
    }
    if (!record.isEmpty() || !field.isEmpty())
        *ok = false; // the last record must end with CRLF
    return records;
}

BomWriteOptions onDate(const QDate &date)
{
    BomWriteOptions options;
    options.date = date;
    return options;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A cell of a workbook read back: its type ("s" shared string, "str"
// formula text, "n" or empty a number), its value (strings resolved) and
// its formula.
struct XlsxCell
{
    bool present = false;
    QString type;
    QString value;
    QString formula;
    bool isNumber() const { return present && (type.isEmpty() || type == QLatin1String("n")) && !value.isEmpty(); }
};

struct Workbook
{
    QStringList sheetNames;
    QList<QHash<QString, XlsxCell>> sheets;
    QStringList sheetXml;
    QHash<QString, QString> comments; // of the first sheet, by cell
    QHash<int, double> columnWidths;  // of the first sheet, by column from 1
};

QString unzipped(const QString &path, const QString &member)
{
    return QString::fromUtf8(run(tool("unzip"), {s("-p"), path, member}));
}

// Every <t> text under each `element` ("si", "comment").
QStringList texts(const QString &xml, const QString &element, QStringList *refs = nullptr)
{
    QStringList result;
    QXmlStreamReader reader(xml);
    QString current;
    bool inside = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element) {
            inside = true;
            current.clear();
            if (refs)
                refs->append(reader.attributes().value(s("ref")).toString());
        } else if (reader.isEndElement() && reader.name() == element) {
            inside = false;
            result.append(current);
        } else if (inside && reader.isStartElement() && reader.name() == QLatin1String("t")) {
            current += reader.readElementText();
        }
    }
    return result;
}

Workbook readWorkbook(const QString &path)
{
    Workbook book;
    const QStringList strings = texts(unzipped(path, s("xl/sharedStrings.xml")), s("si"));
    QXmlStreamReader workbook(unzipped(path, s("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        workbook.readNext();
        if (workbook.isStartElement() && workbook.name() == QLatin1String("sheet"))
            book.sheetNames.append(workbook.attributes().value(s("name")).toString());
    }
    for (int i = 1; i <= book.sheetNames.size(); ++i) {
        const QString xml = unzipped(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
        book.sheetXml.append(xml);
        QHash<QString, XlsxCell> cells;
        QXmlStreamReader reader(xml);
        QString ref;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (reader.name() == QLatin1String("c")) {
                ref = reader.attributes().value(s("r")).toString();
                cells[ref].present = true;
                cells[ref].type = reader.attributes().value(s("t")).toString();
            } else if (reader.name() == QLatin1String("v")) {
                const QString v = reader.readElementText();
                cells[ref].value = cells[ref].type == s("s") ? strings.value(v.toInt()) : v;
            } else if (reader.name() == QLatin1String("f")) {
                cells[ref].formula = reader.readElementText();
            } else if (reader.name() == QLatin1String("col") && i == 1) {
                const QXmlStreamAttributes a = reader.attributes();
                for (int c = a.value(s("min")).toInt(); c <= a.value(s("max")).toInt(); ++c)
                    book.columnWidths[c] = a.value(s("width")).toDouble();
            }
        }
        book.sheets.append(cells);
    }
    QStringList refs;
    const QStringList comments = texts(unzipped(path, s("xl/comments1.xml")), s("comment"), &refs);
    for (int i = 0; i < comments.size(); ++i)
        book.comments.insert(refs.at(i), comments.at(i));
    return book;
}

int pdfPages(const QString &path)
{
    const QByteArray info = run(tool("pdfinfo"), {path});
    const QRegularExpressionMatch match =
        QRegularExpression(s("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class tst_BomWriters : public QObject
{
    Q_OBJECT

private slots:
    void csv();
    void csvQuoting_data();
    void csvQuoting();
    void xlsx();
    void pdf();
    void pdfManyPages();
    void html();
    void json();
};

void tst_BomWriters::csv()
{
    const BillOfMaterials bom = sampleBom();
    const QByteArray bytes = BomCsvWriter::write(bom);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.mid(3).startsWith("\xEF\xBB\xBF"));
    bool ok = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), &ok);
    QVERIFY(ok);
    // Header, lines, totals: nothing else. The warnings are not data rows
    // (`bom` prints them on stderr, the GUI lists them in its pane).
    QCOMPARE(records.size(), 1 + 2 + 1);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), static_cast<qsizetype>(BomTable::ColumnCount));
    QCOMPARE(records.at(0), BomTable::headers());
    const QStringList first = records.at(1);
    QCOMPARE(first.at(BomTable::Description), tricky);
    QCOMPARE(first.at(BomTable::Quantity), s("7"));
    QCOMPARE(first.at(BomTable::PackagingUnit), s("50"));
    QCOMPARE(first.at(BomTable::OrderQuantity), s("50"));
    QCOMPARE(first.at(BomTable::Surplus), s("43"));
    QCOMPARE(first.at(BomTable::IecRating), s("400 V / 32 A"));
    QCOMPARE(first.at(BomTable::Approvals), s("cURus UL 1977: E45171"));
    QCOMPARE(first.at(BomTable::WeightG), s("88.2"));
    QCOMPARE(first.at(BomTable::FireLoadMj), s("1.547"));
    QCOMPARE(first.at(BomTable::UsedIn), s("X1, -XD3"));
    // Unknown values are empty fields, never text in a column of numbers.
    const QStringList second = records.at(2);
    QCOMPARE(second.at(BomTable::PackagingUnit), QString());
    QCOMPARE(second.at(BomTable::Surplus), QString());
    QCOMPARE(second.at(BomTable::WeightG), QString());
    QCOMPARE(second.at(BomTable::IecRating), QString());
    QCOMPARE(second.at(BomTable::UlRating), QString());
    QCOMPARE(second.at(BomTable::FireLoadMj), s("0.442"));
    QCOMPARE(records.at(3).at(0), s("Total"));
    QCOMPARE(records.at(3).at(BomTable::Quantity), s("9"));
    QCOMPARE(records.at(3).at(BomTable::WeightG), QString()); // a line's weight is unknown
    QCOMPARE(records.at(3).at(BomTable::FireLoadMj), s("1.989"));
    QVERIFY(!bytes.contains("not known"));
    QVERIFY(!bytes.contains("Quantity of locking lever"));
    QVERIFY(!bytes.contains("Warning"));
    // The quoting the parser saw is the quoting written.
    QVERIFY(bytes.contains("\"Plug; 4-pole, \"\"special\"\"\nsecond line – ²\""));
}

void tst_BomWriters::csvQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << s("770-1324") << s("770-1324");
    QTest::newRow("semicolon") << s("a;b") << s("\"a;b\"");
    QTest::newRow("comma") << s("a,b") << s("\"a,b\"");
    QTest::newRow("quote") << s("say \"hi\"") << s("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << s("a\nb") << s("\"a\nb\"");
    QTest::newRow("carriage return") << s("a\r\nb") << s("\"a\r\nb\"");
    QTest::newRow("leading space") << s(" a") << s("\" a\"");
    QTest::newRow("empty") << QString() << QString();
}

void tst_BomWriters::csvQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(BomCsvWriter::field(text), written);
    bool ok = false;
    const QList<QStringList> records = parseCsv(BomCsvWriter::record({text, s("x")}), &ok);
    QVERIFY(ok);
    QCOMPARE(records, QList<QStringList>({{text, s("x")}}));
}

void tst_BomWriters::xlsx()
{
    QString error;
    const BillOfMaterials bom = sampleBom();
    const QByteArray bytes = BomXlsxWriter::write(bom, QDate(2026, 3, 1), &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QVERIFY(bytes.startsWith("PK\x03\x04")); // a zip, not CSV renamed
    QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
    if (tool("unzip").isEmpty())
        QSKIP("unzip is not installed: the workbook is not read back");
    QTemporaryDir dir;
    const QString path = dir.filePath(s("bom.xlsx"));
    QVERIFY(writeFile(path, bytes));
    const Workbook book = readWorkbook(path);
    QCOMPARE(book.sheetNames, (QStringList{s("Bill of materials"), s("Warnings and rules")}));
    const QHash<QString, XlsxCell> &sheet = book.sheets.at(0);
    QVERIFY(sheet.value(s("A1")).value.contains(s("Hall 3; \"lighting\"")));
    QCOMPARE(sheet.value(s("F4")).value, s("Item number"));
    QCOMPARE(sheet.value(s("Q4")).value, s("Basis"));
    QVERIFY(!sheet.contains(s("R4")));

    // Row 5 is the first line: numbers are numeric cells.
    const auto number = [&sheet](const char *cell) {
        const XlsxCell c = sheet.value(s(cell));
        return c.isNumber() ? c.value : s("not a number: ") + c.type + s(" ") + c.value;
    };
    QCOMPARE(number("A5"), s("1"));
    QCOMPARE(number("B5"), s("7"));
    QCOMPARE(number("C5"), s("50"));
    QCOMPARE(number("D5"), s("50"));
    QCOMPARE(number("E5"), s("43"));
    QCOMPARE(number("N5"), s("88.2"));
    QCOMPARE(number("O5"), s("1.547"));
    QCOMPARE(sheet.value(s("F5")).value, s("770-1324"));
    QCOMPARE(sheet.value(s("H5")).value, s("4045454299156"));
    QCOMPARE(sheet.value(s("H5")).type, s("s")); // a code, not a number to sum

    // Unknown values are empty cells with a comment; never "not known" in a
    // column of numbers.
    for (const char *cell : {"C6", "E6", "N6", "I6", "J5", "J6"}) {
        const XlsxCell c = sheet.value(s(cell));
        QVERIFY2(c.present && c.value.isEmpty() && c.formula.isEmpty(), cell);
        QCOMPARE(book.comments.value(s(cell)), s("not known"));
    }
    for (int row = 5; row <= 7; ++row) {
        for (const char *column : {"B", "C", "D", "E", "N", "O"}) {
            const XlsxCell c = sheet.value(s(column) + QString::number(row));
            QVERIFY2(c.type != s("s") && c.type != s("inlineStr"), qPrintable(s(column) + QString::number(row)));
        }
    }

    // Totals are formulas, with their values.
    QCOMPARE(sheet.value(s("A7")).value, s("Total"));
    QCOMPARE(sheet.value(s("B7")).formula, s("SUM(B5:B6)"));
    QCOMPARE(number("B7"), s("9"));
    QCOMPARE(sheet.value(s("D7")).formula, s("SUM(D5:D6)"));
    QCOMPARE(number("D7"), s("52"));
    QCOMPARE(sheet.value(s("E7")).formula, s("D7-B7"));
    QCOMPARE(number("E7"), s("43"));
    QCOMPARE(sheet.value(s("O7")).formula, s("SUM(O5:O6)"));
    QCOMPARE(number("O7"), s("1.989"));
    // A weight is unknown: the total stays empty until every line has one.
    QCOMPARE(sheet.value(s("N7")).formula, s("IF(COUNTBLANK(N5:N6)=0,SUM(N5:N6),\"\")"));
    QCOMPARE(sheet.value(s("N7")).value, QString());
    QCOMPARE(book.comments.value(s("N7")), s("not known (88.2 known)"));
    QVERIFY(sheet.value(s("A8")).value.contains(s("An empty cell is a value no source states")));

    // The header stays in view and filters; the columns fit their texts.
    QVERIFY(book.sheetXml.at(0).contains(s("ySplit=\"4\"")));
    QVERIFY(book.sheetXml.at(0).contains(s("state=\"frozen\"")));
    QVERIFY(book.sheetXml.at(0).contains(s("<autoFilter ref=\"A4:Q6\"/>")));
    QVERIFY(book.columnWidths.value(6) >= 8);       // F: item numbers
    QVERIFY(book.columnWidths.value(8) >= 13);      // H: GTINs
    QVERIFY(book.columnWidths.value(1) < 10);       // A: positions
    QVERIFY(book.columnWidths.value(7) <= 45);      // G: descriptions wrap

    // The warnings and the rules are on the second sheet, not among the lines.
    for (auto it = sheet.begin(); it != sheet.end(); ++it)
        QVERIFY2(!it.value().value.contains(s("Quantity of locking lever")), qPrintable(it.key()));
    QVERIFY(sheet.value(s("A3")).value.contains(s("Warnings and rules")));
    const QHash<QString, XlsxCell> &notes = book.sheets.at(1);
    QCOMPARE(notes.value(s("A1")).value, s("Warnings"));
    QCOMPARE(notes.value(s("A2")).value, bom.warnings.first());
    const QString styles = QString::fromUtf8(run(tool("unzip"), {s("-p"), path, s("xl/styles.xml")}));
    QVERIFY(styles.contains(s("formatCode=\"0.000\"")));
}

void tst_BomWriters::pdf()
{
    const QByteArray bytes = BomPdfWriter::write(sampleBom(), onDate(QDate(2026, 3, 1)));
    QVERIFY(bytes.startsWith("%PDF-"));
    if (tool("pdftoppm").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils are not installed: the PDF is not rendered");
    QTemporaryDir dir;
    const QString path = dir.filePath(s("bom.pdf"));
    QVERIFY(writeFile(path, bytes));
    QCOMPARE(pdfPages(path), 1);
    int exitCode = -1;
    run(tool("pdftoppm"), {s("-png"), s("-r"), s("40"), path, dir.filePath(s("page"))}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(QDir(dir.path()).entryList({s("page*.png")}).size(), 1);
    const QString info = QString::fromUtf8(run(tool("pdfinfo"), {path}));
    QVERIFY2(info.contains(s("842 x 595")), qPrintable(info)); // A4 landscape
    if (!tool("pdftotext").isEmpty()) {
        const QString text = QString::fromUtf8(run(tool("pdftotext"), {s("-layout"), path, s("-")}));
        // Headings may wrap between words ("Item" over "number").
        for (const char *expected : {"Bill of materials", "Hall 3; \"lighting\"", "2026-03-01",
                                     "Page 1 of 1", "770-1324", "4045454299156", "Item", "number",
                                     "Description", "GTIN", "Warnings"})
            QVERIFY2(text.contains(s(expected)), expected);
        // The warnings are a section after the table, not among its rows.
        QVERIFY(text.indexOf(s("Warnings")) > text.indexOf(s("Total")));
        QVERIFY(text.indexOf(s("Quantity of locking lever")) > text.indexOf(s("Warnings")));

        // The columns the user hides are left out.
        BomWriteOptions options = onDate(QDate(2026, 3, 1));
        options.hiddenColumns = {BomTable::Gtin, BomTable::Approvals};
        const QString narrower = dir.filePath(s("narrower.pdf"));
        QVERIFY(writeFile(narrower, BomPdfWriter::write(sampleBom(), options)));
        const QString shown = QString::fromUtf8(run(tool("pdftotext"), {s("-layout"), narrower, s("-")}));
        QVERIFY(shown.contains(s("770-1324")));
        QVERIFY(shown.contains(s("Description")));
        QVERIFY(!shown.contains(s("GTIN")));
        QVERIFY(!shown.contains(s("4045454299156")));
        QVERIFY(!shown.contains(s("E45171")));
    }
}

void tst_BomWriters::pdfManyPages()
{
    const QByteArray bytes = BomPdfWriter::write(sampleBom(120), onDate(QDate(2026, 3, 1)));
    if (tool("pdftoppm").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils are not installed: the PDF is not rendered");
    QTemporaryDir dir;
    const QString path = dir.filePath(s("bom.pdf"));
    QVERIFY(writeFile(path, bytes));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    int exitCode = -1;
    run(tool("pdftoppm"), {s("-png"), s("-r"), s("20"), path, dir.filePath(s("page"))}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(QDir(dir.path()).entryList({s("page*.png")}).size(), pages);
    if (!tool("pdftotext").isEmpty()) {
        for (int page = 1; page <= pages; ++page) {
            const QString text = QString::fromUtf8(
                run(tool("pdftotext"), {s("-f"), QString::number(page), s("-l"), QString::number(page),
                                        path, s("-")}));
            for (const char *heading : {"Item", "Description", "GTIN"})
                QVERIFY2(text.contains(s(heading)), "header repeated on every page");
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        }
    }
}

void tst_BomWriters::html()
{
    const QString html = QString::fromUtf8(BomHtmlWriter::write(sampleBom(), QDate(2026, 3, 1)));
    QVERIFY(html.startsWith(s("<!DOCTYPE html>")));
    QVERIFY(html.contains(s("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(s("Hall 3; &quot;lighting&quot;")));
    QVERIFY(html.contains(s("2026-03-01")));
    QVERIFY(html.contains(s("<thead>")));
    QVERIFY(html.contains(s("<tfoot>")));
    QVERIFY(html.contains(s("Plug; 4-pole, &quot;special&quot;")));
    QVERIFY(html.contains(s("not known")));
    QVERIFY(html.contains(s("Quantity of locking lever")));
    QVERIFY(!html.contains(s("\"special\"")));
}

void tst_BomWriters::json()
{
    const QJsonObject json = QJsonDocument::fromJson(BomJsonWriter::write(sampleBom())).object();
    const QJsonArray lines = json.value(s("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = lines.at(0).toObject();
    for (const char *key : {"item_number", "description", "quantity", "packaging_unit",
                            "order_quantity", "gtin", "ratings", "approvals", "weight_g",
                            "fire_load_mj", "used_in"})
        QVERIFY2(first.contains(s(key)), key);
    QCOMPARE(first.value(s("quantity")).toInt(), 7);
    QCOMPARE(first.value(s("order_quantity")).toInt(), 50);
    QCOMPARE(first.value(s("weight_g")).toDouble(), 88.2);
    QCOMPARE(first.value(s("fire_load_mj")).toDouble(), 1.547);
    QCOMPARE(first.value(s("ratings")).toObject().value(s("iec")).toObject().value(s("text")).toString(), s("400 V / 32 A"));
    QVERIFY(first.value(s("ratings")).toObject().value(s("ul")).isNull());
    QCOMPARE(first.value(s("approvals")).toArray().at(0).toObject().value(s("certificate")).toString(), s("E45171"));
    QCOMPARE(first.value(s("used_in")).toArray().size(), 2);
    const QJsonObject second = lines.at(1).toObject();
    QVERIFY(second.value(s("packaging_unit")).isNull());
    QVERIFY(second.value(s("weight_g")).isNull());
    const QJsonObject totals = json.value(s("totals")).toObject();
    QCOMPARE(totals.value(s("pieces")).toInt(), 9);
    QVERIFY(totals.value(s("weight_g")).isNull());
    QCOMPARE(totals.value(s("fire_load_mj")).toDouble(), 1.989);
    QCOMPARE(json.value(s("warnings")).toArray().size(), 1);
}

QTEST_MAIN(tst_BomWriters)
#include "tst_BomWriters.moc"
