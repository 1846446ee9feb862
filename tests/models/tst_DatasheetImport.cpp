// Importing datasheets into the parts database: writing, re-importing,
// conflicts with the user's edits, one transaction per file, undo, PDF.
#include "db/BundledCatalog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "db/Transaction.h"
#include "FieldsByKey.h"
#include "models/import/cmd/CmdImportDatasheet.h"
#include "models/import/DatasheetImporter.h"
#include "models/import/PartRecordMerge.h"
#include "models/part/PartFields.h"
#include "PdfFixture.h"
#include "TestCatalog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_DatasheetImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsIntoEmptyDatabase();
    void sameDatasheetTwiceChangesNothing();
    void newerDatasheetReportsChanges();
    void userEditsAreConflicts();
    void relatedPartsAreOnlyFilled();
    void relatedPartsGetTheDerivedFamily();
    void statedFamilyReplacesTheDerivedOne();
    void derivedFamilyNeverOverwritesAStatedOne();
    void failureWritesNothing();
    void undoRestoresTheDatabase();
    void sameRecordAsTheBundledCatalog();
    void pdfReadsTheSameItem();
    void corruptPdf();

private:
    std::unique_ptr<Database> emptyDatabase(const QString &name);
    QString fixture(const char *name) const { return test::fixture(QStringLiteral("datasheets/") + QLatin1String(name)); }
    QString dump(Database &database);
    // A datasheet of `item` (a TEST- plug: test data) that states its
    // family, written into the test's folder.
    QString familyDatasheet(const char *item, const char *family);
    QTemporaryDir m_dir;
};

void tst_DatasheetImport::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_DatasheetImport::emptyDatabase(const QString &name)
{
    return Database::open(test::newDatabase(m_dir, name));
}

// Every row of the tables an import touches, as text.
QString tst_DatasheetImport::dump(Database &database)
{
    QString text;
    for (const char *table : {"source", "part", "rating", "conductor_range", "approval",
                              "classification", "note", "part_relation", "supersession",
                              "part_derived_value"}) {
        QSqlQuery query = database.run(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3")
                                           .arg(QLatin1String(table)),
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

QString tst_DatasheetImport::familyDatasheet(const char *item, const char *family)
{
    const QString path = m_dir.filePath(QStringLiteral("%1.txt").arg(QLatin1String(item)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QStringLiteral("Data sheet | Item number: %1\n"
                              "Plug; 3-pole; Cod. B; 2,50 mm ² ; light green\n\n"
                              "Physical data\n\nPin spacing\t7.5 mm / 0.295 inches\n\n"
                              "Product family\n\n%2\n\n"
                              "Subject to changes. Please also observe the further product "
                              "documentation!\n")
                   .arg(QLatin1String(item), QLatin1String(family))
                   .toUtf8());
    return path;
}

void tst_DatasheetImport::importsIntoEmptyDatabase()
{
    const auto database = emptyDatabase(QStringLiteral("empty.sqlite"));
    DatasheetImporter importer(*database);
    const DatasheetImportReport report = importer.importFile(fixture("complete.txt"), false);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.written);
    QCOMPARE(report.itemNumber, QStringLiteral("TEST-0001"));
    QCOMPARE(report.parts.first().action, PartImport::Action::Add);
    const std::optional<PartRecord> part = PartRepository(*database).find(QStringLiteral("TEST-0001"));
    QVERIFY(part);
    QCOMPARE(part->origin, QStringLiteral("import"));
    QCOMPARE(part->source.kind, QStringLiteral("datasheet"));
    QCOMPARE(part->source.reference, QStringLiteral("complete.txt"));
    QCOMPARE(part->source.location, QFileInfo(fixture("complete.txt")).absoluteFilePath());
    QVERIFY(QDateTime::fromString(part->source.importedAt, Qt::ISODate).isValid());
    QCOMPARE(part->poles(), 3);
    QVERIFY(!part->ratings.isEmpty());
    QVERIFY(!part->relations.isEmpty());
    for (const RelationRecord &relation : part->relations)
        QVERIFY(PartRepository(*database).idOf(relation.itemNumber));
}

void tst_DatasheetImport::sameDatasheetTwiceChangesNothing()
{
    const auto database = emptyDatabase(QStringLiteral("twice.sqlite"));
    DatasheetImporter importer(*database);
    QVERIFY(importer.importFile(fixture("complete.txt"), false).written);
    const QString before = dump(*database);
    const DatasheetImportReport again = importer.importFile(fixture("complete.txt"), false);
    QVERIFY(again.ok());
    QVERIFY(!again.changesSomething());
    QVERIFY(!again.written);
    QCOMPARE(dump(*database), before);
}

void tst_DatasheetImport::newerDatasheetReportsChanges()
{
    const auto database = emptyDatabase(QStringLiteral("newer.sqlite"));
    DatasheetImporter importer(*database);
    QVERIFY(importer.importFile(fixture("complete.txt"), false).written);
    QByteArray text = test::readAll(fixture("complete.txt"));
    text.replace("Rated current\t16 A", "Rated current\t20 A");
    text.replace("Weight\t", "Weight\t9 g");
    const QString newer = m_dir.filePath(QStringLiteral("complete.txt"));
    QFile file(newer);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const DatasheetImportReport dry = importer.importFile(newer, true);
    QVERIFY(!dry.written);
    QCOMPARE(dry.parts.first().action, PartImport::Action::Update);
    QCOMPARE(PartRepository(*database).find(QStringLiteral("TEST-0001"))->ratings.first().currentA, 16.0);
    const DatasheetImportReport report = importer.importFile(newer, false);
    QVERIFY(report.written);
    const PartImport &main = report.parts.first();
    bool ratings = false;
    for (const FieldChange &change : main.changes) {
        if (change.field == u"ratings") {
            ratings = true;
            QVERIFY(change.oldValue.contains(QStringLiteral("16 A")));
            QVERIFY(change.newValue.contains(QStringLiteral("20 A")));
        }
    }
    QVERIFY(ratings);
    QCOMPARE(PartRepository(*database).find(QStringLiteral("TEST-0001"))->ratings.first().currentA, 20.0);
}

void tst_DatasheetImport::userEditsAreConflicts()
{
    const auto database = emptyDatabase(QStringLiteral("user.sqlite"));
    DatasheetImporter importer(*database);
    QVERIFY(importer.importFile(fixture("complete.txt"), false).written);
    PartRepository parts(*database);
    PartRecord edited = *parts.find(QStringLiteral("TEST-0001"));
    edited.set(PartField::Colour, QStringLiteral("pink"));
    edited.clear(PartField::Gtin);
    {
        Transaction transaction = database->transaction(QStringLiteral("edit"));
        const qint64 source = parts.saveSource({QStringLiteral("me"), QStringLiteral("user"),
                                                QStringLiteral("My edits"), {}, {}});
        parts.save(edited, QStringLiteral("user"), source);
        transaction.commit();
    }
    const DatasheetImportReport report = importer.importFile(fixture("complete.txt"), false);
    QVERIFY(report.ok());
    const PartImport &main = report.parts.first();
    QCOMPARE(main.conflicts.size(), 1);
    QCOMPARE(main.conflicts.first().field, QStringLiteral("colour"));
    QCOMPARE(main.conflicts.first().oldValue, QStringLiteral("pink"));
    PartRecord after = *parts.find(QStringLiteral("TEST-0001"));
    QCOMPARE(after.colour(), QStringLiteral("pink"));
    QCOMPARE(after.origin, QStringLiteral("user"));
    QVERIFY(!after.gtin().isEmpty()); // an unknown value is filled in

    DatasheetImporter::Options options;
    options.overwriteUserEdits = true;
    QVERIFY(DatasheetImporter(*database, options).importFile(fixture("complete.txt"), false).written);
    after = *parts.find(QStringLiteral("TEST-0001"));
    QCOMPARE(after.colour(), QStringLiteral("light green"));
    QCOMPARE(after.origin, QStringLiteral("import"));
}

void tst_DatasheetImport::relatedPartsAreOnlyFilled()
{
    const auto database = emptyDatabase(QStringLiteral("related.sqlite"));
    PartRepository parts(*database);
    PartRecord rich;
    rich.set(PartField::ItemNumber, QStringLiteral("TEST-0002"));
    rich.set(PartField::Description, QStringLiteral("A richer plug record"));
    rich.set(PartField::Colour, QStringLiteral("black"));
    rich.set(PartField::WeightG, 5.5);
    {
        Transaction transaction = database->transaction(QStringLiteral("rich"));
        const qint64 source = parts.saveSource({QStringLiteral("R"), QStringLiteral("reference"),
                                                QStringLiteral("Rich"), {}, {}});
        parts.save(rich, QStringLiteral("catalog"), source);
        transaction.commit();
    }
    const DatasheetImportReport report
        = DatasheetImporter(*database).importFile(fixture("complete.txt"), false);
    QVERIFY(report.written);
    const PartRecord after = *parts.find(QStringLiteral("TEST-0002"));
    QCOMPARE(after.description(), QStringLiteral("A richer plug record"));
    QCOMPARE(after.colour(), QStringLiteral("black"));
    QCOMPARE(after.weightG(), 5.5);
    QCOMPARE(after.poles(), 3); // filled in
    QCOMPARE(after.source.reference, QStringLiteral("R"));
    QStringList conflicts;
    for (const PartImport &part : report.parts) {
        if (part.itemNumber == u"TEST-0002") {
            for (const FieldChange &c : part.conflicts)
                conflicts << c.field;
        }
    }
    QVERIFY2(conflicts.contains(QStringLiteral("colour")), qPrintable(conflicts.join(u' ')));
    QVERIFY(conflicts.contains(QStringLiteral("description")));
}

void tst_DatasheetImport::relatedPartsGetTheDerivedFamily()
{
    // complete.txt (test data) is the datasheet of TEST-0001, family EXAMPLE
    // TEST; the parts it lists get that family, derived from its listing.
    const auto database = emptyDatabase(QStringLiteral("derived.sqlite"));
    const DatasheetImportReport report
        = DatasheetImporter(*database).importFile(fixture("complete.txt"), false);
    QVERIFY(report.written);
    const PartRepository parts(*database);
    const PartRecord socket = *parts.find(QStringLiteral("TEST-0001"));
    QCOMPARE(socket.family(), QStringLiteral("EXAMPLE TEST"));
    QVERIFY(socket.isStated(PartField::Family));
    for (const char *item : {"TEST-0002", "TEST-0003", "TEST-0101", "TEST-0201", "TEST-0301", "TEST-0401"}) {
        const PartRecord listed = *parts.find(QString::fromLatin1(item));
        QCOMPARE(listed.family(), QStringLiteral("EXAMPLE TEST"));
        const std::optional<Provenance> provenance = listed.provenance(PartField::Family);
        QVERIFY2(provenance, item);
        QCOMPARE(provenance->basis, QStringLiteral("listing"));
        QCOMPARE(provenance->listingItem, QStringLiteral("TEST-0001"));
        QCOMPARE(provenance->sourceReference, QStringLiteral("complete.txt"));
    }
    // Again: nothing changes (sameDatasheetTwiceChangesNothing compares every row).
    const DatasheetImportReport again
        = DatasheetImporter(*database).importFile(fixture("complete.txt"), false);
    QVERIFY(!again.changesSomething());
    for (const PartImport &part : again.parts)
        QVERIFY2(part.changes.isEmpty() && part.conflicts.isEmpty(), qPrintable(part.itemNumber));
}

void tst_DatasheetImport::statedFamilyReplacesTheDerivedOne()
{
    const auto database = emptyDatabase(QStringLiteral("stated.sqlite"));
    DatasheetImporter importer(*database);
    QVERIFY(importer.importFile(fixture("complete.txt"), false).written);
    PartRepository parts(*database);
    QVERIFY(parts.find(QStringLiteral("TEST-0002"))->isDerived(PartField::Family));

    // TEST-0002's own datasheet states the same family: it is stated now,
    // its provenance gone, and no conflict.
    const DatasheetImportReport own = importer.importFile(familyDatasheet("TEST-0002", "EXAMPLE TEST"), false);
    QVERIFY2(own.written, qPrintable(own.error));
    const PartImport &main = own.parts.first();
    QCOMPARE(main.action, PartImport::Action::Update);
    QVERIFY(main.conflicts.isEmpty());
    bool family = false;
    for (const FieldChange &change : main.changes) {
        if (change.field == u"family") {
            family = true;
            QCOMPARE(change.oldValue,
                     QStringLiteral("EXAMPLE TEST (derived from the listing on the datasheet of TEST-0001)"));
            QCOMPARE(change.newValue, QStringLiteral("EXAMPLE TEST"));
        }
    }
    QVERIFY(family);
    PartRecord plug = *parts.find(QStringLiteral("TEST-0002"));
    QCOMPARE(plug.family(), QStringLiteral("EXAMPLE TEST"));
    QVERIFY(plug.isStated(PartField::Family));
    QVERIFY(plug.derivedFields().isEmpty());

    // The listing's datasheet again leaves the stated family alone; the
    // same datasheets again change nothing.
    const QString before = dump(*database);
    QVERIFY(!importer.importFile(fixture("complete.txt"), false).changesSomething());
    QVERIFY(!importer.importFile(familyDatasheet("TEST-0002", "EXAMPLE TEST"), false).changesSomething());
    QCOMPARE(dump(*database), before);
    QVERIFY(parts.find(QStringLiteral("TEST-0002"))->isStated(PartField::Family));

    // A part the user owns keeps the user's values, but a derived family is
    // not the user's: a datasheet that states another one replaces it
    // without a conflict.
    PartRecord owned = *parts.find(QStringLiteral("TEST-0003"));
    QVERIFY(owned.isDerived(PartField::Family));
    {
        Transaction transaction = database->transaction(QStringLiteral("user"));
        parts.save(owned, QStringLiteral("user"), parts.saveSource({QStringLiteral("me"), QStringLiteral("user"),
                                                                     QStringLiteral("My edits"), {}, {}}));
        transaction.commit();
    }
    const DatasheetImportReport user
        = importer.importFile(familyDatasheet("TEST-0003", "OTHER TEST"), false);
    QVERIFY(user.written);
    // (The user's other values that the datasheet contradicts are conflicts.)
    for (const FieldChange &conflict : user.parts.first().conflicts)
        QVERIFY2(conflict.field != u"family", qPrintable(conflict.oldValue));
    owned = *parts.find(QStringLiteral("TEST-0003"));
    QCOMPARE(owned.family(), QStringLiteral("OTHER TEST"));
    QVERIFY(owned.isStated(PartField::Family));
    QCOMPARE(owned.origin, QStringLiteral("user"));
}

void tst_DatasheetImport::derivedFamilyNeverOverwritesAStatedOne()
{
    // TEST-0002 states its own family before complete.txt lists it.
    const auto database = emptyDatabase(QStringLiteral("never.sqlite"));
    DatasheetImporter importer(*database);
    QVERIFY(importer.importFile(familyDatasheet("TEST-0002", "OTHER TEST"), false).written);
    const DatasheetImportReport report = importer.importFile(fixture("complete.txt"), false);
    QVERIFY(report.written);
    for (const PartImport &part : report.parts) {
        if (part.itemNumber != u"TEST-0002")
            continue;
        for (const FieldChange &change : part.changes)
            QVERIFY2(change.field != u"family", qPrintable(change.newValue));
    }
    const PartRecord plug = *PartRepository(*database).find(QStringLiteral("TEST-0002"));
    QCOMPARE(plug.family(), QStringLiteral("OTHER TEST"));
    QVERIFY(plug.isStated(PartField::Family));
    // The other parts it lists get the derived family.
    QVERIFY(PartRepository(*database).find(QStringLiteral("TEST-0003"))->isDerived(PartField::Family));
}

void tst_DatasheetImport::failureWritesNothing()
{
    const auto database = emptyDatabase(QStringLiteral("failure.sqlite"));
    const QString before = dump(*database);
    DatasheetImporter importer(*database);
    DatasheetImportReport report = importer.plan(fixture("complete.txt"));
    QVERIFY(report.ok());
    // A relation to a part that is not there fails after the parts are written.
    report.parts.first().relations.append(
        RelationRecord{QStringLiteral("NOPE-1"), QStringLiteral("accessory"), {}, {}, {}, {}, {}});
    {
        Transaction transaction = database->transaction(QStringLiteral("failing import"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, importer.apply(report));
    }
    QCOMPARE(dump(*database), before);
    for (const char *name : {"not-a-datasheet.txt", "empty.txt", "binary.bin", "truncated.txt"}) {
        const DatasheetImportReport refused = importer.importFile(fixture(name), false);
        QVERIFY2(!refused.ok(), name);
        QVERIFY(!refused.written);
    }
    QVERIFY(!importer.importFile(m_dir.filePath(QStringLiteral("missing.txt")), false).ok());
    QCOMPARE(dump(*database), before);
}

void tst_DatasheetImport::undoRestoresTheDatabase()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    DatasheetImporter importer(*database);
    QVERIFY(importer.importFile(fixture("complete.txt"), false).written);
    // A newer version, and a user-edited related part.
    QByteArray text = test::readAll(fixture("complete.txt"));
    text.replace("Rated current\t16 A", "Rated current\t20 A");
    const QString newer = dir.filePath(QStringLiteral("complete.txt"));
    QFile file(newer);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const QString before = dump(*database);
    CmdImportDatasheet command(*database, {newer, fixture("missing-sections.txt")});
    command.redo();
    QVERIFY2(command.error().isEmpty(), qPrintable(command.error()));
    QVERIFY(command.changedSomething());
    QCOMPARE(PartRepository(*database).find(QStringLiteral("TEST-0001"))->ratings.first().currentA, 20.0);
    QVERIFY(PartRepository(*database).idOf(QStringLiteral("TEST-0500")));
    command.undo();
    QCOMPARE(dump(*database), before);
    command.redo();
    QVERIFY(PartRepository(*database).idOf(QStringLiteral("TEST-0500")));
    command.undo();
    QCOMPARE(dump(*database), before);
}

void tst_DatasheetImport::sameRecordAsTheBundledCatalog()
{
    const QString path = QStringLiteral(CC_SHARED_DIR "/datasheets/770-1324.txt");
    if (!QFile::exists(path))
        QSKIP("the vendor datasheet ../shared/datasheets/770-1324.txt is not available");
    const auto imported = emptyDatabase(QStringLiteral("compare-import.sqlite"));
    const DatasheetImportReport report = DatasheetImporter(*imported).importFile(path, false);
    QVERIFY2(report.written, qPrintable(report.error));
    const auto bundled = emptyDatabase(QStringLiteral("compare-bundled.sqlite"));
    BundledCatalog().install(*bundled);

    QStringList items{QStringLiteral("770-1324")};
    for (const PartImport &part : report.parts) {
        if (!part.mainPart)
            items << part.itemNumber;
    }
    QVERIFY(items.size() > 5);
    const PartRepository fromImport(*imported);
    const PartRepository fromCatalog(*bundled);
    for (const QString &item : items) {
        const std::optional<PartRecord> a = fromImport.find(item);
        const std::optional<PartRecord> e = fromCatalog.find(item);
        QVERIFY2(a && e, qPrintable(item));
        QCOMPARE(a->origin, QStringLiteral("import"));
        // Every scalar field.
        for (const PartFields::Field &field : PartFields::all()) {
            const QString importedText = PartRecordMerge::display(a->value(field.id));
            const QString bundledText = PartRecordMerge::display(e->value(field.id));
            QVERIFY2(importedText == bundledText,
                     qPrintable(QStringLiteral("%1 %2: import %3, catalog %4")
                                    .arg(item, field.key, importedText, bundledText)));
        }
        QCOMPARE(PartRecordMerge::lines(a->ratings), PartRecordMerge::lines(e->ratings));
        QCOMPARE(PartRecordMerge::lines(a->conductorRanges), PartRecordMerge::lines(e->conductorRanges));
        QCOMPARE(PartRecordMerge::lines(a->approvals), PartRecordMerge::lines(e->approvals));
        QCOMPARE(PartRecordMerge::lines(a->classifications), PartRecordMerge::lines(e->classifications));
        // The same values derived from the same listing; the sources differ
        // (the imported file, D1).
        QCOMPARE(a->derivedFields(), e->derivedFields());
        for (const PartField field : a->derivedFields()) {
            QCOMPARE(a->provenance(field)->listingItem, e->provenance(field)->listingItem);
            QCOMPARE(a->provenance(field)->sourceReference, QStringLiteral("770-1324.txt"));
            QCOMPARE(e->provenance(field)->sourceReference, QStringLiteral("D1"));
        }
        if (item != u"770-1324")
            continue;
        QStringList importedTopics;
        for (const NoteRecord &note : a->notes)
            importedTopics << note.topic;
        QStringList catalogTopics;
        for (const NoteRecord &note : e->notes) {
            if (note.topic != u"Test slot")
                catalogTopics << note.topic;
        }
        importedTopics.removeAll(QStringLiteral("Test slot"));
        importedTopics.sort();
        catalogTopics.sort();
        QCOMPARE(importedTopics, catalogTopics);
        QStringList importedRelations;
        for (const RelationRecord &r : a->relations)
            importedRelations << r.itemNumber + QLatin1Char(' ') + PartRecordMerge::describe(r);
        QStringList catalogRelations;
        for (const RelationRecord &r : e->relations) {
            if (r.sourceReference == u"D1" || r.relation == u"accessory")
                catalogRelations << r.itemNumber + QLatin1Char(' ') + PartRecordMerge::describe(r);
        }
        QCOMPARE(importedRelations, catalogRelations);
    }
}

void tst_DatasheetImport::pdfReadsTheSameItem()
{
    const QString pdf = m_dir.filePath(QStringLiteral("complete.pdf"));
    QVERIFY(test::writePdfFromText(fixture("complete.txt"), pdf));
    const auto textDb = emptyDatabase(QStringLiteral("text.sqlite"));
    const auto pdfDb = emptyDatabase(QStringLiteral("pdf.sqlite"));
    QVERIFY(DatasheetImporter(*textDb).importFile(fixture("complete.txt"), false).written);
    const DatasheetImportReport report = DatasheetImporter(*pdfDb).importFile(pdf, false);
    QVERIFY2(report.written, qPrintable(report.error));
    QCOMPARE(report.itemNumber, QStringLiteral("TEST-0001"));
    const PartRecord a = *PartRepository(*pdfDb).find(QStringLiteral("TEST-0001"));
    const PartRecord e = *PartRepository(*textDb).find(QStringLiteral("TEST-0001"));
    QCOMPARE(a.source.reference, QStringLiteral("complete.pdf"));
    // Tab-separated rows survive: the key fields of the data sections.
    for (const char *key : {"description", "poles", "coding", "colour", "pin_spacing_mm",
                            "width_mm", "connection_technology", "mating_cycles",
                            "packaging_unit", "gtin", "country_of_origin"}) {
        const QString k = QLatin1String(key);
        const QString fromPdf = PartRecordMerge::display(test::valueByKey(a, k));
        const QString text = PartRecordMerge::display(test::valueByKey(e, k));
        QVERIFY2(fromPdf == text, qPrintable(QStringLiteral("%1: pdf %2, text %3").arg(k, fromPdf, text)));
    }
    QCOMPARE(PartRecordMerge::lines(a.ratings), PartRecordMerge::lines(e.ratings));
    QCOMPARE(a.relations.size(), e.relations.size());
}

void tst_DatasheetImport::corruptPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n");
    file.close();
    const auto database = emptyDatabase(QStringLiteral("corrupt.sqlite"));
    const DatasheetImportReport report = DatasheetImporter(*database).importFile(path, false);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("cannot be read as a PDF")), qPrintable(report.error));
    QCOMPARE(PartRepository(*database).count(), 0);
}

QTEST_MAIN(tst_DatasheetImport)
#include "tst_DatasheetImport.moc"
