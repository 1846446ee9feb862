// PartRepository::findMany reads many records with a few queries; it must
// give exactly the records find() gives, one by one.
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "db/Transaction.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/catalog/SyntheticCatalog.h"
#include "models/part/PartKinds.h"
#include "models/rules/MatingRules.h"
#include "models/part/PartFields.h"
#include "TestCatalog.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

QString optional(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 17) : QStringLiteral("-");
}

QString optional(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QString optional(const std::optional<bool> &value)
{
    return value ? QString::number(*value ? 1 : 0) : QStringLiteral("-");
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("<null>") : QLatin1Char('"') + value + QLatin1Char('"');
}

// Every value of a record, with its type, in one comparable text.
QString dump(const PartRecord &r)
{
    QStringList lines;
    for (const PartField field : r.knownFields()) {
        const QVariant value = r.value(field);
        lines << QStringLiteral("field %1 = %2 (%3)")
                     .arg(PartFields::key(field), value.toString(), QString::fromLatin1(value.typeName()));
    }
    for (const RatingRecord &x : r.ratings) {
        lines << QStringLiteral("rating %1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(text(x.standard), text(x.market), text(x.overvoltageCategory),
                          optional(x.pollutionDegree), optional(x.voltageV), optional(x.impulseVoltageKv),
                          optional(x.currentA), text(x.condition));
    }
    for (const ConductorRangeRecord &x : r.conductorRanges) {
        lines << QStringLiteral("range %1 %2 %3 %4 %5")
                     .arg(text(x.conductorClass), optional(x.minMm2), optional(x.maxMm2), optional(x.minAwg),
                          optional(x.maxAwg));
    }
    for (const ApprovalRecord &x : r.approvals) {
        lines << QStringLiteral("approval %1 %2 %3 %4 %5")
                     .arg(text(x.kind), text(x.mark), text(x.issuer), text(x.standard), text(x.certificate));
    }
    for (const ClassificationRecord &x : r.classifications)
        lines << QStringLiteral("class %1 %2 %3").arg(text(x.scheme), text(x.version), text(x.code));
    for (const RelationRecord &x : r.relations) {
        lines << QStringLiteral("relation %1 %2 %3 %4 %5 %6 %7")
                     .arg(text(x.itemNumber), text(x.relation), text(x.group), optional(x.required),
                          text(x.description), text(x.kind), text(x.sourceReference));
    }
    for (const NoteRecord &x : r.notes)
        lines << QStringLiteral("note %1 %2").arg(text(x.topic), text(x.text));
    for (const PartField field : r.derivedFields()) {
        const Provenance x = *r.provenance(field);
        lines << QStringLiteral("derived %1 %2 %3 %4")
                     .arg(PartFields::key(field), text(x.basis), text(x.listingItem), text(x.sourceReference));
    }
    lines << QStringLiteral("source %1 %2 %3 %4 %5")
                 .arg(text(r.source.reference), text(r.source.kind), text(r.source.title),
                      text(r.source.location), text(r.source.importedAt));
    lines << QStringLiteral("origin %1").arg(text(r.origin));
    lines << QStringLiteral("superseded %1").arg(text(r.supersededItem));
    return lines.join(QLatin1Char('\n'));
}

QStringList column(const Database &database, const QString &sql)
{
    QSqlQuery query = database.run(sql, QStringLiteral("Listing for the test"));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

// Every item number and every superseded number of the catalog.
QStringList everyNumber(const Database &database)
{
    return column(database, QStringLiteral("SELECT item_number FROM part ORDER BY item_number"))
        + column(database, QStringLiteral("SELECT old_item_number FROM supersession ORDER BY old_item_number"));
}

// findMany(items) against find() of each item, in order.
void compareWithFind(const PartRepository &repository, const QStringList &items)
{
    const QList<PartRecord> batch = repository.findMany(items);
    QList<PartRecord> single;
    for (const QString &item : items) {
        if (std::optional<PartRecord> record = repository.find(item))
            single.append(*record);
    }
    QCOMPARE(batch.size(), single.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        QCOMPARE(dump(batch.at(i)), dump(single.at(i)));
}

} // namespace

class tst_PartRepositoryBatch : public QObject
{
    Q_OBJECT

private slots:
    void bundledCatalogEveryPart();
    void bundledCatalogDetailsArePresent();
    void syntheticCatalogInChunks();
    void emptyInput();
    void unknownNumbersAreLeftOut();
    void orderAndDuplicatesFollowTheInput();
    void supersededNumberGivesItsSuccessor();
    void mateCandidatesThroughTheIndex();
    void derivedValuesAreStoredWithTheirProvenance();
};

void tst_PartRepositoryBatch::bundledCatalogEveryPart()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    const PartRepository repository(*database);
    const QStringList items = everyNumber(*database);
    QVERIFY(items.size() > 20);
    compareWithFind(repository, items);
    // In reverse as well: the order asked is the order given.
    QStringList reversed(items.crbegin(), items.crend());
    compareWithFind(repository, reversed);
}

void tst_PartRepositoryBatch::bundledCatalogDetailsArePresent()
{
    // The comparison above means something only if the records have
    // children of every kind.
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    const QList<PartRecord> records = PartRepository(*database).findMany({QStringLiteral("770-1324")});
    QCOMPARE(records.size(), 1);
    const PartRecord &socket = records.first();
    QVERIFY(!socket.ratings.isEmpty());
    QVERIFY(!socket.conductorRanges.isEmpty());
    QVERIFY(!socket.approvals.isEmpty());
    QVERIFY(!socket.classifications.isEmpty());
    QVERIFY(!socket.relations.isEmpty());
    QVERIFY(!socket.notes.isEmpty());
    // and derived values (D1's listing gives its counterparts their family).
    QVERIFY(!PartRepository(*database).findMany({QStringLiteral("770-1334")}).first().derivedFields().isEmpty());
}

void tst_PartRepositoryBatch::syntheticCatalogInChunks()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    SyntheticCatalog::Options options;
    options.parts = 1100; // several chunks
    SyntheticCatalog::write(*database, options);
    PartRepository repository(*database);
    {
        Transaction transaction = database->transaction(QStringLiteral("Superseding for the test"));
        const qint64 source = repository.saveSource(
            SourceRecord{QStringLiteral("test"), QStringLiteral("synthetic"), QStringLiteral("test"), {}, {}});
        repository.saveSupersession(QStringLiteral("SYN-OLD-1"), *repository.idOf(QStringLiteral("SYN-000400")),
                                    source);
        transaction.commit();
    }
    const QStringList items = everyNumber(*database);
    QVERIFY(items.size() > 1100);
    compareWithFind(repository, items);
}

void tst_PartRepositoryBatch::emptyInput()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    QVERIFY(PartRepository(*database).findMany({}).isEmpty());
}

void tst_PartRepositoryBatch::unknownNumbersAreLeftOut()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    const PartRepository repository(*database);
    QVERIFY(repository.findMany({QStringLiteral("no-such-part"), QString(), QStringLiteral("770-")}).isEmpty());
    const QList<PartRecord> records = repository.findMany(
        {QStringLiteral("no-such-part"), QStringLiteral("770-1324"), QStringLiteral("770-13")});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().itemNumber(), QStringLiteral("770-1324"));
}

void tst_PartRepositoryBatch::orderAndDuplicatesFollowTheInput()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    const QStringList items{QStringLiteral("770-1334"), QStringLiteral("770-1324"), QStringLiteral("770-1334")};
    const QList<PartRecord> records = PartRepository(*database).findMany(items);
    QCOMPARE(records.size(), 3);
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(records.at(i).itemNumber(), items.at(i));
    compareWithFind(PartRepository(*database), items);
}

void tst_PartRepositoryBatch::supersededNumberGivesItsSuccessor()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    // 770-243 is superseded by 770-203 (T1); asked for both, each comes
    // back as find() gives it.
    const QList<PartRecord> records =
        PartRepository(*database).findMany({QStringLiteral("770-243"), QStringLiteral("770-203")});
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).itemNumber(), QStringLiteral("770-203"));
    QCOMPARE(records.at(0).supersededItem, QStringLiteral("770-243"));
    QCOMPARE(records.at(1).itemNumber(), QStringLiteral("770-203"));
    QVERIFY(records.at(1).supersededItem.isNull());
    compareWithFind(PartRepository(*database), {QStringLiteral("770-243"), QStringLiteral("770-203")});
}

void tst_PartRepositoryBatch::mateCandidatesThroughTheIndex()
{
    // Parts of known coding and poles find their candidates through an
    // index, the others by reading every connector; either way the result
    // must be what the definition says, checked here on every connector of
    // a synthetic catalog against the rules themselves: the connectors that
    // fail at most `maxFailures` of MatingRules' conditions, and the listed
    // counterparts.
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    SyntheticCatalog::Options options;
    options.parts = 300;
    SyntheticCatalog::write(*database, options);
    const PartRepository repository(*database);
    const QList<PartRecord> connectors =
        repository.findMany(repository.itemNumbersOfKinds(PartKinds::connectorKinds()));
    int throughIndex = 0;
    for (const PartRecord &part : connectors) {
        const PartRepository::MateQuery query = DatabasePartCatalog::mateQueryFor(part);
        if (part.poles() && !part.coding().isEmpty())
            ++throughIndex;
        for (const int maxFailures : {0, 1}) {
            QStringList expected;
            for (const PartRecord &other : connectors) {
                if (other.itemNumber() == part.itemNumber())
                    continue;
                const MatingVerdict verdict = MatingRules::check(part, other);
                if (verdict.reasons.size() <= maxFailures || verdict.listedAsCounterpart)
                    expected << other.itemNumber();
            }
            expected.sort();
            QCOMPARE(repository.mateCandidateItems(query, maxFailures), expected);
        }
    }
    QVERIFY(throughIndex > 100);
}

void tst_PartRepositoryBatch::derivedValuesAreStoredWithTheirProvenance()
{
    // TEST- parts and the family "TEST FAMILY A" are made up (test data).
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    PartRepository repository(*database);
    const Provenance provenance{Provenance::listing(), QStringLiteral("TEST-S-A"),
                                QStringLiteral("TEST-DATASHEET")};
    PartRecord plug;
    plug.set(PartField::ItemNumber, QStringLiteral("TEST-P"));
    plug.set(PartField::Description, QStringLiteral("Plug; test data"));
    plug.set(PartField::Kind, QStringLiteral("plug"));
    plug.setDerived(PartField::Family, QStringLiteral("TEST FAMILY A"), provenance);
    {
        Transaction transaction = database->transaction(QStringLiteral("derived"));
        const qint64 source = repository.saveSource({QStringLiteral("TEST-DATASHEET"), QStringLiteral("datasheet"),
                                                     QStringLiteral("Test datasheet"), {}, {}});
        repository.save(plug, QStringLiteral("import"), source);
        transaction.commit();
    }
    const PartRecord read = *repository.find(QStringLiteral("TEST-P"));
    QCOMPARE(read.family(), QStringLiteral("TEST FAMILY A"));
    QCOMPARE(read.provenance(PartField::Family), std::optional<Provenance>(provenance));
    QCOMPARE(read.derivedFields(), QList<PartField>{PartField::Family});
    compareWithFind(repository, {QStringLiteral("TEST-P"), QStringLiteral("770-1324")});
    // The part table's column holds the value, and its mating key.
    QCOMPARE(column(*database, QStringLiteral("SELECT family_key FROM part WHERE item_number = 'TEST-P'")),
             QStringList{QStringLiteral("test family a")});

    // Saved as stated, the provenance is gone.
    PartRecord stated = read;
    stated.set(PartField::Family, QStringLiteral("TEST FAMILY A"));
    {
        Transaction transaction = database->transaction(QStringLiteral("stated"));
        repository.save(stated, QStringLiteral("import"), repository.saveSource(read.source));
        transaction.commit();
    }
    QVERIFY(repository.find(QStringLiteral("TEST-P"))->derivedFields().isEmpty());
    QCOMPARE(column(*database, QStringLiteral("SELECT count(*) FROM part_derived_value d JOIN part p "
                                              "ON p.id = d.part_id WHERE p.item_number = 'TEST-P'")),
             QStringList{QStringLiteral("0")});

    // A provenance must name a source the catalog holds.
    PartRecord orphan = plug;
    orphan.setDerived(PartField::Family, QStringLiteral("TEST FAMILY A"),
                      Provenance{Provenance::listing(), QStringLiteral("TEST-S-A"), QStringLiteral("TEST-NOWHERE")});
    Transaction transaction = database->transaction(QStringLiteral("orphan"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError,
                             repository.save(orphan, QStringLiteral("import"), repository.saveSource(read.source)));
}

QTEST_GUILESS_MAIN(tst_PartRepositoryBatch)
#include "tst_PartRepositoryBatch.moc"
