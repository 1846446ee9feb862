#include "db/CatalogCopier.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "db/PartSearch.h"
#include "models/catalog/SyntheticCatalog.h"
#include "models/import/DatasheetImporter.h"
#include "models/part/PartJson.h"
#include "TestCatalog.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

// copy-catalog moves a catalog between back ends without losing anything:
// SQLite -> (back end of this run) -> SQLite gives the same rows, the same
// records and the same search results. On the PostgreSQL run this is the
// round trip SQLite -> PostgreSQL -> SQLite.
class tst_CatalogCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEveryRow();
    void recordsAreTheSame();
    void searchFindsTheSame_data();
    void searchFindsTheSame();
    void nonEmptyTargetIsRefusedUnchanged();
    void replaceOverwrites();
    void copiedCatalogTakesNewParts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_source; // SQLite: bundled, imported and synthetic parts
    std::unique_ptr<Database> m_middle; // the back end of this run
    std::unique_ptr<Database> m_back;   // SQLite again
};

void tst_CatalogCopy::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    m_source = CatalogOpener::open(m_dir.filePath(QStringLiteral("source.sqlite"))).database;
    SyntheticCatalog::Options synthetic;
    synthetic.parts = 400;
    SyntheticCatalog::write(*m_source, synthetic);
    const DatasheetImportReport imported = DatasheetImporter(*m_source).importFile(
        test::fixture(QStringLiteral("datasheets/complete.txt")), false);
    QVERIFY(imported.ok());
    // Numbers that only survive when written with every digit.
    PartRepository parts(*m_source);
    PartRecord awkward = *parts.find(QStringLiteral("770-1324"));
    awkward.set(PartField::ItemNumber, QStringLiteral("TEST-PRECISION"));
    awkward.set(PartField::WeightG, 0.1 + 0.2);
    awkward.set(PartField::FireLoadMj, 1.0 / 3.0);
    awkward.set(PartField::StripLengthMm, 1e-7);
    awkward.set(PartField::DepthMm, 123456.78901234567);
    parts.save(awkward, QStringLiteral("user"), parts.saveSource(awkward.source));

    m_middle = Database::open(test::newDatabase(m_dir, QStringLiteral("middle.sqlite")));
    m_back = Database::open(m_dir.filePath(QStringLiteral("back.sqlite")));
    CatalogCopier::copy(*m_source, *m_middle, {});
    CatalogCopier::copy(*m_middle, *m_back, {});
}

void tst_CatalogCopy::roundTripKeepsEveryRow()
{
    for (const QString &table : CatalogCopier::tables()) {
        const QStringList source = CatalogCopier::rowsAsText(*m_source, table);
        QCOMPARE(CatalogCopier::rowsAsText(*m_middle, table), source);
        QCOMPARE(CatalogCopier::rowsAsText(*m_back, table), source);
    }
    QVERIFY(CatalogCopier::rowsAsText(*m_source, QStringLiteral("part")).size() > 400);
    const PartRecord awkward = *PartRepository(*m_back).find(QStringLiteral("TEST-PRECISION"));
    QCOMPARE(awkward.value(PartField::WeightG).toDouble(), 0.1 + 0.2);
    QCOMPARE(awkward.value(PartField::FireLoadMj).toDouble(), 1.0 / 3.0);
    QCOMPARE(awkward.value(PartField::StripLengthMm).toDouble(), 1e-7);
    // The provenance of derived values goes along: D1 lists 3 counterparts
    // and 20 accessories of 770-1324, each with its derived family.
    QVERIFY(CatalogCopier::rowsAsText(*m_source, QStringLiteral("part_derived_value")).size() >= 23);
    const PartRecord plug = *PartRepository(*m_back).find(QStringLiteral("770-1334"));
    QCOMPARE(plug.family(), QStringLiteral("WINSTA MIDI"));
    QCOMPARE(plug.provenance(PartField::Family)->listingItem, QStringLiteral("770-1324"));
    QCOMPARE(plug.provenance(PartField::Family)->sourceReference, QStringLiteral("D1"));
    // and so do those of the imported datasheet (complete.txt, test data).
    const PartRecord imported = *PartRepository(*m_back).find(QStringLiteral("TEST-0002"));
    QCOMPARE(imported.provenance(PartField::Family)->listingItem, QStringLiteral("TEST-0001"));
    QCOMPARE(imported.provenance(PartField::Family)->sourceReference, QStringLiteral("complete.txt"));
}

void tst_CatalogCopy::recordsAreTheSame()
{
    const PartRepository source(*m_source);
    const PartRepository middle(*m_middle);
    const QStringList items = source.itemNumbersOfKinds(
        {QStringLiteral("socket"), QStringLiteral("plug"), QStringLiteral("locking_lever"),
         QStringLiteral("strain_relief_housing"), QStringLiteral("lockout_cap")});
    QVERIFY(items.size() > 100);
    QCOMPARE(middle.itemNumbersOfKinds({QStringLiteral("socket"), QStringLiteral("plug"),
                                        QStringLiteral("locking_lever"),
                                        QStringLiteral("strain_relief_housing"),
                                        QStringLiteral("lockout_cap")}),
             items);
    for (const QString &item : items) {
        const std::optional<PartRecord> a = source.find(item);
        const std::optional<PartRecord> b = middle.find(item);
        QVERIFY(a && b);
        QCOMPARE(QJsonDocument(PartJson::toJson(*b)).toJson(), QJsonDocument(PartJson::toJson(*a)).toJson());
    }
}

void tst_CatalogCopy::searchFindsTheSame_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"7", "77", "770-1", "770-13", "1324", "socket", "Socket", "green",
                             "4-pole", "pole 4", "midi", "winsta", "SYN", "syn-00", "synthetic plug",
                             "4,00", "2.5", "kafig", "Käfig", "\"", "NEAR(a b)", "lever white",
                             "4055143"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void tst_CatalogCopy::searchFindsTheSame()
{
    QFETCH(QString, text);
    SearchQuery query;
    query.text = text;
    const PartSearch source(*m_source);
    const PartSearch middle(*m_middle);
    QCOMPARE(middle.count(query, 10000), source.count(query, 10000));
    auto items = [](const QList<PartSummary> &page) {
        QStringList result;
        for (const PartSummary &summary : page)
            result << summary.itemNumber;
        return result;
    };
    QCOMPARE(items(middle.page(query, 0, 100)), items(source.page(query, 0, 100)));
    query.filters.insert(QStringLiteral("kind"), {QStringLiteral("socket")});
    QCOMPARE(middle.count(query, 10000), source.count(query, 10000));
}

void tst_CatalogCopy::nonEmptyTargetIsRefusedUnchanged()
{
    const QStringList before = CatalogCopier::rowsAsText(*m_middle, QStringLiteral("part"));
    const auto small = test::catalogIn(m_dir, QStringLiteral("small.sqlite"));
    try {
        CatalogCopier::copy(*small, *m_middle, {});
        QFAIL("copied over a catalog");
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), DatabaseError::Kind::Catalog);
        QVERIFY2(error.message().contains(QLatin1String("--replace")), qPrintable(error.message()));
    }
    QCOMPARE(CatalogCopier::rowsAsText(*m_middle, QStringLiteral("part")), before);
}

void tst_CatalogCopy::replaceOverwrites()
{
    const auto small = test::catalogIn(m_dir, QStringLiteral("small2.sqlite"));
    const auto target = Database::open(test::newDatabase(m_dir, QStringLiteral("replaced.sqlite")));
    CatalogCopier::copy(*m_source, *target, {});
    CatalogCopier::Options options;
    options.replace = true;
    CatalogCopier::copy(*small, *target, options);
    for (const QString &table : CatalogCopier::tables())
        QCOMPARE(CatalogCopier::rowsAsText(*target, table), CatalogCopier::rowsAsText(*small, table));
}

void tst_CatalogCopy::copiedCatalogTakesNewParts()
{
    // Ids came with the rows; new rows must not collide with them.
    PartRepository parts(*m_middle);
    std::optional<PartRecord> record = parts.find(QStringLiteral("770-1324"));
    QVERIFY(record);
    record->set(PartField::ItemNumber, QStringLiteral("MY-COPY-1"));
    const qint64 sourceId = parts.saveSource(record->source);
    parts.save(*record, QStringLiteral("user"), sourceId);
    const std::optional<PartRecord> saved = parts.find(QStringLiteral("MY-COPY-1"));
    QVERIFY(saved);
    QCOMPARE(saved->ratings.size(), record->ratings.size());
}

QTEST_GUILESS_MAIN(tst_CatalogCopy)
#include "tst_CatalogCopy.moc"
