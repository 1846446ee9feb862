#include "db/PartRepository.h"
#include "models/datasheet/DatasheetPrinter.h"
#include "models/datasheet/PartFaceRenderer.h"
#include "TestCatalog.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_DatasheetPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faceShowsPolesAndColour();
    void unknownFaceIsAnOutline();
    void exportsPdf_data();
    void exportsPdf();
    void failedExportLeavesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_DatasheetPrinter::initTestCase()
{
    m_database = test::catalogIn(m_dir);
}

void tst_DatasheetPrinter::faceShowsPolesAndColour()
{
    const PartRecord socket = *PartRepository(*m_database).find(QStringLiteral("770-1324"));
    QVERIFY(PartFaceRenderer::hasFace(socket));
    const QImage face = PartFaceRenderer::render(socket, 400);
    QCOMPARE(face.width(), 400);
    // 40 x 12.9 mm: the body keeps the part's proportions.
    QVERIFY(face.height() > 400 * 12.9 / 40);
    // The body is green.
    const QColor body = face.pixelColor(20, face.height() / 2);
    QVERIFY2(body.green() > body.red() + 40, qPrintable(body.name()));
    const PartRecord cap = *PartRepository(*m_database).find(QStringLiteral("770-201"));
    QVERIFY(!PartFaceRenderer::hasFace(cap));
}

void tst_DatasheetPrinter::unknownFaceIsAnOutline()
{
    const PartRecord plug = *PartRepository(*m_database).find(QStringLiteral("770-254"));
    const QImage face = PartFaceRenderer::render(plug, 300);
    // No colour is known: the body is not filled.
    QCOMPARE(face.pixelColor(12, face.height() / 2 + 12).alpha(), 0);
}

void tst_DatasheetPrinter::exportsPdf_data()
{
    QTest::addColumn<bool>("letter");
    QTest::newRow("A4") << false;
    QTest::newRow("Letter") << true;
}

void tst_DatasheetPrinter::exportsPdf()
{
    QFETCH(bool, letter);
    const PartRecord socket = *PartRepository(*m_database).find(QStringLiteral("770-1324"));
    const QString path = m_dir.filePath(letter ? QStringLiteral("letter.pdf") : QStringLiteral("a4.pdf"));
    QCOMPARE(DatasheetPrinter(PartFormatter(QLocale())).exportPdf(socket, path, letter), QString());
    const QByteArray pdf = test::readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed: page size and count not checked");
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished());
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(letter ? QStringLiteral("612 x 792") : QStringLiteral("595")), qPrintable(text));
    const QString pages = text.section(QStringLiteral("Pages:"), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(pages.toInt() >= 2, qPrintable(text)); // the whole datasheet does not fit one page
}

void tst_DatasheetPrinter::failedExportLeavesNothing()
{
    const PartRecord socket = *PartRepository(*m_database).find(QStringLiteral("770-1324"));
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
    QVERIFY(!DatasheetPrinter(PartFormatter(QLocale())).exportPdf(socket, path).isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_DatasheetPrinter)
#include "tst_DatasheetPrinter.moc"
