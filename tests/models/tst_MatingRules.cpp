#include "models/catalog/InMemoryPartCatalog.h"
#include "models/rules/MatingRules.h"
#include "RulesFixtures.h"

#include <QMap>
#include <QtTest>

using namespace cc;
using namespace fixtures;

namespace {

using Outcome = MatingVerdict::Outcome;

PartRecord withRelation(PartRecord record, const char *item)
{
    relate(record, item, "counterpart");
    return record;
}

PartRecord withSuperseded(PartRecord record, const char *oldItem)
{
    record.supersededItem = s(oldItem);
    return record;
}

// Every part the tests compare, by item number.
const QMap<QString, PartRecord> &parts()
{
    static const QMap<QString, PartRecord> map = [] {
        QList<PartRecord> list{
            socket1324(),
            plug1334(),
            snapInSocket743(),
            midi("T-S4A", "socket", 4, "A"),
            midi("T-S4A-2", "socket", 4, "A"),
            midi("T-P4A", "plug", 4, "A"),
            midi("T-SP4A", "snap_in_plug", 4, "A"),
            midi("T-P5A", "plug", 5, "A"),
            midi("T-P4Q", "plug", 4, "Q"),
            midi("T-P5Q", "plug", 5, "Q"),
            midi("T-S4Q", "socket", 4, "Q"),
            connector("T-P4A-PITCH5", "plug", "WINSTA MIDI", 5.0, 4, "A"),
            connector("T-MINI-P4Q", "plug", "WINSTA MINI", 4.4, 4, "Q"),
            connector("T-P4A-REG", "plug", "WINSTA® MIDI", 10.0, 4, "A"),
            connector("T-P4-NOCODING", "plug", "WINSTA MIDI", 10.0, 4, nullptr),
            connector("T-P4A-NOFAMILY", "plug", nullptr, 10.0, 4, "A"),
            connector("T-P4A-NOPITCH", "plug", "WINSTA MIDI", std::nullopt, 4, "A"),
            connector("T-PA-NOPOLES", "plug", "WINSTA MIDI", 10.0, std::nullopt, "A"),
            connector("T-4A-NOKIND", "", "WINSTA MIDI", 10.0, 4, "A"),
            withRelation(midi("T-S4A-LISTS-P5A", "socket", 4, "A"), "T-P5A"),
            withRelation(midi("T-S4A-LISTS-OTHER", "socket", 4, "A"), "T-P4Q"),
            // T1: 770-1112 pairs with 770-1102, which superseded 770-242.
            withRelation(connector("770-1112", "plug", nullptr, std::nullopt, 2, "I"), "770-242"),
            withSuperseded(connector("770-1102", "socket", nullptr, std::nullopt, 2, "I"),
                           "770-242"),
            // T1: a 4-pole plug whose coding and family no source states.
            connector("770-254", "plug", nullptr, std::nullopt, 4, nullptr),
            housing("770-504", 9.0, 13.0, "black"),
            lever("770-121", "manual", "white"),
        };
        QMap<QString, PartRecord> result;
        for (const PartRecord &record : list)
            result.insert(record.itemNumber(), record);
        return result;
    }();
    return map;
}

PartRecord get(const QString &item)
{
    if (!parts().contains(item))
        qFatal("unknown fixture %s", qPrintable(item));
    return parts().value(item);
}

QStringList codesOf(const MatingVerdict &verdict)
{
    QStringList codes;
    for (const MatingReason &reason : verdict.reasons)
        codes.append(reason.codeName());
    codes.sort();
    return codes;
}

QStringList missingOf(const MatingVerdict &verdict)
{
    QStringList list;
    for (const MatingVerdict::MissingAttribute &attribute : verdict.missing)
        list.append(attribute.itemNumber + QLatin1Char(':') + cc::PartFields::key(attribute.field));
    list.sort();
    return list;
}

QStringList itemsOf(const QList<MatingCandidate> &candidates)
{
    QStringList items;
    for (const MatingCandidate &candidate : candidates)
        items.append(candidate.part.itemNumber());
    items.sort();
    return items;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_MatingRules : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void messages_data();
    void messages();
    void summary();
    void candidates_data();
    void candidates();
    void catalogOverloads();
    void reasonCodeNames();
};

void tst_MatingRules::check_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("inconsistency"); // a substring, or empty for none

    const QStringList none;
    QTest::newRow("same system, opposite gender, poles, coding") << s("T-S4A") << s("T-P4A")
        << s("mates") << none << none << false << QString();
    QTest::newRow("snap-in plug mates too") << s("T-S4A") << s("T-SP4A") << s("mates") << none
        << none << false << QString();
    QTest::newRow("family spelled with registered sign") << s("T-S4A") << s("T-P4A-REG")
        << s("mates") << none << none << false << QString();
    QTest::newRow("FAMILY: MIDI and MINI") << s("770-1324") << s("T-MINI-P4Q") << s("no")
        << QStringList{s("FAMILY")} << none << false << QString();
    QTest::newRow("FAMILY: pin spacing differs") << s("T-S4A") << s("T-P4A-PITCH5") << s("no")
        << QStringList{s("FAMILY")} << none << false << QString();
    QTest::newRow("GENDER: two sockets") << s("T-S4A") << s("T-S4A-2") << s("no")
        << QStringList{s("GENDER")} << none << false << QString();
    QTest::newRow("POLES: 4 and 5") << s("T-S4A") << s("T-P5A") << s("no")
        << QStringList{s("POLES")} << none << false << QString();
    QTest::newRow("CODING: Q and A") << s("770-1324") << s("T-P4A") << s("no")
        << QStringList{s("CODING")} << none << false << QString();
    QTest::newRow("every condition fails: W2 MINI socket and 770-1324") << s("890-743")
        << s("770-1324") << s("no")
        << QStringList{s("CODING"), s("FAMILY"), s("GENDER"), s("POLES")} << none << false
        << QString();
    QTest::newRow("NOT_A_CONNECTOR: strain relief housing") << s("770-1324") << s("770-504")
        << s("no") << QStringList{s("NOT_A_CONNECTOR")} << none << false << QString();
    QTest::newRow("NOT_A_CONNECTOR twice") << s("770-121") << s("770-504") << s("no")
        << QStringList{s("NOT_A_CONNECTOR"), s("NOT_A_CONNECTOR")} << none << false
        << QString();
    QTest::newRow("unknown: coding") << s("T-S4A") << s("T-P4-NOCODING") << s("unknown") << none
        << QStringList{s("T-P4-NOCODING:coding")} << false << QString();
    QTest::newRow("unknown: family") << s("T-S4A") << s("T-P4A-NOFAMILY") << s("unknown")
        << none << QStringList{s("T-P4A-NOFAMILY:family")} << false << QString();
    QTest::newRow("unknown: pin spacing") << s("T-S4A") << s("T-P4A-NOPITCH") << s("unknown")
        << none << QStringList{s("T-P4A-NOPITCH:pin_spacing_mm")} << false << QString();
    QTest::newRow("unknown: poles") << s("T-S4A") << s("T-PA-NOPOLES") << s("unknown") << none
        << QStringList{s("T-PA-NOPOLES:poles")} << false << QString();
    QTest::newRow("unknown: gender (no kind, no gender)") << s("T-S4A") << s("T-4A-NOKIND")
        << s("unknown") << none << QStringList{s("T-4A-NOKIND:gender")} << false << QString();
    QTest::newRow("unknown: T1 plug, coding and system not stated") << s("770-1324")
        << s("770-254") << s("unknown") << none
        << QStringList{s("770-254:coding"), s("770-254:family"), s("770-254:pin_spacing_mm")}
        << false << QString();
    QTest::newRow("listed counterpart with incomplete data mates") << s("770-1324")
        << s("770-1334") << s("mates") << none
        << QStringList{s("770-1334:family"), s("770-1334:pin_spacing_mm")} << true << QString();
    QTest::newRow("listed by the superseded number") << s("770-1112") << s("770-1102")
        << s("mates") << none
        << QStringList{s("770-1102:family"), s("770-1102:pin_spacing_mm"),
                       s("770-1112:family"), s("770-1112:pin_spacing_mm")}
        << true << QString();
    QTest::newRow("inconsistency: listed but poles differ") << s("T-S4A-LISTS-P5A")
        << s("T-P5A") << s("no") << QStringList{s("POLES")} << none << true
        << s("Data inconsistency: T-S4A-LISTS-P5A lists T-P5A as a counterpart, but their data "
             "say they do not mate (POLES).");
    QTest::newRow("inconsistency: data mate but not listed") << s("T-S4A-LISTS-OTHER")
        << s("T-P4A") << s("mates") << none << none << false
        << s("the counterparts listed for T-S4A-LISTS-OTHER do not include T-P4A");
    QTest::newRow("inconsistency: 770-1324 does not list T-P4Q") << s("770-1324") << s("T-P4Q")
        << s("mates") << none << none << false
        << s("the counterparts listed for 770-1324 do not include T-P4Q");
}

void tst_MatingRules::check()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, outcome);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, missing);
    QFETCH(bool, listed);
    QFETCH(QString, inconsistency);

    // The verdict does not depend on the order of the parts.
    for (const auto &[first, second] : {std::pair{a, b}, std::pair{b, a}}) {
        const MatingVerdict verdict = MatingRules::check(get(first), get(second));
        QCOMPARE(MatingVerdict::outcomeName(verdict.outcome), outcome);
        QCOMPARE(codesOf(verdict), sorted(codes));
        QCOMPARE(missingOf(verdict), sorted(missing));
        QCOMPARE(verdict.listedAsCounterpart, listed);
        QCOMPARE(verdict.mates(), outcome == s("mates"));
        if (inconsistency.isEmpty())
            QVERIFY2(verdict.inconsistency.isEmpty(), qPrintable(verdict.inconsistency));
        else
            QVERIFY2(verdict.inconsistency.contains(inconsistency),
                     qPrintable(verdict.inconsistency));
        for (const MatingReason &reason : verdict.reasons)
            QVERIFY(!reason.message.isEmpty());
    }
}

void tst_MatingRules::messages_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("CODING") << s("770-1324") << s("T-P4A") << s("CODING")
        << s("770-1324 is coded Q, T-P4A is coded A: the coding keys prevent mating.");
    QTest::newRow("FAMILY") << s("770-1324") << s("T-MINI-P4Q") << s("FAMILY")
        << s("770-1324 belongs to WINSTA MIDI, T-MINI-P4Q to WINSTA MINI: parts of different "
             "connector systems do not mate.");
    QTest::newRow("FAMILY by pin spacing") << s("T-S4A") << s("T-P4A-PITCH5") << s("FAMILY")
        << s("T-S4A has a pin spacing of 10 mm, T-P4A-PITCH5 of 5 mm: parts of different "
             "connector systems do not mate.");
    QTest::newRow("GENDER sockets") << s("T-S4A") << s("T-S4A-2") << s("GENDER")
        << s("T-S4A and T-S4A-2 are both sockets (female): a socket mates only with a plug.");
    QTest::newRow("GENDER plugs") << s("T-P4A") << s("T-SP4A") << s("GENDER")
        << s("T-P4A and T-SP4A are both plugs (male): a plug mates only with a socket.");
    QTest::newRow("POLES") << s("T-S4A") << s("T-P5A") << s("POLES")
        << s("T-S4A is 4-pole, T-P5A is 5-pole: parts with different pole numbers do not "
             "mate.");
    QTest::newRow("NOT_A_CONNECTOR") << s("770-1324") << s("770-504") << s("NOT_A_CONNECTOR")
        << s("770-504 (strain relief housing) is not a plug or socket.");
}

void tst_MatingRules::messages()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const MatingVerdict verdict = MatingRules::check(get(a), get(b));
    QCOMPARE(verdict.reasons.size(), 1);
    QCOMPARE(verdict.reasons.first().codeName(), code);
    QCOMPARE(verdict.reasons.first().message, message);
}

void tst_MatingRules::summary()
{
    const MatingVerdict unknown = MatingRules::check(get(s("T-S4A")), get(s("T-P4-NOCODING")));
    QCOMPARE(unknown.summary(), s("Whether they mate is not known. The catalog does not state "
                                  "the coding of T-P4-NOCODING."));

    const MatingVerdict listed = MatingRules::check(get(s("770-1324")), get(s("770-1334")));
    QVERIFY(listed.summary().startsWith(s("They mate: a datasheet lists them as counterparts.")));
    QVERIFY(listed.summary().contains(s("the pin spacing of 770-1334.")));
    QVERIFY(listed.summary().contains(s("The catalog does not state the family of 770-1334.")));

    const MatingVerdict no = MatingRules::check(get(s("770-1324")), get(s("T-P4A")));
    QCOMPARE(no.summary(), s("They do not mate. 770-1324 is coded Q, T-P4A is coded A: the "
                             "coding keys prevent mating."));
}

void tst_MatingRules::candidates_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("mates");
    QTest::addColumn<QStringList>("nearMisses"); // item:code
    QTest::addColumn<QStringList>("undecided");

    QTest::newRow("770-1324") << s("770-1324") << QStringList{s("770-1334"), s("T-P4Q")}
        << QStringList{s("T-MINI-P4Q:FAMILY"), s("T-P4A-REG:CODING"), s("T-P4A:CODING"),
                       s("T-P5Q:POLES"), s("T-S4Q:GENDER"), s("T-SP4A:CODING")}
        << QStringList{s("770-254"), s("T-P4-NOCODING")};
    QTest::newRow("T-P4A") << s("T-P4A")
        << QStringList{s("T-S4A"), s("T-S4A-2"), s("T-S4A-LISTS-OTHER"), s("T-S4A-LISTS-P5A")}
        << QStringList{s("770-1324:CODING"), s("T-P4A-REG:GENDER"), s("T-S4Q:CODING"),
                       s("T-SP4A:GENDER")}
        << QStringList{s("T-4A-NOKIND")};
}

void tst_MatingRules::candidates()
{
    QFETCH(QString, item);
    QFETCH(QStringList, mates);
    QFETCH(QStringList, nearMisses);
    QFETCH(QStringList, undecided);

    const QList<PartRecord> all = parts().values();
    const PartRecord part = get(item);
    QCOMPARE(itemsOf(MatingRules::matesFor(part, all)), sorted(mates));

    QStringList misses;
    for (const MatingCandidate &candidate : MatingRules::nearMisses(part, all)) {
        QCOMPARE(candidate.verdict.reasons.size(), 1);
        misses.append(candidate.part.itemNumber() + QLatin1Char(':')
                      + candidate.verdict.reasons.first().codeName());
    }
    misses.sort();
    QCOMPARE(misses, sorted(nearMisses));
    QCOMPARE(itemsOf(MatingRules::undecided(part, all)), sorted(undecided));

    // The part itself is never its own candidate.
    for (const MatingCandidate &candidate : MatingRules::compare(part, all))
        QVERIFY(candidate.part.itemNumber() != item);
}

void tst_MatingRules::catalogOverloads()
{
    const InMemoryPartCatalog catalog(parts().values());
    const PartRecord part = get(s("770-1324"));
    // The catalog offers connectors only; parts without a kind are left out.
    QCOMPARE(itemsOf(MatingRules::matesFor(part, catalog)),
             (QStringList{s("770-1334"), s("T-P4Q")}));
    QCOMPARE(itemsOf(MatingRules::nearMisses(part, catalog)),
             sorted({s("T-MINI-P4Q"), s("T-P4A-REG"), s("T-P4A"), s("T-P5Q"), s("T-S4Q"),
                     s("T-SP4A")}));
    const QList<PartRecord> connectors = MatingRules::connectorsOf(catalog);
    for (const PartRecord &connector : connectors)
        QVERIFY(connector.itemNumber() != s("770-504") && connector.itemNumber() != s("T-4A-NOKIND"));
}

void tst_MatingRules::reasonCodeNames()
{
    using Code = MatingReason::Code;
    QCOMPARE(MatingReason::codeName(Code::Family), s("FAMILY"));
    QCOMPARE(MatingReason::codeName(Code::Gender), s("GENDER"));
    QCOMPARE(MatingReason::codeName(Code::Poles), s("POLES"));
    QCOMPARE(MatingReason::codeName(Code::Coding), s("CODING"));
    QCOMPARE(MatingReason::codeName(Code::NotAConnector), s("NOT_A_CONNECTOR"));
    QCOMPARE(MatingVerdict::outcomeName(Outcome::Mates), s("mates"));
    QCOMPARE(MatingVerdict::outcomeName(Outcome::No), s("no"));
    QCOMPARE(MatingVerdict::outcomeName(Outcome::Unknown), s("unknown"));
}

QTEST_GUILESS_MAIN(tst_MatingRules)
#include "tst_MatingRules.moc"
