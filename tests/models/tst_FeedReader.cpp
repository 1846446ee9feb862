// The catalog feed reader and its mapping, without a database: BMEcat 2005
// and 1.2, namespaces, encodings, archives, every mapped ETIM feature and
// the trade data, and hostile or broken files. The fixtures
// (tests/fixtures/feeds) are test data with fictitious TEST-FEED items.
#include "models/import/feed/BmecatReader.h"
#include "models/import/feed/FeedInput.h"
#include "models/import/feed/FeedMapper.h"

#include <archive.h>
#include <archive_entry.h>

#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CC_FIXTURES_DIR "/feeds/") + QLatin1String(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every product of a feed, or the reader's error.
struct Read
{
    FeedHeader header;
    QList<BmecatReader::Next> products;
    QString error;
    int errorLine = 0;
    QStringList notes;
    QString encoding;
};

Read readAll(FeedInput &input, bool opened)
{
    Read result;
    if (!opened) {
        result.error = input.error();
        return result;
    }
    BmecatReader reader(input);
    if (reader.start()) {
        result.header = reader.header();
        BmecatReader::Next next;
        while (reader.next(&next))
            result.products << next;
    }
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    result.notes = reader.notes();
    result.encoding = input.encoding();
    return result;
}

Read readPath(const QString &path)
{
    FeedInput input;
    const bool opened = input.open(path);
    return readAll(input, opened);
}

Read readData(const QByteArray &data)
{
    FeedInput input;
    const bool opened = input.openData(data);
    return readAll(input, opened);
}

const FeedProduct *productOf(const Read &read, const QString &item)
{
    for (const BmecatReader::Next &next : read.products) {
        if (next.product.supplierPid == item)
            return &next.product;
    }
    return nullptr;
}

MappedProduct mapped(const Read &read, const QString &item, FeedMapOptions options = {})
{
    const FeedProduct *product = productOf(read, item);
    return product ? FeedMapper(read.header, options).map(*product) : MappedProduct();
}

QString issuesOf(const MappedProduct &product)
{
    QStringList texts;
    for (const FeedIssue &issue : product.issues)
        texts << QStringLiteral("%1: %2").arg(issue.line).arg(issue.text);
    return texts.join(QLatin1Char('\n'));
}

// A product wrapped into a minimal catalog.
QByteArray catalogWith(const QByteArray &products, const QByteArray &prolog = QByteArray())
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + prolog
        + "<BMECAT version=\"2005\"><HEADER><CATALOG><LANGUAGE>eng</LANGUAGE><CATALOG_ID>TEST</CATALOG_ID>"
          "<CATALOG_VERSION>1</CATALOG_VERSION></CATALOG></HEADER><T_NEW_CATALOG>"
        + products + "</T_NEW_CATALOG></BMECAT>\n";
}

} // namespace

class tst_FeedReader : public QObject
{
    Q_OBJECT

private slots:
    void bmecat2005WithNamespaceInLatin1();
    void windows1252BytesKeepTheirCharacters();
    void bmecat12WithoutNamespace();
    void utf16WithByteOrderMark();
    void zippedFeed();
    void sevenZipFeed();
    void prefixedNamespace();
    void archivesWithoutOneCatalog();
    void mapsIdentityAndTradeData();
    void mapsEtimFeatures();
    void unknownValuesAndBrokenValues();
    void accessoryTypesThroughTheKindTable();
    void descriptionParserFillsWhatEtimLacks();
    void languages();
    void documentsAgainstMimeRoot();
    void references();
    void familyOption();
    void manufacturerPid();
    void gtinCheckDigit_data();
    void gtinCheckDigit();
    void plainText();
    void refusedFiles_data();
    void refusedFiles();
    void billionLaughsIsRefusedQuickly();
    void externalEntityIsNeverRead();
    void undeclaredEntityIsLeftOut();
    void deepNestingIsRefused();
    void hugeProductIsSkipped();
    void splitAcrossBlocks();
};

void tst_FeedReader::bmecat2005WithNamespaceInLatin1()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.header.bmecatVersion, QStringLiteral("2005"));
    QCOMPARE(read.header.transaction, QStringLiteral("T_NEW_CATALOG"));
    QCOMPARE(read.header.languages, (QStringList{QStringLiteral("deu"), QStringLiteral("eng")}));
    QCOMPARE(read.header.defaultLanguage, QStringLiteral("deu"));
    QCOMPARE(read.header.catalogId, QStringLiteral("TEST-CAT-2005"));
    QCOMPARE(read.header.catalogVersion, QStringLiteral("1.0"));
    QCOMPARE(read.header.date, QStringLiteral("2024-03-01"));
    QCOMPARE(read.header.mimeRoot, QStringLiteral("https://example.com/media/"));
    QVERIFY(read.encoding.startsWith(QLatin1String("Windows-1252")));
    // Twelve products; the catalog group system before them is skipped.
    QCOMPARE(read.products.size(), 12);
    const FeedProduct *first = productOf(read, QStringLiteral("TEST-FEED-0001"));
    QVERIFY(first);
    QCOMPARE(first->mode, QStringLiteral("new"));
    QCOMPARE(first->shortDescriptions.size(), 2);
    QCOMPARE(first->features.size(), 20);
    QCOMPARE(first->classes.size(), 2);
    QCOMPARE(first->references.size(), 7);
    QCOMPARE(first->packingUnits.size(), 2);
    QCOMPARE(first->mimes.size(), 5);
    QCOMPARE(first->predecessors, QStringList{QStringLiteral("TEST-FEED-OLD-0001")});
    QCOMPARE(first->netWeight, QStringLiteral("0.0125"));
    QCOMPARE(first->customsNumber, QStringLiteral("85366990"));
    QVERIFY(first->line > 20);
    // A product without an item number is read; the mapping skips it.
    QCOMPARE(read.products.at(8).product.supplierPid, QString());
}

void tst_FeedReader::windows1252BytesKeepTheirCharacters()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    const FeedProduct *first = productOf(read, QStringLiteral("TEST-FEED-0001"));
    QVERIFY(first);
    // 0x96 is an en dash in Windows-1252, a control character in Latin-1.
    QCOMPARE(first->shortDescriptions.first().text,
             QStringLiteral("Buchse; 4-polig; Kod. A; 2,5 mm²; grün – Testdaten"));
    for (const QChar c : first->shortDescriptions.first().text)
        QVERIFY(c.unicode() < 0x80 || c.unicode() > 0x9f);
    QCOMPARE(FeedInput::windows1252ToUtf8(QByteArray("\x80\x96\xfc\xb2\x81")),
             QStringLiteral("€–ü²\u0081").toUtf8());
}

void tst_FeedReader::bmecat12WithoutNamespace()
{
    const Read read = readPath(fixture("bmecat12.xml"));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.header.bmecatVersion, QStringLiteral("1.2"));
    QCOMPARE(read.header.defaultLanguage, QStringLiteral("eng"));
    QCOMPARE(read.products.size(), 2);
    const FeedProduct *plug = productOf(read, QStringLiteral("TEST-FEED-1201"));
    QVERIFY(plug);
    QCOMPARE(plug->manufacturerPid, QStringLiteral("MFR-1201"));
    QCOMPARE(plug->internationalPids.first(), std::make_pair(QStringLiteral("ean"), QStringLiteral("2000000000107")));
    QCOMPARE(plug->features.size(), 4);
    QCOMPARE(plug->unitsPerOrderUnit, QStringLiteral("100"));
    QCOMPARE(plug->references.first().itemNumber, QStringLiteral("TEST-FEED-1202"));
    const MappedProduct part = mapped(read, QStringLiteral("TEST-FEED-1201"));
    QCOMPARE(part.record.kind(), QStringLiteral("plug"));
    QCOMPARE(part.record.poles(), 3);
    QCOMPARE(part.record.colour(), QStringLiteral("gray"));
    QCOMPARE(part.record.gtin(), QStringLiteral("2000000000107"));
    QCOMPARE(part.record.packagingUnit(), 100);
    QCOMPARE(part.record.classifications.first().version, QStringLiteral("7.0"));
}

void tst_FeedReader::utf16WithByteOrderMark()
{
    QString text = QString::fromUtf8(readFile(fixture("bmecat12.xml")));
    text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""));
    text.replace(QStringLiteral("Snap-in frame; 1.0"), QStringLiteral("Snap-in frame – ü; 1.0"));
    QByteArray utf16("\xff\xfe");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Read read = readData(utf16);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.products.size(), 2);
    QVERIFY(read.products.at(1).product.shortDescriptions.first().text.contains(QStringLiteral("– ü")));
}

void tst_FeedReader::zippedFeed()
{
    const Read plain = readPath(fixture("bmecat2005-latin1.xml"));
    FeedInput input;
    QVERIFY(input.open(fixture("bmecat2005.zip")));
    QCOMPARE(input.xmlName(), QStringLiteral("catalog/bmecat2005-latin1.xml"));
    const Read zipped = readAll(input, true);
    QVERIFY2(zipped.error.isEmpty(), qPrintable(zipped.error));
    QCOMPARE(zipped.products.size(), plain.products.size());
    QCOMPARE(productOf(zipped, QStringLiteral("TEST-FEED-0001"))->shortDescriptions.first().text,
             productOf(plain, QStringLiteral("TEST-FEED-0001"))->shortDescriptions.first().text);
    // The same bytes in memory.
    const Read fromMemory = readData(readFile(fixture("bmecat2005.zip")));
    QCOMPARE(fromMemory.products.size(), plain.products.size());
}

void tst_FeedReader::sevenZipFeed()
{
    // A 7z archive, written here with libarchive (Debian has no 7z tool by
    // default): read as the zip is.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.7z"));
    const QByteArray xml = readFile(fixture("bmecat12.xml"));
    archive *writer = archive_write_new();
    QCOMPARE(archive_write_set_format_7zip(writer), ARCHIVE_OK);
    QCOMPARE(archive_write_open_filename(writer, QFile::encodeName(path).constData()), ARCHIVE_OK);
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, "feeds/bmecat12.xml");
    archive_entry_set_size(entry, xml.size());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    QCOMPARE(archive_write_header(writer, entry), ARCHIVE_OK);
    QCOMPARE(archive_write_data(writer, xml.constData(), static_cast<size_t>(xml.size())), static_cast<la_ssize_t>(xml.size()));
    archive_entry_free(entry);
    QCOMPARE(archive_write_close(writer), ARCHIVE_OK);
    archive_write_free(writer);
    FeedInput input;
    QVERIFY2(input.open(path), qPrintable(input.error()));
    QCOMPARE(input.xmlName(), QStringLiteral("feeds/bmecat12.xml"));
    const Read read = readAll(input, true);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.products.size(), 2);
}

void tst_FeedReader::prefixedNamespace()
{
    // Elements with a namespace prefix are matched by their local names.
    const QByteArray xml
        = "<?xml version=\"1.0\"?>\n<bme:BMECAT version=\"2005.2\" xmlns:bme=\"http://www.bmecat.org/bmecat/2005.2\">"
          "<bme:HEADER><bme:CATALOG><bme:LANGUAGE>eng</bme:LANGUAGE><bme:CATALOG_ID>TEST</bme:CATALOG_ID>"
          "<bme:CATALOG_VERSION>1</bme:CATALOG_VERSION></bme:CATALOG></bme:HEADER><bme:T_NEW_CATALOG><bme:PRODUCT>"
          "<bme:SUPPLIER_PID>TEST-NS-1</bme:SUPPLIER_PID><bme:PRODUCT_DETAILS><bme:DESCRIPTION_SHORT>Plug; 3-pole; "
          "test data</bme:DESCRIPTION_SHORT></bme:PRODUCT_DETAILS></bme:PRODUCT></bme:T_NEW_CATALOG></bme:BMECAT>\n";
    const Read read = readData(xml);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.header.catalogId, QStringLiteral("TEST"));
    QCOMPARE(read.products.size(), 1);
    QCOMPARE(mapped(read, QStringLiteral("TEST-NS-1")).record.poles(), 3);
}

void tst_FeedReader::archivesWithoutOneCatalog()
{
    Read read = readPath(fixture("two-catalogs.zip"));
    QVERIFY2(read.error.contains(QStringLiteral("2 XML files")), qPrintable(read.error));
    read = readPath(fixture("no-catalog.zip"));
    QVERIFY2(read.error.contains(QStringLiteral("no XML file")), qPrintable(read.error));
    // A damaged archive: the start of a zip, cut.
    read = readData(readFile(fixture("bmecat2005.zip")).left(300));
    QVERIFY(!read.error.isEmpty());
}

void tst_FeedReader::mapsIdentityAndTradeData()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    FeedMapOptions options;
    options.language = QStringLiteral("en");
    const MappedProduct part = mapped(read, QStringLiteral("TEST-FEED-0001"), options);
    QVERIFY(part.skipReason.isEmpty());
    QVERIFY2(part.issues.isEmpty(), qPrintable(issuesOf(part)));
    const PartRecord &r = part.record;
    QCOMPARE(r.itemNumber(), QStringLiteral("TEST-FEED-0001"));
    QCOMPARE(r.description(), QStringLiteral("Socket; 4-pole; Cod. A; 2.5 mm²; green; test data"));
    QCOMPARE(r.manufacturer(), QStringLiteral("Test Manufacturer (test data)"));
    QCOMPARE(r.manufacturerItemNumber(), QStringLiteral("MFR-0001"));
    QCOMPARE(r.supplierItemNumber(), QStringLiteral("TEST-FEED-0001"));
    QCOMPARE(r.family(), QStringLiteral("TESTSTAR MIDI"));
    QCOMPARE(r.gtin(), QStringLiteral("2000000000015"));
    // The smallest packing unit of the ETIM extension, not the order unit.
    QCOMPARE(r.packagingUnit(), 50);
    QCOMPARE(r.weightG(), 12.5);
    QCOMPARE(r.customsTariff(), QStringLiteral("85366990"));
    QCOMPARE(r.countryOfOrigin(), QStringLiteral("DE"));
    QCOMPARE(r.classifications.size(), 2);
    QCOMPARE(r.classifications.at(0).scheme, QStringLiteral("ETIM"));
    QCOMPARE(r.classifications.at(0).version, QStringLiteral("8.0"));
    QCOMPARE(r.classifications.at(0).code, QStringLiteral("EC002560"));
    QCOMPARE(r.classifications.at(1).scheme, QStringLiteral("eCl@ss"));
    QCOMPARE(r.classifications.at(1).code, QStringLiteral("27440605"));
    // Every feature is kept as the file states it.
    QCOMPARE(r.features.size(), 20);
    QCOMPARE(r.features.at(7).name, QStringLiteral("EF009690"));
    QCOMPARE(r.features.at(7).values, (QStringList{QStringLiteral("0.5"), QStringLiteral("2.5")}));
    QCOMPARE(r.features.at(7).unit, QStringLiteral("MMK"));
    QCOMPARE(r.features.at(18).details, QStringLiteral("MV"));
}

void tst_FeedReader::mapsEtimFeatures()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    const PartRecord r = mapped(read, QStringLiteral("TEST-FEED-0001")).record;
    QCOMPARE(r.poles(), 4);
    // "Bus" (EV000218) is the female connector: through the gender table.
    QCOMPARE(r.gender(), QStringLiteral("female"));
    QCOMPARE(r.kind(), QStringLiteral("socket"));
    QCOMPARE(r.colour(), QStringLiteral("green"));
    QCOMPARE(r.ratings.size(), 1);
    const RatingRecord &rating = r.ratings.first();
    QCOMPARE(rating.market, QStringLiteral("IEC"));
    QCOMPARE(rating.voltageV, 400.0);
    QCOMPARE(rating.currentA, 25.0);
    QCOMPARE(rating.impulseVoltageKv, 4.0);
    QCOMPARE(rating.pollutionDegree, 2);
    QCOMPARE(r.conductorRanges.size(), 2);
    QCOMPARE(r.conductorRanges.at(0).conductorClass, QStringLiteral("fine_stranded"));
    QCOMPARE(r.conductorRanges.at(0).minMm2, 0.5);
    QCOMPARE(r.conductorRanges.at(0).maxMm2, 2.5);
    QCOMPARE(r.conductorRanges.at(1).conductorClass, QStringLiteral("solid"));
    QCOMPARE(r.conductorRanges.at(1).maxMm2, 4.0);
    QCOMPARE(r.protectionType(), QStringLiteral("IP20"));
    QCOMPARE(r.widthMm(), 30.0);
    QCOMPARE(r.heightMm(), 11.0);
    QCOMPARE(r.lengthMm(), 35.0);
    // ETIM states kWh: 0.05 kWh are 0.18 MJ.
    QCOMPARE(r.fireLoadMj(), 0.18);
    QCOMPARE(r.insulationMaterial(), QStringLiteral("Polyamide"));
    QCOMPARE(r.contactMaterial(), QStringLiteral("CuSn"));
    QCOMPARE(r.contactPlating(), QStringLiteral("tinned"));
    const PartRecord plug = mapped(read, QStringLiteral("TEST-FEED-0002")).record;
    QCOMPARE(plug.kind(), QStringLiteral("plug"));
    QCOMPARE(plug.gender(), QStringLiteral("male"));
}

void tst_FeedReader::unknownValuesAndBrokenValues()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    // NA and MV are unknown, not values and not errors.
    const MappedProduct good = mapped(read, QStringLiteral("TEST-FEED-0001"));
    QVERIFY(!good.record.contactResistanceMohm());
    QVERIFY(!good.record.cableOdMinMm());
    // A pole count that is not a number, a negative current, a wrong GTIN
    // check digit and a country that is no code: imported without them.
    const MappedProduct broken = mapped(read, QStringLiteral("TEST-FEED-0008"));
    QVERIFY(broken.skipReason.isEmpty());
    QCOMPARE(broken.issues.size(), 4);
    const QString issues = issuesOf(broken);
    QVERIFY2(issues.contains(QStringLiteral("\"vier\" is not a number; not stored")), qPrintable(issues));
    QVERIFY(issues.contains(QStringLiteral("-3 is not above zero")));
    QVERIFY(issues.contains(QStringLiteral("GTIN 2000000000081 has a wrong check digit")));
    QVERIFY(issues.contains(QStringLiteral("\"Germany\" is not an ISO 3166-1 code")));
    QVERIFY(!broken.record.poles());
    QVERIFY(broken.record.gtin().isEmpty());
    QVERIFY(broken.record.ratings.isEmpty());
    QCOMPARE(broken.record.kind(), QStringLiteral("socket"));
    for (const FeedIssue &issue : broken.issues)
        QVERIFY(issue.line > 0);
    // An unknown EV code is kept with the features only and said so.
    const Read odd = readData(catalogWith(
        "<PRODUCT><SUPPLIER_PID>TEST-ODD-1</SUPPLIER_PID><PRODUCT_DETAILS><DESCRIPTION_SHORT>Socket; test "
        "data</DESCRIPTION_SHORT></PRODUCT_DETAILS><PRODUCT_FEATURES><REFERENCE_FEATURE_SYSTEM_NAME>ETIM-8.0"
        "</REFERENCE_FEATURE_SYSTEM_NAME><REFERENCE_FEATURE_GROUP_ID>EC002560</REFERENCE_FEATURE_GROUP_ID>"
        "<FEATURE><FNAME>EF006772</FNAME><FVALUE>EV999999</FVALUE></FEATURE>"
        "<FEATURE><FNAME>EF000227</FNAME><FVALUE>16</FVALUE><FUNIT>mA</FUNIT></FEATURE>"
        "<FEATURE><FNAME>EF009690</FNAME><FVALUE>4</FVALUE><FVALUE>1</FVALUE></FEATURE>"
        "<FEATURE><FNAME>EF001391</FNAME><FVALUE>UN</FVALUE></FEATURE>"
        "</PRODUCT_FEATURES></PRODUCT>"));
    const MappedProduct oddPart = mapped(odd, QStringLiteral("TEST-ODD-1"));
    QCOMPARE(oddPart.issues.size(), 3);
    QVERIFY(oddPart.record.colour().isEmpty());
    QVERIFY(oddPart.record.ratings.isEmpty());
    QVERIFY(oddPart.record.conductorRanges.isEmpty());
    QVERIFY(!oddPart.record.poles());
    QCOMPARE(oddPart.record.features.size(), 4);
}

void tst_FeedReader::accessoryTypesThroughTheKindTable()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    const PartRecord housing = mapped(read, QStringLiteral("TEST-FEED-0003"), {QStringLiteral("eng"), false, {}}).record;
    QCOMPARE(housing.kind(), QStringLiteral("strain_relief_housing"));
    // Housing material of an accessory is its material.
    QCOMPARE(housing.material(), QStringLiteral("Polyamide"));
    QVERIFY(housing.insulationMaterial().isEmpty());
    QCOMPARE(mapped(read, QStringLiteral("TEST-FEED-0004")).record.kind(), QStringLiteral("locking_lever"));
}

void tst_FeedReader::descriptionParserFillsWhatEtimLacks()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    // Coding from the (English) short description.
    QCOMPARE(mapped(read, QStringLiteral("TEST-FEED-0001")).record.coding(), QStringLiteral("A"));
    const PartRecord housing = mapped(read, QStringLiteral("TEST-FEED-0003")).record;
    QCOMPARE(housing.cableCount(), 2);
    QCOMPARE(housing.cableOdMinMm(), 5.0);
    QCOMPARE(housing.cableOdMaxMm(), 9.0);
    QCOMPARE(housing.poles(), 4);
    const PartRecord lever = mapped(read, QStringLiteral("TEST-FEED-0004")).record;
    QCOMPARE(lever.operation(), QStringLiteral("manual"));
    QCOMPARE(lever.colour(), QStringLiteral("white"));
    // The description without ETIM: a snap-in frame of the 1.2 file.
    const Read v12 = readPath(fixture("bmecat12.xml"));
    const PartRecord frame = mapped(v12, QStringLiteral("TEST-FEED-1202")).record;
    QCOMPARE(frame.kind(), QStringLiteral("snap_in_frame"));
    QCOMPARE(frame.panelThicknessMaxMm(), 2.5);
}

void tst_FeedReader::languages()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    // The program's language when the file has it, else the catalog's default.
    FeedMapOptions german;
    german.language = QStringLiteral("de");
    QCOMPARE(mapped(read, QStringLiteral("TEST-FEED-0001"), german).record.description(),
             QStringLiteral("Buchse; 4-polig; Kod. A; 2,5 mm²; grün – Testdaten"));
    FeedMapOptions english;
    english.language = QStringLiteral("eng");
    QCOMPARE(mapped(read, QStringLiteral("TEST-FEED-0001"), english).record.description(),
             QStringLiteral("Socket; 4-pole; Cod. A; 2.5 mm²; green; test data"));
    FeedMapOptions french;
    french.language = QStringLiteral("fr");
    const PartRecord r = mapped(read, QStringLiteral("TEST-FEED-0001"), french).record;
    QCOMPARE(r.description(), QStringLiteral("Buchse; 4-polig; Kod. A; 2,5 mm²; grün – Testdaten"));
    // Every language is kept; the long text without its HTML and with its
    // double-escaped entity resolved.
    QCOMPARE(r.descriptions.size(), 2);
    QCOMPARE(r.descriptions.at(0).language, QStringLiteral("deu"));
    QCOMPARE(r.descriptions.at(0).longText,
             QStringLiteral("Steckverbinder für Prüfzwecke\nQuerschnitt 2,5 mm² (Testdaten)"));
    QCOMPARE(r.descriptions.at(1).language, QStringLiteral("eng"));
    QCOMPARE(FeedMapper::languageCode(QStringLiteral("ger")), QStringLiteral("deu"));
    QCOMPARE(FeedMapper::languageCode(QStringLiteral("EN")), QStringLiteral("eng"));
}

void tst_FeedReader::documentsAgainstMimeRoot()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    const PartRecord r = mapped(read, QStringLiteral("TEST-FEED-0001")).record;
    // The data sheet (MIME_PURPOSE and EDXF MD22) and the dimensioned
    // drawing (MD12); pictures are not kept.
    QCOMPARE(r.documents.size(), 3);
    QCOMPARE(r.documents.at(0).purpose, QStringLiteral("data_sheet"));
    QCOMPARE(r.documents.at(0).location, QStringLiteral("https://example.com/media/datasheets/TEST-FEED-0001.pdf"));
    QCOMPARE(r.documents.at(0).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(r.documents.at(1).purpose, QStringLiteral("drawing"));
    QCOMPARE(r.documents.at(1).location,
             QStringLiteral("https://example.com/media/drawings/TEST-FEED-0001-drawing.pdf"));
    QCOMPARE(r.documents.at(2).location, QStringLiteral("https://example.org/sheets/TEST-FEED-0001-en.pdf"));
}

void tst_FeedReader::references()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    const PartRecord r = mapped(read, QStringLiteral("TEST-FEED-0001")).record;
    QCOMPARE(r.references.size(), 8);
    QCOMPARE(r.references.last().type, QStringLiteral("predecessor"));
    QCOMPARE(r.references.last().itemNumber, QStringLiteral("TEST-FEED-OLD-0001"));
    const PartRecord kit = mapped(read, QStringLiteral("TEST-FEED-0010")).record;
    QCOMPARE(kit.references.size(), 2);
    QCOMPARE(kit.references.first().quantity, 2.0);
    // Each reference type to its relation.
    const auto relation = [](const char *type) {
        return FeedMapper::relationFor(ReferenceRecord{QLatin1String(type), QStringLiteral("X"), 3.0});
    };
    QCOMPARE(relation("accessories")->relation, QStringLiteral("accessory"));
    QCOMPARE(relation("accessories")->required, false);
    QCOMPARE(relation("mandatory")->required, true);
    QCOMPARE(relation("select")->required, true);
    QVERIFY(!relation("select")->group.isEmpty());
    QCOMPARE(relation("consists_of")->relation, QStringLiteral("kit_content"));
    QCOMPARE(relation("consists_of")->quantity, 3.0);
    QCOMPARE(relation("sparepart")->relation, QStringLiteral("spare_part"));
    QCOMPARE(relation("similar")->relation, QStringLiteral("similar"));
    QVERIFY(!relation("followup"));
    QVERIFY(!relation("others"));
    QVERIFY(FeedMapper::isSuccessor(ReferenceRecord{QStringLiteral("followup"), QStringLiteral("X"), {}}));
    QVERIFY(FeedMapper::needsItem(ReferenceRecord{QStringLiteral("followup"), QStringLiteral("X"), {}}));
    QVERIFY(!FeedMapper::needsItem(ReferenceRecord{QStringLiteral("predecessor"), QStringLiteral("X"), {}}));
    QVERIFY(!FeedMapper::needsItem(ReferenceRecord{QStringLiteral("base_product"), QStringLiteral("X"), {}}));
}

void tst_FeedReader::familyOption()
{
    const Read read = readPath(fixture("bmecat12.xml"));
    QVERIFY(mapped(read, QStringLiteral("TEST-FEED-1201")).record.family().isEmpty());
    FeedMapOptions options;
    options.family = QStringLiteral("TESTSTAR MINI");
    QCOMPARE(mapped(read, QStringLiteral("TEST-FEED-1201"), options).record.family(), QStringLiteral("TESTSTAR MINI"));
    // The file's own family wins.
    const Read read2005 = readPath(fixture("bmecat2005-latin1.xml"));
    QCOMPARE(mapped(read2005, QStringLiteral("TEST-FEED-0001"), options).record.family(),
             QStringLiteral("TESTSTAR MIDI"));
}

void tst_FeedReader::manufacturerPid()
{
    const Read read = readPath(fixture("bmecat2005-latin1.xml"));
    FeedMapOptions options;
    options.manufacturerPid = true;
    const MappedProduct part = mapped(read, QStringLiteral("TEST-FEED-0001"), options);
    QCOMPARE(part.record.itemNumber(), QStringLiteral("MFR-0001"));
    QCOMPARE(part.record.supplierItemNumber(), QStringLiteral("TEST-FEED-0001"));
    QVERIFY(!mapped(read, QStringLiteral("TEST-FEED-0002"), options).skipReason.isEmpty());
}

void tst_FeedReader::gtinCheckDigit_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("13") << QStringLiteral("2000000000015") << true;
    QTest::newRow("13 wrong") << QStringLiteral("2000000000016") << false;
    QTest::newRow("8") << QStringLiteral("20000004") << true;
    QTest::newRow("14") << QStringLiteral("12000000000012") << true;
    QTest::newRow("letters") << QStringLiteral("20000000000A5") << false;
    QTest::newRow("11 digits") << QStringLiteral("20000000001") << false;
}

void tst_FeedReader::gtinCheckDigit()
{
    QFETCH(QString, gtin);
    QFETCH(bool, valid);
    QCOMPARE(FeedMapper::isValidGtin(gtin), valid);
}

void tst_FeedReader::plainText()
{
    QCOMPARE(FeedMapper::plainText(QStringLiteral("2,5 mm&sup2; &ndash; gr&uuml;n")), QStringLiteral("2,5 mm² – grün"));
    QCOMPARE(FeedMapper::plainText(QStringLiteral("<p>a</p><ul><li>b &amp;amp; c</li></ul>")),
             QStringLiteral("a\nb & c"));
    QCOMPARE(FeedMapper::plainText(QStringLiteral("&#178; &#x2013; &unknown;")), QStringLiteral("² – &unknown;"));
}

void tst_FeedReader::refusedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << fixture("empty.xml") << QStringLiteral("the file is empty") << 1;
    QTest::newRow("truncated") << fixture("truncated.xml") << QStringLiteral("truncated") << 71;
    QTest::newRow("binary") << fixture("binary.bin") << QStringLiteral("not well-formed XML") << 1;
    QTest::newRow("not BMEcat") << fixture("not-bmecat.xml") << QStringLiteral("root element is <partsmanagement>")
                                << 3;
    QTest::newRow("missing") << fixture("no-such-file.xml") << QStringLiteral("does not exist") << 0;
    QTest::newRow("folder") << QStringLiteral(CC_FIXTURES_DIR) << QStringLiteral("is a folder") << 0;
}

void tst_FeedReader::refusedFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(int, line);
    const Read read = readPath(path);
    QVERIFY2(read.error.contains(expected), qPrintable(read.error));
    if (line > 0)
        QCOMPARE(read.errorLine, line);
}

void tst_FeedReader::billionLaughsIsRefusedQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const Read read = readPath(fixture("billion-laughs.xml"));
    QVERIFY2(read.error.contains(QStringLiteral("declares entities")), qPrintable(read.error));
    QVERIFY(read.products.isEmpty());
    // Refused at the DTD, before anything is expanded: far below a second
    // even on a loaded machine (the expansion would be gigabytes).
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void tst_FeedReader::externalEntityIsNeverRead()
{
    // A file of this machine with a marker, named by an external entity.
    QTemporaryDir dir;
    const QString secretPath = dir.filePath(QStringLiteral("secret.txt"));
    QFile secret(secretPath);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("SECRET-MARKER-4711");
    secret.close();
    for (const QByteArray &declaration :
         {QByteArray("<!ENTITY secret SYSTEM \"file://") + secretPath.toUtf8() + "\">",
          QByteArray("<!ENTITY % secret SYSTEM \"file://") + secretPath.toUtf8() + "\"> %secret;"}) {
        const QByteArray xml = catalogWith("<PRODUCT><SUPPLIER_PID>TEST-XXE-1</SUPPLIER_PID><PRODUCT_DETAILS>"
                                           "<DESCRIPTION_SHORT>Socket; &amp;secret;</DESCRIPTION_SHORT>"
                                           "</PRODUCT_DETAILS></PRODUCT>",
                                           "<!DOCTYPE BMECAT [ " + declaration + " ]>\n");
        const Read read = readData(xml);
        QVERIFY2(read.error.contains(QStringLiteral("declares entities")), qPrintable(read.error));
        QVERIFY(!read.error.contains(QStringLiteral("SECRET-MARKER")));
        QVERIFY(read.products.isEmpty());
    }
    const Read fixtureRead = readPath(fixture("external-entity.xml"));
    QVERIFY(fixtureRead.error.contains(QStringLiteral("declares entities")));
    QVERIFY(fixtureRead.products.isEmpty());
}

void tst_FeedReader::undeclaredEntityIsLeftOut()
{
    // With an external DTD (never read) an undeclared entity is no error:
    // it is left out and noted.
    const QByteArray xml = catalogWith("<PRODUCT><SUPPLIER_PID>TEST-ENT-1</SUPPLIER_PID><PRODUCT_DETAILS>"
                                       "<DESCRIPTION_SHORT>Socket; &unknown; test data</DESCRIPTION_SHORT>"
                                       "</PRODUCT_DETAILS></PRODUCT>",
                                       "<!DOCTYPE BMECAT SYSTEM \"file:///etc/passwd\">\n");
    const Read read = readData(xml);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.products.size(), 1);
    QCOMPARE(read.products.first().product.shortDescriptions.first().text, QStringLiteral("Socket;  test data"));
    QCOMPARE(read.notes.size(), 1);
    QVERIFY(read.notes.first().contains(QStringLiteral("&unknown;")));
    QVERIFY(!read.products.first().product.shortDescriptions.first().text.contains(QStringLiteral("root:")));
}

void tst_FeedReader::deepNestingIsRefused()
{
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<X>";
    for (int i = 0; i < 5000; ++i)
        deep += "</X>";
    const Read read = readData(catalogWith("<PRODUCT><SUPPLIER_PID>TEST-DEEP-1</SUPPLIER_PID>" + deep + "</PRODUCT>"));
    QVERIFY2(read.error.contains(QStringLiteral("nested too deeply")), qPrintable(read.error));
}

void tst_FeedReader::hugeProductIsSkipped()
{
    QByteArray many;
    for (int i = 0; i < 25000; ++i)
        many += "<FEATURE><FNAME>EF000001</FNAME></FEATURE>";
    const QByteArray products = "<PRODUCT><SUPPLIER_PID>TEST-HUGE-1</SUPPLIER_PID><PRODUCT_FEATURES>" + many
        + "</PRODUCT_FEATURES></PRODUCT><PRODUCT><SUPPLIER_PID>TEST-SMALL-1</SUPPLIER_PID><PRODUCT_DETAILS>"
          "<DESCRIPTION_SHORT>Plug; test data</DESCRIPTION_SHORT></PRODUCT_DETAILS></PRODUCT>";
    const Read read = readData(catalogWith(products));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.products.size(), 2);
    QVERIFY(read.products.at(0).skipReason.contains(QStringLiteral("too large")));
    QCOMPARE(read.products.at(0).product.supplierPid, QStringLiteral("TEST-HUGE-1"));
    QVERIFY(read.products.at(1).skipReason.isEmpty());
    // A value longer than the reader keeps is cut and noted.
    const Read longText = readData(catalogWith("<PRODUCT><SUPPLIER_PID>TEST-LONG-1</SUPPLIER_PID><PRODUCT_DETAILS>"
                                               "<DESCRIPTION_LONG>" + QByteArray(200000, 'a')
                                               + "</DESCRIPTION_LONG></PRODUCT_DETAILS></PRODUCT>"));
    QCOMPARE(longText.products.size(), 1);
    QCOMPARE(longText.products.first().product.longDescriptions.first().text.size(), 64 * 1024);
    QCOMPARE(longText.notes.size(), 1);
}

void tst_FeedReader::splitAcrossBlocks()
{
    // A feed larger than one block of the input: every product is read
    // whole, wherever the blocks end.
    QByteArray products;
    for (int i = 0; i < 3000; ++i) {
        products += QStringLiteral("<PRODUCT><SUPPLIER_PID>TEST-SPLIT-%1</SUPPLIER_PID><PRODUCT_DETAILS>"
                                   "<DESCRIPTION_SHORT>Plug; %2-pole; test data – ü</DESCRIPTION_SHORT>"
                                   "</PRODUCT_DETAILS></PRODUCT>\n")
                        .arg(i)
                        .arg(i % 5 + 2)
                        .toUtf8();
    }
    const Read read = readData(catalogWith(products));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.products.size(), 3000);
    QCOMPARE(read.products.at(2999).product.shortDescriptions.first().text,
             QStringLiteral("Plug; 6-pole; test data – ü"));
}

QTEST_GUILESS_MAIN(tst_FeedReader)
#include "tst_FeedReader.moc"
