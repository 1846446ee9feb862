// Importing catalog feeds (BMEcat) into the parts database, on both back
// ends: what is written, the import rules (same file, newer file, user
// edits, deletions), references, one transaction per file, hostile files,
// the preview and the undo step, and the parts in the mating and accessory
// rules. The fixtures (tests/fixtures/feeds) are test data with fictitious
// TEST-FEED items.
#include "db/Database.h"
#include "db/PartRepository.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/import/cmd/CmdImportCatalog.h"
#include "models/import/FeedImporter.h"
#include "models/import/FeedImportJob.h"
#include "models/import/ImportReportText.h"
#include "models/rules/AccessoryPool.h"
#include "models/rules/MatingRules.h"
#include "models/tasks/TaskControl.h"
#include "TestCatalog.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_FeedImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsTheFeed();
    void referencesOfEachType();
    void sameFileTwiceChangesNothing();
    void newerFileUpdatesWhatItStates();
    void userEditsWinUnlessAsked();
    void brokenFilesWriteNothing_data();
    void brokenFilesWriteNothing();
    void externalEntityReadsNothing();
    void zippedFeedImportsTheSame();
    void bmecat12WithFamily();
    void dryRunWritesNothing();
    void previewThenImportThenUndo();
    void undoStepOfItsOwn();
    void referencesAcrossBatches();
    void feedPartsInTheRules();

private:
    std::unique_ptr<Database> catalog(const char *name);
    static QString feed(const char *name) { return test::fixture(QStringLiteral("feeds/") + QLatin1String(name)); }
    static QString dump(const Database &database);
    static FeedImportReport import(Database &database, const QString &path, FeedImporter::Options options = {},
                                   bool dryRun = false);
    QTemporaryDir m_dir;
};

void tst_FeedImport::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_FeedImport::catalog(const char *name)
{
    // The bundled catalog: the feed's parts come beside real ones.
    return test::catalogIn(m_dir, QLatin1String(name));
}

QString tst_FeedImport::dump(const Database &database)
{
    QString text;
    for (const char *table : {"source", "part", "rating", "conductor_range", "approval", "classification", "note",
                              "part_relation", "supersession", "part_feature", "part_document", "part_description",
                              "part_reference"}) {
        QSqlQuery query = database.run(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QLatin1String(table)),
                                       QStringLiteral("dump"));
        while (query.next()) {
            text += QLatin1String(table);
            for (int i = 0; i < 200 && query.value(i).isValid(); ++i)
                text += QLatin1Char('|') + query.value(i).toString();
            text += QLatin1Char('\n');
        }
    }
    return text;
}

FeedImportReport tst_FeedImport::import(Database &database, const QString &path, FeedImporter::Options options,
                                        bool dryRun)
{
    if (options.language.isEmpty())
        options.language = QStringLiteral("eng");
    return FeedImporter(database, options).importFile(path, dryRun);
}

void tst_FeedImport::importsTheFeed()
{
    const auto database = catalog("feed.sqlite");
    const FeedImportReport report = import(*database, feed("bmecat2005-latin1.xml"));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.written);
    QCOMPARE(report.read, 12);
    QCOMPARE(report.added, 9);
    QCOMPARE(report.changed, 0);
    QCOMPARE(report.skipped, 3);
    QCOMPARE(report.unresolved, 1);
    QCOMPARE(report.issueCount, 4);
    // Skipped products and left-out values with their lines and reasons.
    const QString text = ImportReportText::text(report, false);
    for (const char *expected : {"products read: 12", "added: 9, changed: 0, unchanged: 0, deleted: 0, skipped: 3",
                                 "line 189: no SUPPLIER_PID", "line 204, TEST-FEED-0011: no DESCRIPTION_SHORT",
                                 "line 210, TEST-FEED-0004: the item number was read before, at line 123",
                                 "line 183, TEST-FEED-0008: number of poles (EF001391) \"vier\" is not a number",
                                 "references left unresolved: 1", "TEST-FEED-0001 -> accessories TEST-FEED-9999"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
    }
    const PartRepository parts(*database);
    const std::optional<PartRecord> socket = parts.find(QStringLiteral("TEST-FEED-0001"));
    QVERIFY(socket);
    QCOMPARE(socket->origin, QStringLiteral("import"));
    QCOMPARE(socket->source.kind, QStringLiteral("bmecat"));
    QCOMPARE(socket->source.reference, QStringLiteral("bmecat2005-latin1.xml"));
    for (const char *expected : {"TEST-CAT-2005", "version 1.0", "2024-03-01"})
        QVERIFY2(socket->source.title.contains(QLatin1String(expected)), qPrintable(socket->source.title));
    QCOMPARE(socket->description(), QStringLiteral("Socket; 4-pole; Cod. A; 2.5 mm²; green; test data"));
    QCOMPARE(socket->kind(), QStringLiteral("socket"));
    QCOMPARE(socket->poles(), 4);
    QCOMPARE(socket->coding(), QStringLiteral("A"));
    QCOMPARE(socket->family(), QStringLiteral("TESTSTAR MIDI"));
    QCOMPARE(socket->manufacturer(), QStringLiteral("Test Manufacturer (test data)"));
    QCOMPARE(socket->fireLoadMj(), 0.18);
    QCOMPARE(socket->packagingUnit(), 50);
    QCOMPARE(socket->ratings.size(), 1);
    QCOMPARE(socket->ratings.first().currentA, 25.0);
    QCOMPARE(socket->conductorRanges.size(), 2);
    QCOMPARE(socket->classifications.size(), 2);
    // Kept as the file states it: every feature, both languages (with
    // ², ü and – intact), the documents and every reference.
    QCOMPARE(socket->features.size(), 20);
    QCOMPARE(socket->features.at(7).values, (QStringList{QStringLiteral("0.5"), QStringLiteral("2.5")}));
    QCOMPARE(socket->descriptions.size(), 2);
    QCOMPARE(socket->descriptions.first().shortText, QStringLiteral("Buchse; 4-polig; Kod. A; 2,5 mm²; grün – Testdaten"));
    QCOMPARE(socket->documents.size(), 3);
    QCOMPARE(socket->documents.first().location,
             QStringLiteral("https://example.com/media/datasheets/TEST-FEED-0001.pdf"));
    QCOMPARE(socket->references.size(), 8);
    // The broken product is there, without its broken values.
    const std::optional<PartRecord> broken = parts.find(QStringLiteral("TEST-FEED-0008"));
    QVERIFY(broken);
    QVERIFY(!broken->poles());
    QVERIFY(broken->gtin().isEmpty());
    QVERIFY(!parts.find(QStringLiteral("TEST-FEED-0011")));
}

void tst_FeedImport::referencesOfEachType()
{
    const auto database = catalog("references.sqlite");
    QVERIFY(import(*database, feed("bmecat2005-latin1.xml")).written);
    const PartRepository parts(*database);
    const PartRecord socket = *parts.find(QStringLiteral("TEST-FEED-0001"));
    const auto relation = [&socket](const char *item, const char *kind) -> const RelationRecord * {
        for (const RelationRecord &r : socket.relations) {
            if (r.itemNumber == QLatin1String(item) && r.relation == QLatin1String(kind))
                return &r;
        }
        return nullptr;
    };
    QVERIFY(relation("TEST-FEED-0004", "accessory"));
    QCOMPARE(relation("TEST-FEED-0004", "accessory")->required, false);
    QCOMPARE(relation("TEST-FEED-0003", "accessory")->required, true);
    QCOMPARE(relation("TEST-FEED-0005", "accessory")->required, true);
    QCOMPARE(relation("TEST-FEED-0005", "accessory")->group, relation("TEST-FEED-0006", "accessory")->group);
    QVERIFY(relation("TEST-FEED-0004", "spare_part"));
    QVERIFY(relation("TEST-FEED-0007", "similar"));
    // Not in the file nor in the catalog: no invented part, the reference
    // is kept as the file states it.
    QVERIFY(!parts.idOf(QStringLiteral("TEST-FEED-9999")));
    bool kept = false;
    for (const ReferenceRecord &r : socket.references)
        kept = kept || r.itemNumber == QLatin1String("TEST-FEED-9999");
    QVERIFY(kept);
    // Kit content with its quantity.
    const PartRecord kit = *parts.find(QStringLiteral("TEST-FEED-0010"));
    QCOMPARE(kit.relations.size(), 2);
    QCOMPARE(kit.relations.first().relation, QStringLiteral("kit_content"));
    QCOMPARE(kit.relations.first().quantity, 2.0);
    // followup: superseded by its successor; predecessor: the old number
    // leads to the product.
    QCOMPARE(parts.find(QStringLiteral("TEST-FEED-0006"))->successorItem, QStringLiteral("TEST-FEED-0005"));
    QCOMPARE(parts.successorOf(QStringLiteral("TEST-FEED-OLD-0001")), QStringLiteral("TEST-FEED-0001"));
    const std::optional<PartRecord> old = parts.find(QStringLiteral("TEST-FEED-OLD-0001"));
    QVERIFY(old);
    QCOMPARE(old->itemNumber(), QStringLiteral("TEST-FEED-0001"));
}

void tst_FeedImport::sameFileTwiceChangesNothing()
{
    const auto database = catalog("twice.sqlite");
    QVERIFY(import(*database, feed("bmecat2005-latin1.xml")).written);
    const QString before = dump(*database);
    const FeedImportReport again = import(*database, feed("bmecat2005-latin1.xml"));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(!again.written);
    QCOMPARE(again.unchanged, 9);
    QCOMPARE(again.added + again.changed + again.deleted, 0);
    QVERIFY(ImportReportText::text(again, false).contains(QStringLiteral("unchanged: the database already holds")));
    QCOMPARE(dump(*database), before);
}

void tst_FeedImport::newerFileUpdatesWhatItStates()
{
    const auto database = catalog("newer.sqlite");
    QVERIFY(import(*database, feed("bmecat2005-latin1.xml")).written);
    const FeedImportReport report = import(*database, feed("bmecat2005-update.xml"));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.read, 4);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.changed, 1);
    QCOMPARE(report.deleted, 2);
    const QString text = ImportReportText::text(report, false);
    QVERIFY2(text.contains(QStringLiteral("ratings: IEC (IEC) /2: 400 V, 4 kV, 25 A -> IEC (IEC) /2: 400 V, 4 kV, 32 A")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("feature ETIM-8.0 EF000227: 25 A -> 32 A")));
    QVERIFY(text.contains(QStringLiteral("part TEST-FEED-0007: deleted")));
    const PartRepository parts(*database);
    const PartRecord socket = *parts.find(QStringLiteral("TEST-FEED-0001"));
    // What the newer file states changed; the rest is kept.
    QCOMPARE(socket.ratings.first().currentA, 32.0);
    QCOMPARE(socket.ratings.first().voltageV, 400.0);
    QCOMPARE(socket.colour(), QStringLiteral("green"));
    QCOMPARE(socket.features.size(), 20);
    QCOMPARE(socket.source.reference, QStringLiteral("bmecat2005-update.xml"));
    QVERIFY(!parts.find(QStringLiteral("TEST-FEED-0007")));
    QVERIFY(!parts.find(QStringLiteral("TEST-FEED-0004")));
    const PartRecord added = *parts.find(QStringLiteral("TEST-FEED-0012"));
    QCOMPARE(added.kind(), QStringLiteral("plug"));
    QCOMPARE(added.relations.size(), 1);
    QCOMPARE(added.relations.first().itemNumber, QStringLiteral("TEST-FEED-0002"));
}

void tst_FeedImport::userEditsWinUnlessAsked()
{
    const auto database = catalog("user.sqlite");
    QVERIFY(import(*database, feed("bmecat2005-latin1.xml")).written);
    // The user's own values for the socket and the lever.
    database->run(QStringLiteral("UPDATE part SET origin = 'user', colour = 'blue' WHERE item_number IN (?, ?)"),
                  {QStringLiteral("TEST-FEED-0001"), QStringLiteral("TEST-FEED-0004")}, QStringLiteral("edit"));
    database->run(QStringLiteral("UPDATE rating SET current_a = 20 WHERE part_id = (SELECT id FROM part WHERE "
                                 "item_number = ?)"),
                  {QStringLiteral("TEST-FEED-0001")}, QStringLiteral("edit"));
    const FeedImportReport report = import(*database, feed("bmecat2005-update.xml"));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.deleted, 1); // TEST-FEED-0007; the user's lever stays
    QVERIFY(report.conflicted >= 2);
    const QString text = ImportReportText::text(report, false);
    QVERIFY2(text.contains(QStringLiteral("conflict, kept TEST-FEED-0001 ratings:")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(the file says IEC (IEC) /2: 400 V, 4 kV, 32 A)")));
    QVERIFY(text.contains(QStringLiteral("conflict, kept TEST-FEED-0004 delete")));
    const PartRepository parts(*database);
    QCOMPARE(parts.find(QStringLiteral("TEST-FEED-0001"))->ratings.first().currentA, 20.0);
    QCOMPARE(parts.find(QStringLiteral("TEST-FEED-0001"))->origin, QStringLiteral("user"));
    QVERIFY(parts.find(QStringLiteral("TEST-FEED-0004")));
    // Asked to, the file wins.
    FeedImporter::Options overwrite;
    overwrite.overwriteUserEdits = true;
    const FeedImportReport second = import(*database, feed("bmecat2005-update.xml"), overwrite);
    QVERIFY(second.written);
    QCOMPARE(parts.find(QStringLiteral("TEST-FEED-0001"))->ratings.first().currentA, 32.0);
    QCOMPARE(parts.find(QStringLiteral("TEST-FEED-0001"))->origin, QStringLiteral("import"));
    QVERIFY(!parts.find(QStringLiteral("TEST-FEED-0004")));
}

void tst_FeedImport::brokenFilesWriteNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << feed("truncated.xml") << QStringLiteral("line 71: the file ends before the catalog");
    QTest::newRow("empty") << feed("empty.xml") << QStringLiteral("the file is empty");
    QTest::newRow("binary") << feed("binary.bin") << QStringLiteral("not well-formed XML");
    QTest::newRow("not BMEcat") << feed("not-bmecat.xml") << QStringLiteral("not a BMEcat catalog");
    QTest::newRow("billion laughs") << feed("billion-laughs.xml") << QStringLiteral("declares entities");
    QTest::newRow("external entity") << feed("external-entity.xml") << QStringLiteral("declares entities");
    QTest::newRow("two catalogs") << feed("two-catalogs.zip") << QStringLiteral("2 XML files");
}

void tst_FeedImport::brokenFilesWriteNothing()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const auto database = catalog("broken.sqlite");
    const QString before = dump(*database);
    const FeedImportReport report = import(*database, path);
    QVERIFY(!report.ok());
    QVERIFY(!report.written);
    const QString text = ImportReportText::text(report, false);
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(text.contains(QFileInfo(path).fileName()));
    QCOMPARE(dump(*database), before);
    // A truncated file's products before the cut are not written either:
    // one transaction per file.
    QVERIFY(!PartRepository(*database).idOf(QStringLiteral("TEST-FEED-0001")));
}

void tst_FeedImport::externalEntityReadsNothing()
{
    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("SECRET-MARKER-4711");
    secret.close();
    QFile xml(dir.filePath(QStringLiteral("xxe.xml")));
    QVERIFY(xml.open(QIODevice::WriteOnly));
    xml.write("<?xml version=\"1.0\"?>\n<!DOCTYPE BMECAT [ <!ENTITY secret SYSTEM \"file://"
              + secret.fileName().toUtf8()
              + "\"> ]>\n<BMECAT version=\"2005\"><HEADER><CATALOG><LANGUAGE>eng</LANGUAGE><CATALOG_ID>X</CATALOG_ID>"
                "<CATALOG_VERSION>1</CATALOG_VERSION></CATALOG></HEADER><T_NEW_CATALOG><PRODUCT><SUPPLIER_PID>"
                "TEST-XXE-1</SUPPLIER_PID><PRODUCT_DETAILS><DESCRIPTION_SHORT>&secret;</DESCRIPTION_SHORT>"
                "</PRODUCT_DETAILS></PRODUCT></T_NEW_CATALOG></BMECAT>\n");
    xml.close();
    const auto database = catalog("xxe.sqlite");
    const FeedImportReport report = import(*database, xml.fileName());
    QVERIFY(!report.ok());
    QVERIFY(!ImportReportText::text(report, false).contains(QStringLiteral("SECRET-MARKER")));
    QVERIFY(!dump(*database).contains(QStringLiteral("SECRET-MARKER")));
    QVERIFY(!PartRepository(*database).idOf(QStringLiteral("TEST-XXE-1")));
}

void tst_FeedImport::zippedFeedImportsTheSame()
{
    const auto plain = catalog("plain.sqlite");
    const auto zipped = catalog("zipped.sqlite");
    const FeedImportReport a = import(*plain, feed("bmecat2005-latin1.xml"));
    const FeedImportReport b = import(*zipped, feed("bmecat2005.zip"));
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(b.xmlName, QStringLiteral("catalog/bmecat2005-latin1.xml"));
    QCOMPARE(b.added, a.added);
    QCOMPARE(b.skipped, a.skipped);
    const PartRecord x = *PartRepository(*plain).find(QStringLiteral("TEST-FEED-0001"));
    const PartRecord y = *PartRepository(*zipped).find(QStringLiteral("TEST-FEED-0001"));
    for (const PartField field : x.knownFields())
        QCOMPARE(y.value(field), x.value(field));
    QCOMPARE(y.features, x.features);
    QCOMPARE(y.descriptions, x.descriptions);
    QCOMPARE(y.source.reference, QStringLiteral("bmecat2005.zip"));
}

void tst_FeedImport::bmecat12WithFamily()
{
    const auto database = catalog("v12.sqlite");
    FeedImporter::Options options;
    options.family = QStringLiteral("TESTSTAR MINI");
    const FeedImportReport report = import(*database, feed("bmecat12.xml"), options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.added, 2);
    QCOMPARE(report.unresolved, 0);
    const PartRecord plug = *PartRepository(*database).find(QStringLiteral("TEST-FEED-1201"));
    QCOMPARE(plug.family(), QStringLiteral("TESTSTAR MINI"));
    QCOMPARE(plug.gtin(), QStringLiteral("2000000000107"));
    QCOMPARE(plug.relations.size(), 1);
    QCOMPARE(plug.relations.first().itemNumber, QStringLiteral("TEST-FEED-1202"));
}

void tst_FeedImport::dryRunWritesNothing()
{
    const auto database = catalog("dry.sqlite");
    const QString before = dump(*database);
    const FeedImportReport report = import(*database, feed("bmecat2005-latin1.xml"), {}, true);
    QVERIFY(report.ok());
    QVERIFY(!report.written);
    QCOMPARE(report.added, 9);
    QCOMPARE(report.unresolved, 1);
    QVERIFY(ImportReportText::text(report, true).contains(QStringLiteral("would be added: 9")));
    QCOMPARE(dump(*database), before);
}

void tst_FeedImport::previewThenImportThenUndo()
{
    const auto database = catalog("preview.sqlite");
    const QString before = dump(*database);
    FeedImporter::Options options;
    options.language = QStringLiteral("eng");
    FeedImportJob job(feed("bmecat2005-latin1.xml"), options);
    TaskControl control;
    QVERIFY(job.plan(*database, control));
    QCOMPARE(job.report().added, 9);
    QVERIFY(job.isUndoable());
    QCOMPARE(dump(*database), before); // the preview wrote nothing
    QVERIFY(job.apply(*database, control));
    QCOMPARE(job.report().added, 9);
    QVERIFY(job.snapshot());
    QCOMPARE(job.writtenItems().size(), 9);
    const QString after = dump(*database);
    QVERIFY(after != before);
    // Recorded as written: the first redo() writes nothing, undo restores
    // the catalog as it was, redo imports again.
    CmdImportCatalog recorded(*database, feed("bmecat2005-latin1.xml"), options, job.report(), *job.snapshot(),
                              *job.written(), job.writtenItems());
    QVERIFY(recorded.text().contains(QStringLiteral("bmecat2005-latin1.xml")));
    recorded.redo();
    QCOMPARE(dump(*database), after);
    recorded.undo();
    QVERIFY2(recorded.error().isEmpty(), qPrintable(recorded.error()));
    QCOMPARE(dump(*database), before);
    recorded.redo();
    QVERIFY(PartRepository(*database).find(QStringLiteral("TEST-FEED-0001")));
}

void tst_FeedImport::undoStepOfItsOwn()
{
    const auto database = catalog("undo.sqlite");
    const QString before = dump(*database);
    FeedImporter::Options options;
    options.language = QStringLiteral("eng");
    CmdImportCatalog command(*database, feed("bmecat2005-latin1.xml"), options);
    command.redo();
    QVERIFY2(command.error().isEmpty(), qPrintable(command.error()));
    QVERIFY(command.changedSomething());
    QCOMPARE(command.report().added, 9);
    const QString after = dump(*database);
    command.undo();
    QVERIFY2(command.error().isEmpty(), qPrintable(command.error()));
    QCOMPARE(dump(*database), before);
    command.redo();
    QVERIFY(command.changedSomething());
    QVERIFY(PartRepository(*database).find(QStringLiteral("TEST-FEED-0010")));
    // An update undone brings the deleted parts back.
    CmdImportCatalog update(*database, feed("bmecat2005-update.xml"), options);
    const QString beforeUpdate = dump(*database);
    update.redo();
    QVERIFY(!PartRepository(*database).find(QStringLiteral("TEST-FEED-0007")));
    update.undo();
    QVERIFY2(update.error().isEmpty(), qPrintable(update.error()));
    QCOMPARE(dump(*database), beforeUpdate);
    QVERIFY(after != before);
}

void tst_FeedImport::referencesAcrossBatches()
{
    // More products than one batch, each referring to one further down
    // the file (written in a later batch) and one before it.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("batches.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const int count = FeedImporter::batchSize * 2 + 100;
    file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- TEST DATA -->\n<BMECAT version=\"2005\"><HEADER>"
               "<CATALOG><LANGUAGE>eng</LANGUAGE><CATALOG_ID>TEST-BATCHES</CATALOG_ID><CATALOG_VERSION>1"
               "</CATALOG_VERSION></CATALOG></HEADER><T_NEW_CATALOG>\n");
    for (int i = 0; i < count; ++i) {
        file.write(QStringLiteral("<PRODUCT><SUPPLIER_PID>TEST-B-%1</SUPPLIER_PID><PRODUCT_DETAILS>"
                                  "<DESCRIPTION_SHORT>Plug; 3-pole; test data</DESCRIPTION_SHORT></PRODUCT_DETAILS>"
                                  "<PRODUCT_REFERENCE type=\"accessories\"><PROD_ID_TO>TEST-B-%2</PROD_ID_TO>"
                                  "</PRODUCT_REFERENCE><PRODUCT_REFERENCE type=\"similar\"><PROD_ID_TO>TEST-B-%3"
                                  "</PROD_ID_TO></PRODUCT_REFERENCE></PRODUCT>\n")
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .arg((i + 700) % count, 5, 10, QLatin1Char('0'))
                       .arg((i + count - 1) % count, 5, 10, QLatin1Char('0'))
                       .toUtf8());
    }
    file.write("</T_NEW_CATALOG></BMECAT>\n");
    file.close();
    const auto database = catalog("batches.sqlite");
    const QString before = dump(*database);
    FeedImporter::Options options;
    CmdImportCatalog command(*database, file.fileName(), options);
    command.redo();
    QVERIFY2(command.error().isEmpty(), qPrintable(command.error()));
    QCOMPARE(command.report().added, count);
    QCOMPARE(command.report().unresolved, 0);
    const PartRecord first = *PartRepository(*database).find(QStringLiteral("TEST-B-00000"));
    QCOMPARE(first.relations.size(), 2);
    command.undo();
    QVERIFY2(command.error().isEmpty(), qPrintable(command.error()));
    QCOMPARE(dump(*database), before);
}

void tst_FeedImport::feedPartsInTheRules()
{
    const auto database = catalog("rules.sqlite");
    QVERIFY(import(*database, feed("bmecat2005-latin1.xml")).written);
    const PartRepository parts(*database);
    const DatabasePartCatalog catalog(parts);
    const PartRecord socket = *catalog.find(QStringLiteral("TEST-FEED-0001"));
    const PartRecord plug = *catalog.find(QStringLiteral("TEST-FEED-0002"));
    // Family, gender, poles and coding from the feed go into the mating
    // rule; ETIM has no pin spacing, so the rule still asks for it (nothing
    // is guessed) and the verdict is "unknown" for that alone.
    const MatingVerdict verdict = MatingRules::check(socket, plug);
    QCOMPARE(verdict.outcome, MatingVerdict::Outcome::Unknown);
    QVERIFY(verdict.reasons.isEmpty());
    QCOMPARE(verdict.missing.size(), 2);
    for (const MatingVerdict::MissingAttribute &missing : verdict.missing)
        QCOMPARE(missing.field, PartField::PinSpacingMm);
    // A datasheet's pin spacing completes them: they mate.
    PartRecord withPitch = socket;
    withPitch.set(PartField::PinSpacingMm, 10.0);
    PartRecord plugWithPitch = plug;
    plugWithPitch.set(PartField::PinSpacingMm, 10.0);
    QCOMPARE(MatingRules::check(withPitch, plugWithPitch).outcome, MatingVerdict::Outcome::Mates);
    // Another coding: they do not mate, whatever the pin spacing.
    const PartRecord other = *catalog.find(QStringLiteral("TEST-FEED-0007"));
    QCOMPARE(MatingRules::check(other, plug).outcome, MatingVerdict::Outcome::No);
    QStringList candidates;
    for (const MatingCandidate &candidate : MatingRules::undecided(socket, MatingRules::connectorsOf(catalog)))
        candidates << candidate.part.itemNumber();
    QVERIFY2(candidates.contains(QStringLiteral("TEST-FEED-0002")), qPrintable(candidates.join(QLatin1Char(' '))));
    // The accessories it lists are offered for it.
    const AccessoryPool pool(catalog, {socket});
    QStringList housings;
    for (const PartRecord &part : pool.ofKind(QStringLiteral("strain_relief_housing")))
        housings << part.itemNumber();
    QVERIFY2(housings.contains(QStringLiteral("TEST-FEED-0003")), qPrintable(housings.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(tst_FeedImport)
#include "tst_FeedImport.moc"
