// The bill of materials on pages (PDF and print): columns sized to their
// texts, item numbers, GTINs and numbers never broken, only the long texts
// wrapped, the table within the page's width, few pages.
#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/export/BomPageLayout.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>
#include <memory>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ApprovalRecord approval(const char *mark, const char *standard, const char *certificate)
{
    return {s("iec"), s(mark), s("IEC"), s(standard), s(certificate)};
}

RatingRecord rating(const char *market, double voltage, double current)
{
    RatingRecord record;
    record.market = s(market);
    record.voltageV = voltage;
    record.currentA = current;
    return record;
}

// As the README's project (X1 3x flying 770-1324 + 770-1334, -XD3 2x a
// spare 770-1324) gives it: seven lines, one with eight approvals, every
// accessory resting on rules and defaults.
BillOfMaterials readmeBom()
{
    BillOfMaterials bom;
    bom.projectName = s("Hall 3 lighting");
    const auto add = [&bom](const char *item, const char *description, int quantity,
                            const char *basis) {
        BomLine line;
        line.position = int(bom.lines.size()) + 1;
        line.itemNumber = s(item);
        line.description = s(description);
        line.quantity = quantity;
        line.orderQuantity = quantity;
        line.usedIn = {s("X1")};
        if (basis)
            line.basis = {{ItemBasis::Kind::Rule, s("R1"), s(basis)},
                          {ItemBasis::Kind::Default, QString(), s("colour: black")}};
        bom.lines.append(line);
        return &bom.lines.last();
    };
    add("770-101", "Locking lever; for flying leads; for manual operation; black", 3,
        "One locking lever per mated connection with a flying lead.");
    BomLine *socket = add("770-1324", "Socket; 4-pole; Cod. Q; 4,00 mm²; green", 5, nullptr);
    socket->packagingUnit = 50;
    socket->orderQuantity = 50;
    socket->gtin = s("4045454299156");
    socket->iecRating = rating("IEC", 400, 32);
    socket->ulRating = rating("UL", 600, 23);
    socket->approvals = {approval("CCA", "EN 61535", "71-123228"), approval("CCA", "IEC 61535", "NL-84761"),
                         approval("cURus", "UL 1977", "E45171"), approval("cURus", "UL 1059", "E45172"),
                         approval("EU-Declaration of Conformity", "", ""), approval("ABS", "", "19-HG1868589-PDA"),
                         approval("DNV GL", "", "TAE00001Z6"), approval("LR", "IEC 61984", "LR22429487TA")};
    socket->customsTariff = s("85366990990");
    socket->countryOfOrigin = s("DE");
    socket->unitWeightG = 12.6;
    socket->unitFireLoadMj = 0.221;
    socket->usedIn = {s("X1"), s("-XD3")};
    add("770-1334", "Plug; 4-pole; Cod. Q; 4,00 mm²; green", 3, nullptr);
    add("770-201", "Lockout cap; 12-pole, separable; for sockets; Plastic; black", 1,
        "Lockout caps are 12-pole and separable, for sockets.");
    add("770-450", "Marker card; Plastic; white", 6, nullptr);
    add("770-504", "Strain relief housing; 4-pole; for 2 cables; 9.0 ... 13.0 mm; 55 mm; black", 3,
        "One strain relief housing per flying side with a cable.");
    add("770-504/023-000", "Strain relief housing; 4-pole; for 2 cables; 5.0 ... 9.0 mm; 55 mm; black", 5,
        "One strain relief housing per flying side with a cable.");
    bom.warnings = {s("X1: The catalog states no approvals for 770-1334: the approvals of the assembly are not known."),
                    s("Total weight not known: the catalog states no weight for 770-101, 770-1334, 770-201, 770-450, 770-504, 770-504/023-000."),
                    s("Total fire load not known: the catalog states no fire load for 770-101, 770-1334, 770-201, 770-450, 770-504, 770-504/023-000.")};
    return bom;
}

// A long project: many lines with long item numbers and long texts, a few
// with many approvals.
BillOfMaterials longBom(int count)
{
    BillOfMaterials bom = readmeBom();
    const BomLine socket = bom.lines.at(1);
    for (int i = 0; i < count; ++i) {
        BomLine line = socket;
        line.position = int(bom.lines.size()) + 1;
        line.itemNumber = QStringLiteral("770-%1/023-000-1234").arg(2000 + i);
        line.gtin = QStringLiteral("40454542%1").arg(10000 + i);
        line.description = s("Strain relief housing with a very long description that goes on and on; ")
                               .repeated(1 + i % 3);
        if (i % 10 != 0) // the approvals of a few only
            line.approvals = {line.approvals.first()};
        line.usedIn.clear();
        for (int d = 0; d < 1 + i % 12; ++d)
            line.usedIn << QStringLiteral("-XD%1").arg(100 + d);
        bom.lines.append(line);
    }
    return bom;
}

struct Page
{
    QByteArray bytes;
    std::unique_ptr<QBuffer> buffer;
    std::unique_ptr<QPdfWriter> pdf;
    Page()
        : buffer(new QBuffer(&bytes))
    {
        buffer->open(QIODevice::WriteOnly);
        pdf = std::make_unique<QPdfWriter>(buffer.get());
        pdf->setResolution(300);
        pdf->setPageLayout(BomPageLayout::defaultPageLayout());
    }
};

// Whether no cell of a column that must not wrap has more than one line,
// and every cell's lines fit its column.
void checkCells(const BillOfMaterials &bom, const BomPageLayout &layout, QPdfWriter *device)
{
    const QFontMetricsF metrics(layout.bodyFont(), device);
    for (int line = 0; line < bom.lines.size(); ++line) {
        const QStringList texts = BomTable::row(bom.lines.at(line));
        for (const int column : layout.columns()) {
            const QStringList lines = layout.cellLines(line, column);
            const bool known = BomTable::isKnown(bom.lines.at(line), column);
            if (!BomPageLayout::wraps(column) && known) {
                QVERIFY2(lines == QStringList{texts.at(column)},
                         qPrintable(QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(lines.join(u'|'))));
            }
            for (const QString &text : lines) {
                QVERIFY2(metrics.horizontalAdvance(text) <= layout.columnWidth(column) - 2 * layout.cellPadding(),
                         qPrintable(text));
            }
        }
    }
}

} // namespace

class tst_BomPageLayout : public QObject
{
    Q_OBJECT

private slots:
    void wrappingColumns();
    void columnsFitTheirTexts();
    void readmeProjectOnOnePage();
    void longProjectFitsThePageWidth();
    void unbreakableTextsTooWide();
    void hiddenColumns();
    void paints();
};

void tst_BomPageLayout::wrappingColumns()
{
    for (int column = 0; column < BomTable::ColumnCount; ++column) {
        const bool wraps = column == BomTable::Description || column == BomTable::Approvals
            || column == BomTable::UsedIn || column == BomTable::Basis;
        QCOMPARE(BomPageLayout::wraps(column), wraps);
    }
}

void tst_BomPageLayout::columnsFitTheirTexts()
{
    const BillOfMaterials bom = readmeBom();
    Page page;
    const BomPageLayout layout(bom, BomWriteOptions(), page.pdf.get());
    QCOMPARE(layout.columns().size(), qsizetype(BomTable::ColumnCount));
    QVERIFY(layout.tableWidth() <= layout.pageWidth() + 0.5);
    QVERIFY(layout.bodyFont().pointSizeF() >= 6.0);
    const QFontMetricsF metrics(layout.bodyFont(), page.pdf.get());
    // Each item number and GTIN, at its natural width, on one line.
    for (const BomLine &line : bom.lines) {
        QVERIFY(layout.columnWidth(BomTable::ItemNumber)
                >= metrics.horizontalAdvance(line.itemNumber) + 2 * layout.cellPadding());
        QVERIFY(layout.columnWidth(BomTable::Gtin) >= metrics.horizontalAdvance(line.gtin) + 2 * layout.cellPadding());
    }
    QCOMPARE(layout.cellLines(6, BomTable::ItemNumber), QStringList{s("770-504/023-000")});
    QCOMPARE(layout.cellLines(1, BomTable::Gtin), QStringList{s("4045454299156")});
    QCOMPARE(layout.cellLines(1, BomTable::IecRating), QStringList{s("400 V / 32 A")});
    // The approvals wrap (they would not fit one line), between words.
    const QStringList approvals = layout.cellLines(1, BomTable::Approvals);
    QVERIFY(approvals.size() > 1);
    QCOMPARE(approvals.join(u' '), BomTable::row(bom.lines.at(1)).at(BomTable::Approvals));
    // Columns of short texts stay narrow: positions are not as wide as descriptions.
    QVERIFY(layout.columnWidth(BomTable::Position) < layout.columnWidth(BomTable::Description) / 2);
    checkCells(bom, layout, page.pdf.get());
}

void tst_BomPageLayout::readmeProjectOnOnePage()
{
    Page page;
    const BomPageLayout layout(readmeBom(), BomWriteOptions(), page.pdf.get());
    QCOMPARE(layout.pageCount(), 1);
}

void tst_BomPageLayout::longProjectFitsThePageWidth()
{
    const BillOfMaterials bom = longBom(150);
    Page page;
    const BomPageLayout layout(bom, BomWriteOptions(), page.pdf.get());
    QVERIFY(layout.tableWidth() <= layout.pageWidth() + 0.5);
    checkCells(bom, layout, page.pdf.get());
    // About 150 rows of two to nine lines (descriptions of up to 225
    // characters): a page holds ten to forty of them.
    QVERIFY2(layout.pageCount() >= 3 && layout.pageCount() <= 16, qPrintable(QString::number(layout.pageCount())));
    // Designations wrap between them, never inside one.
    for (int line = 7; line < bom.lines.size(); ++line) {
        for (const QString &text : layout.cellLines(line, BomTable::UsedIn)) {
            for (const QString &part : text.split(s(", "), Qt::SkipEmptyParts))
                QVERIFY2(bom.lines.at(line).usedIn.contains(part.chopped(part.endsWith(u',') ? 1 : 0)),
                         qPrintable(text));
        }
    }
}

void tst_BomPageLayout::unbreakableTextsTooWide()
{
    // A description of one endless word: even so the item numbers stay
    // whole and the table stays on the page; only the description breaks.
    BillOfMaterials bom = readmeBom();
    bom.lines[0].description = s("X").repeated(400);
    bom.lines[1].customsTariff = s("8536699099085366990990");
    Page page;
    const BomPageLayout layout(bom, BomWriteOptions(), page.pdf.get());
    QVERIFY(layout.tableWidth() <= layout.pageWidth() + 0.5);
    QVERIFY(layout.cellLines(0, BomTable::Description).size() > 1);
    QCOMPARE(layout.cellLines(0, BomTable::Description).join(QString()), bom.lines[0].description);
    checkCells(bom, layout, page.pdf.get());
}

void tst_BomPageLayout::hiddenColumns()
{
    BomWriteOptions options;
    options.hiddenColumns = {BomTable::Gtin, BomTable::Approvals, BomTable::FireLoadMj};
    Page page;
    const BomPageLayout layout(readmeBom(), options, page.pdf.get());
    QCOMPARE(layout.columns().size(), qsizetype(BomTable::ColumnCount - 3));
    for (const int column : options.hiddenColumns) {
        QVERIFY(!layout.columns().contains(column));
        QCOMPARE(layout.columnWidth(column), 0.0);
        QVERIFY(layout.cellLines(1, column).isEmpty());
    }
    // Fewer columns leave more room: the descriptions wrap less.
    Page all;
    const BomPageLayout every(readmeBom(), BomWriteOptions(), all.pdf.get());
    QVERIFY(layout.columnWidth(BomTable::Description) > every.columnWidth(BomTable::Description));

    // Hiding every column still prints the items.
    options.hiddenColumns.clear();
    for (int column = 0; column < BomTable::ColumnCount; ++column)
        options.hiddenColumns << column;
    Page none;
    const BomPageLayout fallback(readmeBom(), options, none.pdf.get());
    QVERIFY(fallback.columns().contains(BomTable::ItemNumber));
    QVERIFY(fallback.columns().contains(BomTable::Quantity));
}

void tst_BomPageLayout::paints()
{
    const BillOfMaterials bom = longBom(150);
    Page page;
    const BomPageLayout layout(bom, BomWriteOptions(), page.pdf.get());
    QPainter painter(page.pdf.get());
    layout.paint(painter);
    painter.end();
    QVERIFY(page.bytes.startsWith("%PDF-"));
    // One page object per page the layout counted.
    QCOMPARE(page.bytes.count("/Type /Page\n") + page.bytes.count("/Type /Page\r"), qsizetype(layout.pageCount()));
}

QTEST_MAIN(tst_BomPageLayout)
#include "tst_BomPageLayout.moc"
