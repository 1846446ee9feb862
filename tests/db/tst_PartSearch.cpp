#include "db/PartRepository.h"
#include "db/PartSearch.h"
#include "db/SqlDialect.h"
#include "db/Transaction.h"
#include "TestCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_PartSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void finds_data();
    void finds();
    void oddTextIsSearchedAsText_data();
    void oddTextIsSearchedAsText();
    void filters();
    void facetsIgnoreTheirOwnFilter();
    void pagesAndOrder();
    void walkingAndCollectingAgree_data();
    void walkingAndCollectingAgree();
    void findsOnePartAsThePagesDo();
    void denseMatchesAreWalked();

private:
    QStringList items(const SearchQuery &query) const;
    void addSyntheticParts(Database &database) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // The bundled catalog and a few thousand generated parts, so that a
    // query can match most parts (see walkingAndCollectingAgree).
    QTemporaryDir m_syntheticDir;
    std::unique_ptr<Database> m_synthetic;
};

namespace {

constexpr int syntheticParts = 3000;

} // namespace

void tst_PartSearch::initTestCase()
{
    CC_REQUIRE_BACKEND();
    m_database = test::catalogIn(m_dir);
    m_synthetic = test::catalogIn(m_syntheticDir, QStringLiteral("synthetic.sqlite"));
    addSyntheticParts(*m_synthetic);
}

// Parts T-00000 ... whose ids run in another order than their item
// numbers. Every description has "Tester" and the poles ("2-pole"); the
// later three quarters in item order also "qx" (short enough to be walked,
// see SqliteDialect::rowMatchCost), the last quarter "qz"; every fifth
// part is blue, every fifth of no known colour. One
// superseded number, T-OLD-1, leads to T-00042.
void tst_PartSearch::addSyntheticParts(Database &database) const
{
    PartRepository repository(database);
    Transaction transaction = database.transaction(QStringLiteral("Adding synthetic parts"));
    const qint64 source = repository.saveSource(SourceRecord{QStringLiteral("test"), QStringLiteral("synthetic"),
                                                             QStringLiteral("tst_PartSearch"), {}, {}});
    const QStringList kinds{QStringLiteral("socket"), QStringLiteral("plug"), QStringLiteral("locking_lever")};
    for (int i = 0; i < syntheticParts; ++i) {
        const int number = static_cast<int>((static_cast<qint64>(i) * 7919) % syntheticParts);
        const QString kind = kinds.at(i % kinds.size());
        const int poles = 2 + i % 4;
        QString description = QStringLiteral("Tester %1 %2-pole").arg(kind).arg(poles);
        if (number >= syntheticParts / 4)
            description += QStringLiteral(" qx");
        if (number >= syntheticParts * 3 / 4)
            description += QStringLiteral(" qz");
        const QVariant colour = i % 5 == 0 ? QVariant(QStringLiteral("blue"))
            : i % 5 == 1                   ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(QStringLiteral("black"));
        database.run(QStringLiteral("INSERT INTO part (item_number, description, origin, source_id, kind, "
                                    "poles, colour) VALUES (?, ?, 'user', ?, ?, ?, ?)"),
                     {QStringLiteral("T-%1").arg(number, 5, 10, QLatin1Char('0')), description, source, kind, poles,
                      colour},
                     QStringLiteral("Adding a synthetic part"));
    }
    repository.saveSupersession(QStringLiteral("T-OLD-1"), *repository.idOf(QStringLiteral("T-00042")), source);
    transaction.commit();
}

QStringList tst_PartSearch::items(const SearchQuery &query) const
{
    QStringList result;
    for (const PartSummary &s : PartSearch(*m_database).page(query, 0, 1000))
        result << s.itemNumber;
    return result;
}

void tst_PartSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustFind");
    QTest::addColumn<QStringList>("mustNotFind");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList l;
        for (const char *i : items)
            l << QString::fromLatin1(i);
        return l;
    };
    QTest::newRow("item prefix") << QStringLiteral("770-13") << list({"770-1324", "770-1334", "770-131"})
                                 << list({"770-2334", "770-121", "770-201"});
    QTest::newRow("whole item") << QStringLiteral("770-1324") << list({"770-1324"}) << list({"770-1334"});
    QTest::newRow("item tail") << QStringLiteral("1324") << list({"770-1324"}) << list({"770-1334"});
    QTest::newRow("suffixed item") << QStringLiteral("770-2334/007") << list({"770-2334/007-000"}) << list({"770-2334"});
    QTest::newRow("GTIN") << QStringLiteral("4045454299156") << list({"770-1324"}) << list({"770-1334"});
    QTest::newRow("GTIN prefix") << QStringLiteral("40454542") << list({"770-1324"}) << QStringList();
    QTest::newRow("words") << QStringLiteral("strain relief 9.0") << list({"770-504", "770-514", "770-504/023-000"})
                           << list({"770-1324"});
    QTest::newRow("case and prefix") << QStringLiteral("LOCKING lev") << list({"770-121", "770-111"}) << list({"770-201"});
    QTest::newRow("part of a word") << QStringLiteral("pole") << list({"770-1324", "770-201"}) << list({"770-450"});
    QTest::newRow("attribute family") << QStringLiteral("winsta midi") << list({"770-1324"}) << list({"890-743"});
    QTest::newRow("attribute colour") << QStringLiteral("orange") << list({"770-450/000-012"}) << list({"770-450"});
    QTest::newRow("superseded") << QStringLiteral("770-243") << list({"770-203"}) << list({"770-1324"});
    QTest::newRow("superseded prefix") << QStringLiteral("770-25") << list({"770-213", "770-1112", "770-254"})
                                       << list({"770-203"});
    QTest::newRow("decimal comma") << QStringLiteral("4,00") << list({"770-1324", "770-1334"}) << list({"770-201"});
    QTest::newRow("diacritics") << QStringLiteral("grün") << QStringList() << list({"770-1324"});
}

void tst_PartSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustFind);
    QFETCH(QStringList, mustNotFind);
    SearchQuery query;
    query.text = text;
    const QStringList found = items(query);
    for (const QString &item : mustFind)
        QVERIFY2(found.contains(item), qPrintable(item + QStringLiteral(" not in ") + found.join(QLatin1Char(' '))));
    for (const QString &item : mustNotFind)
        QVERIFY2(!found.contains(item), qPrintable(item + QStringLiteral(" in ") + found.join(QLatin1Char(' '))));
    QCOMPARE(PartSearch(*m_database).count(query), found.size());
}

void tst_PartSearch::oddTextIsSearchedAsText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *odd : {"\"", "\"\"", "*", "-", "(", ")", "OR", "AND", "NOT", "NEAR(a b)", "a OR b", "^770",
                            "770-13*", "'; DROP TABLE part; --", "%", "_", "\\", "{item_number}: 770",
                            "col:val", "a\"b", "+", "770 -1324", "\t\n", "µ²°≙®", "日本語", "🙂"})
        QTest::newRow(odd) << QString::fromUtf8(odd);
    QTest::newRow("long") << QString(5000, QLatin1Char('x'));
    QTest::newRow("many words") << QStringLiteral("a ").repeated(500);
}

void tst_PartSearch::oddTextIsSearchedAsText()
{
    QFETCH(QString, text);
    SearchQuery query;
    query.text = text;
    PartSearch search(*m_database);
    const int count = search.count(query); // throws on an SQL or FTS error
    QCOMPARE(search.page(query, 0, 1000).size(), count);
    search.facets(query);
    SearchQuery all;
    QVERIFY(search.count(all) >= 38); // nothing was injected
}

void tst_PartSearch::filters()
{
    SearchQuery query;
    query.filters[QStringLiteral("kind")] = QStringList{QStringLiteral("strain_relief_housing")};
    query.filters[QStringLiteral("poles")] = QStringList{QStringLiteral("4")};
    QCOMPARE(items(query), (QStringList{QStringLiteral("770-504"), QStringLiteral("770-504/023-000"),
                                        QStringLiteral("770-514"), QStringLiteral("770-514/023-000")}));
    query.filters[QStringLiteral("colour")] = QStringList{QStringLiteral("white")};
    QCOMPARE(items(query), (QStringList{QStringLiteral("770-514"), QStringLiteral("770-514/023-000")}));
    SearchQuery unknownFamily;
    unknownFamily.filters[QStringLiteral("family")] = QStringList{QString()};
    QVERIFY(items(unknownFamily).contains(QStringLiteral("770-254")));
    QVERIFY(!items(unknownFamily).contains(QStringLiteral("770-1324")));
    // 770-1334's family is derived from D1's listing: it is WINSTA MIDI.
    QVERIFY(!items(unknownFamily).contains(QStringLiteral("770-1334")));
    SearchQuery midi;
    midi.filters[QStringLiteral("family")] = QStringList{QStringLiteral("WINSTA MIDI")};
    QVERIFY(items(midi).contains(QStringLiteral("770-1334")));
    QVERIFY(items(midi).contains(QStringLiteral("770-1324")));
    SearchQuery issuer;
    issuer.filters[QStringLiteral("issuer")] = QStringList{QStringLiteral("Lloyds Register")};
    QCOMPARE(items(issuer), QStringList{QStringLiteral("770-1324")});
    SearchQuery crossSection;
    crossSection.filters[QStringLiteral("cross_section")] = QStringList{QStringLiteral("1.5")};
    QCOMPARE(items(crossSection), QStringList{QStringLiteral("890-743")});
}

void tst_PartSearch::facetsIgnoreTheirOwnFilter()
{
    SearchQuery query;
    query.text = QStringLiteral("plug");
    query.filters[QStringLiteral("kind")] = QStringList{QStringLiteral("snap_in_plug")};
    const auto facets = PartSearch(*m_database).facets(query);
    QMap<QString, int> kinds;
    for (const PartSearch::FacetValue &v : facets.value(QStringLiteral("kind")))
        kinds.insert(v.value, v.count);
    QCOMPARE(kinds.value(QStringLiteral("snap_in_plug")), 2);
    QVERIFY(kinds.value(QStringLiteral("plug")) >= 5); // other kinds stay countable
    QMap<QString, int> codings;
    for (const PartSearch::FacetValue &v : facets.value(QStringLiteral("coding")))
        codings.insert(v.value, v.count);
    QCOMPARE(codings, (QMap<QString, int>{{QStringLiteral("Q"), 2}})); // both snap-in plugs are Q
    int issuers = 0;
    for (const PartSearch::FacetValue &v : facets.value(QStringLiteral("issuer")))
        issuers += v.count;
    QCOMPARE(issuers, 0);
}

void tst_PartSearch::pagesAndOrder()
{
    SearchQuery query;
    PartSearch search(*m_database);
    const QList<PartSummary> first = search.page(query, 0, 10);
    const QList<PartSummary> second = search.page(query, 10, 10);
    QCOMPARE(first.size(), 10);
    QVERIFY(first.last().itemNumber < second.first().itemNumber);
    query.sortKey = QStringLiteral("rated_current");
    query.descending = true;
    const QList<PartSummary> byCurrent = search.page(query, 0, 3);
    QCOMPARE(byCurrent.at(0).itemNumber, QStringLiteral("770-1324"));
    QCOMPARE(*byCurrent.at(0).ratedCurrentA, 32.0);
    QCOMPARE(byCurrent.at(1).itemNumber, QStringLiteral("890-743"));
    QCOMPARE(*byCurrent.at(1).ratedCurrentA, 16.0); // the rating without a condition
    QVERIFY(!byCurrent.at(2).ratedCurrentA);       // unknown last, also descending
}

void tst_PartSearch::walkingAndCollectingAgree_data()
{
    QTest::addColumn<QString>("text");
    // Dense and sparse, single terms and phrases, long prefixes, matches
    // bunched late in the order, a superseded number, nothing.
    for (const char *text : {"T", "t-", "te", "tester", "qx", "qz", "pole", "2-pole", "T-01", "T-012", "blue",
                             "blue qx", "sock qx", "T-OLD", "770", "zz"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

// Every query, filter, order and window gives the same rows in the same
// order, however page() finds them (the choice is a matter of speed).
void tst_PartSearch::walkingAndCollectingAgree()
{
    QFETCH(QString, text);
    PartSearch automatic(*m_synthetic);
    PartSearch collecting(*m_synthetic);
    collecting.setStrategy(PartSearch::Strategy::Collect);
    PartSearch walking(*m_synthetic);
    walking.setStrategy(PartSearch::Strategy::Walk);
    const auto items = [](const QList<PartSummary> &rows) {
        QStringList result;
        for (const PartSummary &row : rows)
            result << row.itemNumber;
        return result;
    };
    const auto compare = [&](const SearchQuery &query, int offset, int limit) {
        const QStringList expected = items(collecting.page(query, offset, limit));
        const QString where = QStringLiteral("offset %1, limit %2, sort %3%4, filters %5")
                                  .arg(offset)
                                  .arg(limit)
                                  .arg(query.sortKey, query.descending ? QStringLiteral(" desc") : QString())
                                  .arg(query.filters.keys().join(QLatin1Char(',')));
        QVERIFY2(items(walking.page(query, offset, limit)) == expected,
                 qPrintable(QStringLiteral("walking: ") + where));
        QVERIFY2(items(automatic.page(query, offset, limit)) == expected,
                 qPrintable(QStringLiteral("automatic: ") + where));
    };
    // Windows: the first rows, a later page, past the end, everything
    // (the last two walk the whole catalog when forced).
    const QList<std::pair<int, int>> windows{{0, 1}, {0, 10}, {37, 10}, {syntheticParts - 5, 10}, {0, 5000}};
    for (const bool descending : {false, true}) {
        SearchQuery query;
        query.text = text;
        query.descending = descending;
        for (const auto &[offset, limit] : descending ? windows.mid(1, 3) : windows)
            compare(query, offset, limit);
        if (QTest::currentTestFailed())
            return;
    }
    QList<QMap<QString, QStringList>> filterSets;
    filterSets.append({{QStringLiteral("kind"), {QStringLiteral("socket")}}});
    filterSets.append({{QStringLiteral("colour"), {QStringLiteral("blue"), QString()}}});
    for (const auto &filters : filterSets) {
        SearchQuery query;
        query.text = text;
        query.filters = filters;
        compare(query, 0, 10);
        compare(query, 37, 10);
        if (QTest::currentTestFailed())
            return;
    }
    // Other orders are never walked by choice; a forced walk still agrees.
    for (const QString &sortKey : {QStringLiteral("description"), QStringLiteral("rated_current")}) {
        SearchQuery query;
        query.text = text;
        query.sortKey = sortKey;
        query.descending = sortKey == QLatin1String("rated_current");
        compare(query, 5, 10);
        if (QTest::currentTestFailed())
            return;
    }
}

// The choice follows the density of the match: a query matching nearly
// every part is walked for a short page, a selective one is collected.
void tst_PartSearch::denseMatchesAreWalked()
{
    PartSearch search(*m_synthetic);
    SearchQuery dense;
    dense.text = QStringLiteral("te");
    SearchQuery sparse;
    sparse.text = QStringLiteral("T-012");
    if (m_synthetic->dialect().rowMatchCost({dense.text}) > 0)
        QCOMPARE(search.strategyFor(dense, 0, 10), PartSearch::Strategy::Walk);
    QCOMPARE(search.strategyFor(sparse, 0, 10), PartSearch::Strategy::Collect);
    // A page deep into the match costs a long walk: collected.
    QCOMPARE(search.strategyFor(dense, syntheticParts - 10, 10), PartSearch::Strategy::Collect);
    // Filters thin out the walk by an unknown amount: collected.
    dense.filters[QStringLiteral("kind")] = QStringList{QStringLiteral("socket")};
    QCOMPARE(search.strategyFor(dense, 0, 10), PartSearch::Strategy::Collect);
}

void tst_PartSearch::findsOnePartAsThePagesDo()
{
    // finds() answers for one part what listing every page would.
    const PartSearch search(*m_database);
    const QList<PartSummary> all = search.page(SearchQuery(), 0, 1000);
    QVERIFY(all.size() > 30);
    for (const char *text : {"", "770-13", "socket", "green plug", "770-243", "nothing-like-this"}) {
        for (const bool sockets : {false, true}) {
            SearchQuery query;
            query.text = QString::fromUtf8(text);
            if (sockets)
                query.filters.insert(QStringLiteral("kind"), {QStringLiteral("socket")});
            QStringList found;
            for (const PartSummary &part : search.page(query, 0, 1000))
                found << part.itemNumber;
            for (const PartSummary &part : all)
                QVERIFY2(search.finds(query, part.itemNumber) == found.contains(part.itemNumber),
                         qPrintable(query.text + QLatin1Char(' ') + part.itemNumber));
        }
    }
}

QTEST_GUILESS_MAIN(tst_PartSearch)
#include "tst_PartSearch.moc"
