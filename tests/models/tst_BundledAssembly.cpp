#include "db/PartRepository.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/rules/AssemblyEvaluator.h"
#include "models/rules/MatingRules.h"
#include "TestCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cc;

// The real bundled catalog, read through DatabasePartCatalog: what `check`
// and `mates` say about 770-1324 and 770-1334, and what AssemblyEvaluator makes
// of the pair with the catalog's own rule table.
namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

Assembly::Side flying(const char *item, double cableMm)
{
    Assembly::Side side;
    side.itemNumber = s(item);
    side.mounting = s("flying");
    side.cable.outerDiameterMm = cableMm;
    return side;
}

const AssemblyRating *ratingOf(const AssemblyResult &result, const char *market,
                               const char *quantity)
{
    for (const AssemblyRating &rating : result.ratings) {
        if (rating.market == s(market) && rating.quantity == s(quantity))
            return &rating;
    }
    return nullptr;
}

} // namespace

class tst_BundledAssembly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkAndMates();
    void housingsPerFlyingSide();
    void leversByTradeRule();
    void optionalAccessories();
    void ratings();
    void missingRulesLeaveQuantitiesUnknown();

private:
    AssemblyResult bothFlying(const PartCatalog &catalog) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PartRepository> m_parts;
    std::unique_ptr<DatabasePartCatalog> m_catalog;
    AssemblyResult m_result;
};

void tst_BundledAssembly::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    m_database = test::catalogIn(m_dir);
    m_parts = std::make_unique<PartRepository>(*m_database);
    m_catalog = std::make_unique<DatabasePartCatalog>(*m_parts);
    m_result = bothFlying(*m_catalog);
}

AssemblyResult tst_BundledAssembly::bothFlying(const PartCatalog &catalog) const
{
    Assembly assembly;
    assembly.socket = flying("770-1324", 7.0);
    assembly.plug = flying("770-1334", 7.0);
    return AssemblyEvaluator(catalog).evaluate(assembly);
}

void tst_BundledAssembly::checkAndMates()
{
    const std::optional<PartRecord> socket = m_catalog->find(s("770-1324"));
    const std::optional<PartRecord> plug = m_catalog->find(s("770-1334"));
    QVERIFY(socket && plug);
    // `check 770-1324 770-1334`: D1 lists the plug as a counterpart.
    QCOMPARE(MatingRules::check(*socket, *plug).outcome, MatingVerdict::Outcome::Mates);
    // `mates 770-1324` names the plug.
    QStringList mates;
    for (const MatingCandidate &candidate : MatingRules::matesFor(*socket, *m_catalog))
        mates.append(candidate.part.itemNumber());
    QVERIFY2(mates.contains(s("770-1334")), qPrintable(mates.join(QLatin1Char(' '))));

    QVERIFY(m_result.mating);
    QCOMPARE(m_result.mating->outcome, MatingVerdict::Outcome::Mates);
    QVERIFY2(m_result.ok(),
             qPrintable(RuleMessage::texts(m_result.errors()).join(QLatin1Char('|'))));
}

void tst_BundledAssembly::housingsPerFlyingSide()
{
    const QList<AssemblyItem> housings = m_result.requiredOfKind(s("strain_relief_housing"));
    QCOMPARE(housings.size(), 2);
    QCOMPARE(housings.at(0).side, s("socket"));
    QCOMPARE(housings.at(1).side, s("plug"));
    for (const AssemblyItem &housing : housings) {
        // 7 mm is in the 5 ... 9 mm range of these two (D1's descriptions).
        QCOMPARE(sorted(housing.candidates), (QStringList{s("770-504/023-000"),
                                                          s("770-514/023-000")}));
        // T1 (one on the socket side and one on the plug side) and the
        // trade rule R1 (one per flying side) agree.
        QCOMPARE(housing.quantity, std::optional<int>(1));
        QCOMPARE(housing.quantityText, s("1 per flying side (sources R1, T1)"));
        QCOMPARE(housing.quantitySources, (QStringList{s("R1"), s("T1")}));
        QCOMPARE(housing.ruleSources, (QStringList{s("D1"), s("R1"), s("T1")}));
        // Each rule that states the quantity is what the line rests on.
        QStringList sources;
        for (const ItemBasis &basis : housing.basis)
            sources << basis.source;
        QCOMPARE(sources, (QStringList{s("R1"), s("T1")}));
    }
    QVERIFY(housings.at(0).reason.contains(s("IP2xC")));
}

void tst_BundledAssembly::leversByTradeRule()
{
    const QList<AssemblyItem> levers = m_result.requiredOfKind(s("locking_lever"));
    QCOMPARE(levers.size(), 1);
    QCOMPARE(sorted(levers.first().candidates),
             (QStringList{s("770-101"), s("770-111"), s("770-121"), s("770-131")}));
    // D1 says flying leads need them, not how many; the trade rule R1 says
    // one per mated connection, and says why.
    QCOMPARE(levers.first().quantity, std::optional<int>(1));
    QCOMPARE(levers.first().quantityText, s("1 per connection (source R1)"));
    QCOMPARE(levers.first().ruleSources, (QStringList{s("D1"), s("R1")}));
    QCOMPARE(levers.first().basis.size(), 1);
    QCOMPARE(levers.first().basis.first().source, s("R1"));
    QVERIFY(levers.first().basis.first().text.contains(s("one lever locks the mated pair")));
}

void tst_BundledAssembly::optionalAccessories()
{
    QCOMPARE(m_result.optionalOfKind(s("protective_cap")).size(), 1);
    QCOMPARE(m_result.optionalOfKind(s("marker_card")).size(), 1);
    QCOMPARE(m_result.optionalOfKind(s("marker_card")).first().candidates.size(), 6);
    QCOMPARE(m_result.optionalOfKind(s("operating_tool")).first().candidates,
             QStringList{s("210-719")});
    for (const AssemblyItem &item : m_result.optionalItems)
        QCOMPARE(item.quantityText, s("quantity not stated by the catalog"));
    // Mated: no lockout cap.
    QVERIFY(m_result.requiredOfKind(s("lockout_cap")).isEmpty());
}

void tst_BundledAssembly::ratings()
{
    // 770-1334's description states no rating: the assembly's rating is not
    // known; 770-1324's 32 A (IEC) is the lowest stated.
    const AssemblyRating *current = ratingOf(m_result, "IEC", "current_a");
    QVERIFY(current);
    QVERIFY(!current->value);
    QCOMPARE(current->lowestStated, std::optional<double>(32));
    QCOMPARE(current->limitingItems, QStringList{s("770-1324")});
    QCOMPARE(current->itemsWithout, QStringList{s("770-1334")});
    QVERIFY2(current->message.contains(s("not known")), qPrintable(current->message));
    const AssemblyRating *ul = ratingOf(m_result, "UL", "current_a");
    QVERIFY(ul);
    QVERIFY(!ul->value);
    QCOMPARE(ul->lowestStated, std::optional<double>(23));
}

void tst_BundledAssembly::missingRulesLeaveQuantitiesUnknown()
{
    // A database whose rule table is empty (e.g. written by a program whose
    // bundle states no rules): the quantities are then not stated rather
    // than assumed.
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    database->run(QStringLiteral("DELETE FROM assembly_rule"), QStringLiteral("no rules"));
    const PartRepository parts(*database);
    const AssemblyResult result = bothFlying(DatabasePartCatalog(parts));
    const QList<AssemblyItem> housings = result.requiredOfKind(s("strain_relief_housing"));
    QCOMPARE(housings.size(), 2);
    for (const AssemblyItem &housing : housings) {
        QVERIFY(!housing.quantity);
        QCOMPARE(housing.quantityText, s("quantity not stated by the catalog"));
        QVERIFY(housing.ruleSources.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_BundledAssembly)
#include "tst_BundledAssembly.moc"
