// The mating rule has one definition, MatingRules::check. The database's
// counterpart pre-filter (DatabasePartCatalog::mateCandidates, answered by
// PartRepository::mateCandidateItems) only narrows the search, so it must
// never lose a part the rule accepts. Checked over whole catalogs: the
// bundled one, a small synthetic one, an odd one written here, whose
// families and codings are spelled as careless data spell them, and one
// whose families are partly derived from a datasheet's listing.
//
//   (1) every pair check() accepts is among mateCandidates(part, 0);
//   (2) every near miss MatingRules finds among all connectors is among
//       mateCandidates(part, 1);
//   (3) `mates` agrees with `check`: matesFor / nearMisses through the
//       catalog equal matesFor / nearMisses over every connector.
#include "db/BundledCatalog.h"
#include "db/Database.h"
#include "db/PartRepository.h"
#include "db/Transaction.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/catalog/SyntheticCatalog.h"
#include "models/part/PartKinds.h"
#include "models/rules/MatingRules.h"
#include "TestCatalog.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace cc;

namespace {

using Outcome = MatingVerdict::Outcome;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList itemsOf(const QList<PartRecord> &parts)
{
    QStringList items;
    for (const PartRecord &part : parts)
        items << part.itemNumber();
    return items;
}

QStringList itemsOf(const QList<MatingCandidate> &candidates)
{
    QStringList items;
    for (const MatingCandidate &candidate : candidates)
        items << candidate.part.itemNumber();
    return items;
}

// The disagreements between the rules and the catalog's pre-filter, one
// line each; empty when they agree on every connector of the catalog.
QStringList disagreements(Database &database, int *pairsAccepted = nullptr)
{
    const PartRepository repository(database);
    const DatabasePartCatalog catalog(repository);
    const QList<PartRecord> connectors = MatingRules::connectorsOf(catalog);
    QStringList found;
    int accepted = 0;
    for (const PartRecord &part : connectors) {
        const QString item = part.itemNumber();
        const QStringList exact = itemsOf(catalog.mateCandidates(part, 0));
        const QStringList near = itemsOf(catalog.mateCandidates(part, 1));
        const QSet<QString> exactSet(exact.cbegin(), exact.cend());
        const QSet<QString> nearSet(near.cbegin(), near.cend());
        for (const PartRecord &other : connectors) {
            if (other.itemNumber() == item
                || MatingRules::check(part, other).outcome != Outcome::Mates)
                continue;
            ++accepted;
            if (!exactSet.contains(other.itemNumber())) {
                found << QStringLiteral("(1) check(%1, %2) says they mate, but "
                                        "mateCandidates(%1, 0) leaves %2 out")
                             .arg(item, other.itemNumber());
            }
        }
        const QStringList nearMisses = itemsOf(MatingRules::nearMisses(part, connectors));
        for (const QString &miss : nearMisses) {
            if (!nearSet.contains(miss)) {
                found << QStringLiteral("(2) %2 is a near miss of %1, but "
                                        "mateCandidates(%1, 1) leaves it out")
                             .arg(item, miss);
            }
        }
        const QStringList matesThroughCatalog = itemsOf(MatingRules::matesFor(part, catalog));
        const QStringList matesAmongAll = itemsOf(MatingRules::matesFor(part, connectors));
        if (matesThroughCatalog != matesAmongAll) {
            found << QStringLiteral("(3) mates of %1: the catalog gives [%2], the rules over "
                                    "every connector [%3]")
                         .arg(item, matesThroughCatalog.join(QStringLiteral(", ")),
                              matesAmongAll.join(QStringLiteral(", ")));
        }
        const QStringList nearThroughCatalog = itemsOf(MatingRules::nearMisses(part, catalog));
        if (nearThroughCatalog != nearMisses) {
            found << QStringLiteral("(3) near misses of %1: the catalog gives [%2], the rules "
                                    "over every connector [%3]")
                         .arg(item, nearThroughCatalog.join(QStringLiteral(", ")),
                              nearMisses.join(QStringLiteral(", ")));
        }
    }
    if (pairsAccepted)
        *pairsAccepted = accepted;
    return found;
}

void verifyAgreement(Database &database, int minimumPairs)
{
    int pairs = 0;
    const QStringList found = disagreements(database, &pairs);
    for (const QString &line : found.mid(0, 40))
        qWarning("%s", qPrintable(line));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 disagreements (the first 40 above)").arg(found.size())));
    // The agreement means something only where the rules accept pairs.
    QVERIFY2(pairs >= minimumPairs, qPrintable(QString::number(pairs)));
}

// A connector of the odd catalog. Item numbers are made up ("TEST-ODD-…"),
// the values are test inputs, not catalog data.
struct OddConnector
{
    const char *item;
    const char *kind;   // null: no kind (not a connector for the rules)
    const char *gender; // null: the kind's
    const char *family;
    std::optional<double> pinSpacingMm;
    std::optional<int> poles;
    const char *coding;
    const char *listsCounterpart = nullptr;
};

const QList<OddConnector> &oddConnectors()
{
    // The same system written as careless data write it: the registered
    // sign, case, doubled and surrounding spaces, tabs, non-ASCII capitals,
    // a decomposed umlaut; codings in either case with stray spaces.
    static const QList<OddConnector> list{
        {"TEST-ODD-S-REG", "socket", nullptr, "WINSTA\u00ae MIDI", 10.0, 4, "A"},
        {"TEST-ODD-P-LOWER", "plug", nullptr, "WINSTA MIDI", 10.0, 4, "a"},
        {"TEST-ODD-P-SPACED", "plug", nullptr, "winsta  midi", 10.0, 4, " A "},
        {"TEST-ODD-SP-DOUBLE", "snap_in_plug", nullptr, "WINSTA  MIDI", 10.0, 4, "A "},
        {"TEST-ODD-P-TAB", "plug", nullptr, " Winsta\tMIDI ", 10.0, 4, "a"},
        {"TEST-ODD-SS-TRAIL", "snap_in_socket", nullptr, "WINSTA MIDI \u00ae", 10.0, 4, " a"},
        // Near misses of the sockets above: one condition fails.
        {"TEST-ODD-P-5POLE", "plug", nullptr, "winsta midi", 10.0, 5, "a"},
        {"TEST-ODD-P-CODE-B", "plug", nullptr, "Winsta Midi\u00ae", 10.0, 4, "b"},
        {"TEST-ODD-P-PITCH5", "plug", nullptr, "WINSTA\u00ae  MIDI", 5.0, 4, " a"},
        {"TEST-ODD-S-SAMEGENDER", "socket", nullptr, "winsta midi", 10.0, 4, "a"},
        {"TEST-ODD-P-MINI", "plug", nullptr, "WINSTA MINI", 10.0, 4, "a"},
        // Non-ASCII capitals: SQL's lower() and Qt's case folding differ.
        {"TEST-ODD-S-ARA", "socket", nullptr, "\u00c4RA MIDI", 7.5, 3, "\u00c4"},
        {"TEST-ODD-P-ARA", "plug", nullptr, "\u00e4ra midi", 7.5, 3, "\u00e4"},
        {"TEST-ODD-SP-ARA", "snap_in_plug", nullptr, "\u00c4ra  Midi", 7.5, 3, " \u00e4"},
        {"TEST-ODD-P-ARA-NFD", "plug", nullptr, "A\u0308RA MIDI", 7.5, 3, "a\u0308"},
        {"TEST-ODD-P-OMEGA", "plug", nullptr, "\u03a9MEGA MIDI", 7.5, 3, "\u03a3"},
        {"TEST-ODD-S-OMEGA", "socket", nullptr, "\u03c9mega midi", 7.5, 3, "\u03c2"},
        // A gender field that overrides the kind's.
        {"TEST-ODD-P-FEMALE", "plug", "female", "winsta midi", 10.0, 4, "A"},
        // Unknown values decide nothing; a listed counterpart is evidence.
        {"TEST-ODD-P-BLANK", "plug", nullptr, "WINSTA MIDI", 10.0, 4, "  "},
        {"TEST-ODD-S-ONLYSIGN", "socket", nullptr, "\u00ae", 10.0, 4, "a"},
        {"TEST-ODD-S-LISTS", "socket", nullptr, "winsta midi", 10.0, 4, "Q", "TEST-ODD-P-LOWER"},
        {"TEST-ODD-S-LISTS-BLANK", "socket", nullptr, " WINSTA MIDI", 10.0, 4, "a",
         "TEST-ODD-P-BLANK"},
        {"TEST-ODD-NOKIND", nullptr, "male", "WINSTA MIDI", 10.0, 4, "a"},
    };
    return list;
}

void writeOddCatalog(Database &database)
{
    Transaction transaction = database.transaction(QStringLiteral("Writing the odd test catalog"));
    PartRepository repository(database);
    const qint64 source = repository.saveSource(
        SourceRecord{QStringLiteral("tst_MatingAgreement"), QStringLiteral("synthetic"),
                     QStringLiteral("Odd connectors of tst_MatingAgreement (fictitious, test data)"),
                     {}, {}});
    for (const OddConnector &odd : oddConnectors()) {
        PartRecord part;
        part.set(PartField::ItemNumber, s(odd.item));
        part.set(PartField::Description, QStringLiteral("Odd connector (test data)"));
        if (odd.kind)
            part.set(PartField::Kind, s(odd.kind));
        if (odd.gender)
            part.set(PartField::Gender, s(odd.gender));
        part.set(PartField::Family, s(odd.family));
        if (odd.pinSpacingMm)
            part.set(PartField::PinSpacingMm, *odd.pinSpacingMm);
        if (odd.poles)
            part.set(PartField::Poles, *odd.poles);
        part.set(PartField::Coding, s(odd.coding));
        repository.save(part, QStringLiteral("user"), source);
    }
    for (const OddConnector &odd : oddConnectors()) {
        if (!odd.listsCounterpart)
            continue;
        RelationRecord relation;
        relation.itemNumber = s(odd.listsCounterpart);
        relation.relation = QStringLiteral("counterpart");
        repository.saveRelations(*repository.idOf(s(odd.item)), {relation}, source);
    }
    transaction.commit();
}

} // namespace

class tst_MatingAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CC_REQUIRE_BACKEND(); }
    void bundledCatalog();
    void syntheticCatalog();
    void oddCatalog();
    void oddCatalogMatesAcrossSpellings();
    void databaseKindsAreTheRulesKinds();
    void derivedFamilyGivesTheFamilyReason();
};

void tst_MatingAgreement::bundledCatalog()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    verifyAgreement(*database, 2);
}

void tst_MatingAgreement::syntheticCatalog()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    SyntheticCatalog::Options options;
    options.parts = 350;
    SyntheticCatalog::write(*database, options);
    verifyAgreement(*database, 100);
}

void tst_MatingAgreement::oddCatalog()
{
    // Beside the bundled catalog, so that odd spellings meet real parts.
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    writeOddCatalog(*database);
    verifyAgreement(*database, 20);
}

void tst_MatingAgreement::oddCatalogMatesAcrossSpellings()
{
    // What the agreement above covers: the rules do accept these pairs
    // across spellings, and `mates` lists them.
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    writeOddCatalog(*database);
    const PartRepository repository(*database);
    const DatabasePartCatalog catalog(repository);
    const auto matesOf = [&](const char *item) {
        const std::optional<PartRecord> part = catalog.find(s(item));
        return part ? itemsOf(MatingRules::matesFor(*part, catalog)) : QStringList();
    };
    const QStringList socket = matesOf("TEST-ODD-S-REG");
    for (const char *plug : {"TEST-ODD-P-LOWER", "TEST-ODD-P-SPACED", "TEST-ODD-SP-DOUBLE",
                             "TEST-ODD-P-TAB"})
        QVERIFY2(socket.contains(s(plug)), qPrintable(s(plug) + QStringLiteral(": ") + socket.join(u' ')));
    for (const char *other : {"TEST-ODD-P-5POLE", "TEST-ODD-P-CODE-B", "TEST-ODD-P-PITCH5",
                              "TEST-ODD-S-SAMEGENDER", "TEST-ODD-P-MINI", "TEST-ODD-NOKIND"})
        QVERIFY2(!socket.contains(s(other)), other);
    const QStringList ara = matesOf("TEST-ODD-S-ARA");
    for (const char *plug : {"TEST-ODD-P-ARA", "TEST-ODD-SP-ARA", "TEST-ODD-P-ARA-NFD"})
        QVERIFY2(ara.contains(s(plug)), qPrintable(s(plug) + QStringLiteral(": ") + ara.join(u' ')));
    QCOMPARE(matesOf("TEST-ODD-S-OMEGA"), QStringList{s("TEST-ODD-P-OMEGA")});
    QVERIFY(matesOf("TEST-ODD-P-FEMALE").contains(s("TEST-ODD-P-LOWER")));
    // A listing that contradicts the codings is an inconsistency, no mate.
    QVERIFY(!matesOf("TEST-ODD-S-LISTS").contains(s("TEST-ODD-P-LOWER")));
    QVERIFY(matesOf("TEST-ODD-S-LISTS-BLANK").contains(s("TEST-ODD-P-BLANK")));
    QVERIFY(!matesOf("TEST-ODD-S-REG").contains(s("TEST-ODD-P-BLANK")));
}

void tst_MatingAgreement::databaseKindsAreTheRulesKinds()
{
    // The pre-filter asks the part_kind table which kinds are connectors
    // and of which gender; the rules ask PartKinds. They hold the same rows.
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    QSqlQuery query = database->run(
        QStringLiteral("SELECT code, is_connector, gender FROM part_kind"),
        QStringLiteral("Reading the kinds for the test"));
    QStringList inDatabase;
    while (query.next()) {
        inDatabase << QStringLiteral("%1 %2 %3").arg(query.value(0).toString(),
                                                      query.value(1).toString(),
                                                      query.value(2).toString());
    }
    inDatabase.sort();
    QStringList inRules;
    for (const QString &code : PartKinds::codes()) {
        inRules << QStringLiteral("%1 %2 %3").arg(code,
                                                  PartKinds::isConnector(code) ? QStringLiteral("1")
                                                                               : QStringLiteral("0"),
                                                  PartKinds::genderOf(code));
    }
    inRules.sort();
    QCOMPARE(inDatabase, inRules);
}

void tst_MatingAgreement::derivedFamilyGivesTheFamilyReason()
{
    // tests/fixtures/derived-catalog (made-up TEST- parts, test data): the
    // socket TEST-S-A of TEST FAMILY A lists the plug TEST-P, which states no
    // family; TEST-S-B is a socket of TEST FAMILY B, alike in gender, poles
    // and coding.
    QTemporaryDir dir;
    const auto database = Database::open(test::newDatabase(dir));
    QVERIFY(BundledCatalog(test::fixture(QStringLiteral("derived-catalog"))).install(*database).changed);
    const PartRepository repository(*database);
    const DatabasePartCatalog catalog(repository);
    const PartRecord plug = *catalog.find(s("TEST-P"));
    const PartRecord socketA = *catalog.find(s("TEST-S-A"));
    const PartRecord socketB = *catalog.find(s("TEST-S-B"));
    QVERIFY(plug.isDerived(PartField::Family));

    // Its derived family A against socket B: the FAMILY reason, and only it.
    const MatingVerdict other = MatingRules::check(plug, socketB);
    QCOMPARE(other.outcome, Outcome::No);
    QCOMPARE(other.reasons.size(), 1);
    QCOMPARE(other.reasons.first().codeName(), s("FAMILY"));
    QCOMPARE(other.reasons.first().message,
             s("TEST-P belongs to TEST FAMILY A, TEST-S-B to TEST FAMILY B: parts of different "
               "connector systems do not mate."));
    // With the socket that lists it, it mates.
    QCOMPARE(MatingRules::check(socketA, plug).outcome, Outcome::Mates);

    // The counterpart pre-filter reads the derived family from the part
    // table's key columns: `mates` of socket B leaves the plug out and names
    // it as a near miss by FAMILY.
    QVERIFY(!itemsOf(catalog.mateCandidates(socketB, 0)).contains(s("TEST-P")));
    QVERIFY(!itemsOf(MatingRules::matesFor(socketB, catalog)).contains(s("TEST-P")));
    const QList<MatingCandidate> near = MatingRules::nearMisses(socketB, catalog);
    QCOMPARE(itemsOf(near), QStringList{s("TEST-P")});
    QCOMPARE(near.first().verdict.reasons.first().codeName(), s("FAMILY"));
    QVERIFY(itemsOf(MatingRules::matesFor(socketA, catalog)).contains(s("TEST-P")));
    verifyAgreement(*database, 2);
}

QTEST_GUILESS_MAIN(tst_MatingAgreement)
#include "tst_MatingAgreement.moc"
