#include "models/catalog/InMemoryPartCatalog.h"
#include "models/rules/AssemblyEvaluator.h"
#include "RulesFixtures.h"

#include <QtTest>

using namespace cc;
using namespace fixtures;

namespace {

PartRecord ratedPlug()
{
    // Made-up values, lower than 770-1324's, to see which part limits.
    PartRecord p = midi("T-P4Q-RATED", "plug", 4, "Q");
    p.ratings = {rating("IEC/EN 60664-1", "IEC", 400.0, 6.0, 16.0),
                 rating("UL 1977", "UL", 600.0, std::nullopt, 20.0)};
    p.approvals = {
        approval("general", "CCA", "DEKRA Certification B.V.", "EN 61535", "T-CERT-1"),
        approval("ul", "cURus", "Underwriters Laboratories Inc.", "UL 1977", "T-CERT-2")};
    relate(p, "770-1324", "counterpart");
    return p;
}

PartRecord snapInPlugWithPanelRange()
{
    PartRecord p = midi("T-SP4Q-PANEL", "snap_in_plug", 4, "Q");
    set(p, "panel_thickness_min_mm", 1.0);
    set(p, "panel_thickness_max_mm", 3.0);
    relate(p, "770-1324", "counterpart");
    return p;
}

// Short name for the rows below.
AccessoryRule rule(const char *kind, const char *appliesTo, std::optional<double> quantity,
                        const char *per, const char *requirement, const char *source)
{
    return assemblyRule(kind, appliesTo, quantity, per, requirement, source);
}

const InMemoryPartCatalog &catalog()
{
    static const InMemoryPartCatalog instance = [] {
        InMemoryPartCatalog c(accessories1324());
        c.setAssemblyRules(bundledAssemblyRules());
        for (const PartRecord &p :
             {socket1324(), plug1334(), snapInPlug2334(), snapInSocket743(), ratedPlug(),
              snapInPlugWithPanelRange(), midi("T-P4A", "plug", 4, "A"), midi("T-P4Q", "plug", 4, "Q"),
              connector("770-254", "plug", nullptr, std::nullopt, 4, nullptr)})
            c.add(p);
        return c;
    }();
    return instance;
}

Assembly::Side side(const QString &item, const QString &mounting = s("flying"))
{
    Assembly::Side result;
    result.itemNumber = item;
    result.mounting = mounting;
    return result;
}

Assembly flyingPair(const QString &plug = s("770-1334"))
{
    Assembly assembly;
    assembly.socket = side(s("770-1324"));
    assembly.plug = side(plug);
    return assembly;
}

Assembly spare(const QString &socket = s("770-1324"), const QString &mounting = s("flying"))
{
    Assembly assembly;
    assembly.socket = side(socket, mounting);
    return assembly;
}

AssemblyResult evaluate(const Assembly &assembly)
{
    return AssemblyEvaluator(catalog()).evaluate(assembly);
}

QStringList texts(const QList<RuleMessage> &messages)
{
    return RuleMessage::texts(messages);
}

bool containsText(const QStringList &texts, const QString &part)
{
    for (const QString &text : texts) {
        if (text.contains(part))
            return true;
    }
    return false;
}

// Fails with the list when no entry contains `part` (or when one does and
// `part` is expected absent).
#define CHECK_CONTAINS(list, part)                                                              \
    QVERIFY2(part.isEmpty() || containsText(list, part),                                        \
             qPrintable(QStringLiteral("'%1' not in: %2").arg(part, list.join(QLatin1Char('|')))))

QStringList candidatesOf(const QList<AssemblyItem> &items)
{
    QStringList list;
    for (const AssemblyItem &item : items)
        list.append(item.candidates);
    list.sort();
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString ratingText(const AssemblyRating &rating)
{
    const auto number = [](const std::optional<double> &v) {
        return v ? QString::number(*v) : QStringLiteral("?");
    };
    QString text = rating.market + QLatin1Char(' ') + rating.quantity + QLatin1Char(' ')
        + number(rating.value) + QLatin1Char(' ') + rating.unit + QLatin1Char(' ')
        + rating.limitingItems.join(QLatin1Char('+'));
    if (!rating.itemsWithout.isEmpty())
        text += QStringLiteral(" without ") + rating.itemsWithout.join(QLatin1Char('+'));
    return text;
}

const QStringList allLevers{s("770-101"), s("770-111"), s("770-121"), s("770-131")};
const QStringList thinHousings{s("770-504/023-000"), s("770-514/023-000")};
const QStringList thickHousings{s("770-504"), s("770-514")};

} // namespace

class tst_AssemblyRules : public QObject
{
    Q_OBJECT

private slots:
    void levers_data();
    void levers();
    void leverChoices();
    void housings_data();
    void housings();
    void housingsByFamilyNotGender();
    void lockoutCap_data();
    void lockoutCap();
    void snapIn_data();
    void snapIn();
    void conductors_data();
    void conductors();
    void numbersFollowTheLocale();
    void ratings_data();
    void ratings();
    void approvals_data();
    void approvals();
    void matingAndInput_data();
    void matingAndInput();
    void optionalItems();
    void accessoryPool();
    void quantitiesFromRules_data();
    void quantitiesFromRules();
    void messagesAreValues_data();
    void messagesAreValues();
    void codeNamesAreStable();
};

void tst_AssemblyRules::levers_data()
{
    QTest::addColumn<Assembly>("assembly");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("error");

    const QStringList none;
    QTest::newRow("both flying: all levers, user picks") << flyingPair() << allLevers << none
        << QString() << QString() << QString();
    Assembly toolBlack = flyingPair();
    toolBlack.leverOperation = s("tool");
    toolBlack.colours.insert(s("locking_lever"), s("black"));
    QTest::newRow("tool, black") << toolBlack << QStringList{s("770-111")} << none << QString()
        << QString() << QString();
    Assembly manualWhite = flyingPair();
    manualWhite.leverOperation = s("manual");
    manualWhite.colours.insert(s("locking_lever"), s("white"));
    QTest::newRow("manual, white") << manualWhite << QStringList{s("770-121")} << none
        << QString() << QString() << QString();
    Assembly red = flyingPair();
    red.colours.insert(s("locking_lever"), s("red"));
    QTest::newRow("no lever in red") << red << none << none << QString() << QString()
        << s("No fitting locking lever has the colour red; the fitting ones have: black, "
             "white.");
    Assembly snapIn = flyingPair(s("770-2334"));
    snapIn.plug.mounting.clear(); // a snap-in plug is mounted by its kind
    QTest::newRow("snap-in plug has levers fitted") << snapIn << none << none
        << s("No additional locking levers: 770-2334 is a connector for mounted installation "
             "and comes with locking levers fitted.")
        << QString() << QString();
    // A flying plug and a plain socket the user mounts in a frame: neither
    // comes with levers fitted, and the connection has a flying lead.
    Assembly framed = flyingPair();
    framed.socket.mounting = s("snap-in");
    framed.socket.panelThicknessMm = 2.0;
    QTest::newRow("plain socket in a frame, flying plug: required") << framed << allLevers
        << none << QString() << QString() << QString();
    // Both plain connectors mounted by the user: nothing says whether they
    // need levers.
    Assembly bothMounted = framed;
    bothMounted.plug.mounting = s("snap-in");
    bothMounted.plug.panelThicknessMm = 2.0;
    QTest::newRow("both plain and mounted: not stated, offered") << bothMounted << none
        << allLevers << QString()
        << s("The catalog does not state whether 770-1324 needs a locking lever when mounted "
             "(snap-in)")
        << QString();
    Assembly unknownMounting = flyingPair();
    unknownMounting.socket.mounting.clear();
    QTest::newRow("mounting not given") << unknownMounting << none << none << QString()
        << s("Whether locking levers are needed is not known until the mounting of 770-1324 "
             "is given.")
        << QString();
    QTest::newRow("spare outlet") << spare() << none << none
        << s("No locking lever: the socket stays unmated.") << QString() << QString();
}

void tst_AssemblyRules::levers()
{
    QFETCH(Assembly, assembly);
    QFETCH(QStringList, required);
    QFETCH(QStringList, offered);
    QFETCH(QString, note);
    QFETCH(QString, warning);
    QFETCH(QString, error);

    const AssemblyResult result = evaluate(assembly);
    const QList<AssemblyItem> levers = result.requiredOfKind(s("locking_lever"));
    QCOMPARE(candidatesOf(levers), sorted(required));
    QCOMPARE(candidatesOf(result.optionalOfKind(s("locking_lever"))), sorted(offered));
    for (const AssemblyItem &lever : levers + result.optionalOfKind(s("locking_lever"))) {
        // No source states how many locking levers a connection takes.
        QVERIFY(!lever.quantity);
        QCOMPARE(lever.quantityText, s("quantity not stated by the catalog"));
        QCOMPARE(lever.side, s("connection"));
        QVERIFY(lever.quantitySources.isEmpty());
        QCOMPARE(lever.ruleSources, QStringList{s("D1")});
        QVERIFY(!lever.reason.isEmpty());
    }
    if (!required.isEmpty())
        CHECK_CONTAINS(QStringList{levers.first().reason}, s("flying lead"));
    CHECK_CONTAINS(texts(result.notes()), note);
    CHECK_CONTAINS(texts(result.warnings()), warning);
    CHECK_CONTAINS(texts(result.errors()), error);
    if (error.isEmpty())
        QVERIFY2(result.errors().isEmpty(),
                 qPrintable(texts(result.errors()).join(QLatin1Char('|'))));
}

void tst_AssemblyRules::leverChoices()
{
    Assembly assembly = flyingPair();
    assembly.leverOperation = s("tool");
    const AssemblyResult result = evaluate(assembly);
    const AssemblyChoice *operation = result.choice(s("locking_lever"), PartField::Operation);
    QVERIFY(operation);
    QCOMPARE(operation->options, (QStringList{s("manual"), s("tool")}));
    QCOMPARE(operation->selected, s("tool"));
    const AssemblyChoice *colour = result.choice(s("locking_lever"), PartField::Colour);
    QVERIFY(colour);
    QCOMPARE(colour->options, (QStringList{s("black"), s("white")}));
    QVERIFY(colour->selected.isEmpty());
    QCOMPARE(candidatesOf(result.requiredOfKind(s("locking_lever"))),
             (QStringList{s("770-111"), s("770-131")}));
}

void tst_AssemblyRules::housings_data()
{
    QTest::addColumn<double>("od"); // < 0: not given
    QTest::addColumn<int>("count"); // 0: not given
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("error");

    const QStringList all = sorted(thinHousings + thickHousings);
    QTest::newRow("7 mm, 2 cables") << 7.0 << 2 << QString() << thinHousings << QString()
        << QString();
    QTest::newRow("10 mm, 2 cables") << 10.0 << 2 << QString() << thickHousings << QString()
        << QString();
    QTest::newRow("9 mm is in both ranges") << 9.0 << 2 << QString() << all << QString()
        << QString();
    QTest::newRow("10 mm, white") << 10.0 << 2 << s("white") << QStringList{s("770-514")}
        << QString() << QString();
    QTest::newRow("14 mm: outside every range") << 14.0 << 2 << QString() << QStringList()
        << QString()
        << s("No strain relief housing for 770-1324 takes a cable of 14 mm: the 4-pole housings "
             "take 5 ... 9 mm (770-504/023-000, 770-514/023-000); 9 ... 13 mm (770-504, "
             "770-514).");
    QTest::newRow("4 mm: outside every range") << 4.0 << 2 << QString() << QStringList()
        << QString() << s("takes a cable of 4 mm");
    QTest::newRow("diameter not given") << -1.0 << 2 << QString() << all
        << s("The cable outer diameter at 770-1324 is not given: its strain relief housings "
             "take 5 ... 9 mm (770-504/023-000, 770-514/023-000); 9 ... 13 mm (770-504, "
             "770-514).")
        << QString();
    // A housing for 2 cables takes 1 (the trade rule R1): no warning.
    QTest::newRow("1 cable: housings for 2 take it") << 7.0 << 1 << QString() << thinHousings
        << QString() << QString();
    QTest::newRow("3 cables: none") << 7.0 << 3 << QString() << QStringList() << QString()
        << s("No strain relief housing for 770-1324 takes 3 cables: the fitting ones take 2.");
    QTest::newRow("cable count not given") << 7.0 << 0 << QString() << thinHousings
        << s("The number of cables at 770-1324 is not given") << QString();
}

void tst_AssemblyRules::housings()
{
    QFETCH(double, od);
    QFETCH(int, count);
    QFETCH(QString, colour);
    QFETCH(QStringList, candidates);
    QFETCH(QString, warning);
    QFETCH(QString, error);

    Assembly assembly = spare();
    if (od >= 0)
        assembly.socket.cable.outerDiameterMm = od;
    if (count > 0)
        assembly.socket.cable.count = count;
    if (!colour.isEmpty())
        assembly.colours.insert(s("strain_relief_housing"), colour);
    const AssemblyResult result = evaluate(assembly);
    const QList<AssemblyItem> housings = result.requiredOfKind(s("strain_relief_housing"));
    QCOMPARE(candidatesOf(housings), sorted(candidates));
    if (!candidates.isEmpty()) {
        QCOMPARE(housings.size(), 1);
        QCOMPARE(housings.first().side, s("socket"));
        // One per flying side: T1's rule, not a constant in the code.
        QCOMPARE(housings.first().quantity, std::optional<int>(1));
        QCOMPARE(housings.first().quantityText, s("1 per flying side (source T1)"));
        QCOMPARE(housings.first().quantitySources, QStringList{s("T1")});
        QCOMPARE(housings.first().ruleSources, (QStringList{s("D1"), s("T1")}));
        CHECK_CONTAINS(QStringList{housings.first().reason}, s("needed for IP2xC"));
    }
    CHECK_CONTAINS(texts(result.warnings()), warning);
    for (const RuleMessage &message : result.warnings())
        QVERIFY2(!warning.isEmpty() || message.code != RuleMessage::Code::HousingCableCountNotStated,
                 qPrintable(message.text));
    CHECK_CONTAINS(texts(result.errors()), error);
    if (error.isEmpty())
        QVERIFY2(result.errors().isEmpty(),
                 qPrintable(texts(result.errors()).join(QLatin1Char('|'))));
}

void tst_AssemblyRules::housingsByFamilyNotGender()
{
    // T1: the same 4-pole housings serve the socket and the plug side; the
    // thicker cable gets the 9 ... 13 mm housing.
    Assembly assembly = flyingPair();
    assembly.socket.cable.outerDiameterMm = 11.0;
    assembly.socket.cable.count = 2;
    assembly.plug.cable.outerDiameterMm = 7.0;
    assembly.plug.cable.count = 2;
    const AssemblyResult result = evaluate(assembly);
    const QList<AssemblyItem> housings = result.requiredOfKind(s("strain_relief_housing"));
    QCOMPARE(housings.size(), 2);
    QCOMPARE(housings.at(0).side, s("socket"));
    QCOMPARE(sorted(housings.at(0).candidates), thickHousings);
    QCOMPARE(housings.at(1).side, s("plug"));
    QCOMPARE(sorted(housings.at(1).candidates), thinHousings);
    // 770-1334's description does not state its protection with a housing.
    CHECK_CONTAINS(QStringList{housings.at(1).reason}, s("the catalog does not state the protection"));

    // Mounted sides take no housing.
    Assembly mounted = flyingPair(s("770-2334"));
    mounted.plug.mounting = s("snap-in");
    const AssemblyResult mountedResult = evaluate(mounted);
    QCOMPARE(mountedResult.requiredOfKind(s("strain_relief_housing")).size(), 1);
    QCOMPARE(mountedResult.requiredOfKind(s("strain_relief_housing")).first().side, s("socket"));
}

void tst_AssemblyRules::lockoutCap_data()
{
    QTest::addColumn<Assembly>("assembly");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("error");

    QTest::newRow("spare 770-1324") << spare() << QString()
        << QStringList{s("770-201"), s("770-221")} << QString();
    QTest::newRow("spare 770-1324, white") << spare() << s("white")
        << QStringList{s("770-221")} << QString();
    QTest::newRow("mated: no lockout cap") << flyingPair() << QString() << QStringList()
        << QString();
    // The 12-pole MIDI caps are listed by 770-1324 only; nothing ties them to
    // the MINI system.
    QTest::newRow("spare MINI socket: none in the catalog") << spare(s("890-743"), QString())
        << QString() << QStringList()
        << s("The unmated socket 890-743 needs a lockout cap, but the catalog holds none for 3 "
             "poles.");
}

void tst_AssemblyRules::lockoutCap()
{
    QFETCH(Assembly, assembly);
    QFETCH(QString, colour);
    QFETCH(QStringList, candidates);
    QFETCH(QString, error);

    if (!colour.isEmpty())
        assembly.colours.insert(s("lockout_cap"), colour);
    const AssemblyResult result = evaluate(assembly);
    const QList<AssemblyItem> caps = result.requiredOfKind(s("lockout_cap"));
    QCOMPARE(candidatesOf(caps), sorted(candidates));
    if (!candidates.isEmpty()) {
        // Poles, not caps: a 4-pole socket uses 4 of the 12 poles.
        QVERIFY(!caps.first().quantity);
        QCOMPARE(caps.first().polesUsed, std::optional<int>(4));
        QCOMPARE(caps.first().polesPerItem, std::optional<int>(12));
        QCOMPARE(caps.first().quantityText,
                 s("4 of the 12 poles of one separable item (source D1)"));
        QCOMPARE(caps.first().quantitySources, QStringList{s("D1")});
        CHECK_CONTAINS(QStringList{caps.first().reason}, s("count poles, not sockets"));
    }
    CHECK_CONTAINS(texts(result.errors()), error);
}

void tst_AssemblyRules::snapIn_data()
{
    QTest::addColumn<Assembly>("assembly");
    QTest::addColumn<QStringList>("frames");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("error");

    const QStringList frames{s("770-319"), s("770-339")};
    const auto framed = [](std::optional<double> thickness) {
        Assembly assembly = spare(s("770-1324"), s("snap-in"));
        assembly.socket.panelThicknessMm = thickness;
        return assembly;
    };
    QTest::newRow("frame, 2 mm panel") << framed(2.0) << frames << QString() << QString()
        << QString();
    QTest::newRow("frame, 1 mm panel (limit)") << framed(1.0) << frames << QString()
        << QString() << QString();
    QTest::newRow("frame, 4 mm panel") << framed(4.0) << QStringList() << QString() << QString()
        << s("No snap-in frame for 770-1324 takes a panel of 4 mm: the frames take 1 ... 3 mm "
             "(770-319, 770-339).");
    QTest::newRow("frame, panel not given") << framed(std::nullopt) << frames << QString()
        << s("The panel thickness for 770-1324 is not given: its snap-in frames take 1 ... 3 mm "
             "(770-319, 770-339).")
        << QString();
    Assembly own = flyingPair(s("770-2334"));
    own.plug.mounting = s("snap-in");
    own.plug.panelThicknessMm = 2.0;
    QTest::newRow("snap-in plug, range not stated") << own << QStringList()
        << s("The catalog does not state the panel thickness range of 770-2334.") << QString()
        << QString();
    Assembly thick = flyingPair(s("T-SP4Q-PANEL"));
    thick.plug.mounting.clear();
    thick.plug.panelThicknessMm = 5.0;
    QTest::newRow("snap-in plug, 5 mm panel") << thick << QStringList() << QString() << QString()
        << s("A panel of 5 mm is outside the range of T-SP4Q-PANEL (1 ... 3 mm).");
    Assembly fits = thick;
    fits.plug.panelThicknessMm = 3.0;
    QTest::newRow("snap-in plug, 3 mm panel") << fits << QStringList()
        << s("A panel of 3 mm fits T-SP4Q-PANEL (1 ... 3 mm).") << QString() << QString();
}

void tst_AssemblyRules::snapIn()
{
    QFETCH(Assembly, assembly);
    QFETCH(QStringList, frames);
    QFETCH(QString, note);
    QFETCH(QString, warning);
    QFETCH(QString, error);

    const AssemblyResult result = evaluate(assembly);
    const QList<AssemblyItem> items = result.requiredOfKind(s("snap_in_frame"));
    QCOMPARE(candidatesOf(items), frames);
    if (!frames.isEmpty()) {
        // D1 lists snap-in frames without a number: not made up here.
        QVERIFY(!items.first().quantity);
        QCOMPARE(items.first().quantityText, s("quantity not stated by the catalog"));
        QCOMPARE(items.first().ruleSources, QStringList{s("D1")});
        QCOMPARE(items.first().side, s("socket"));
        // A socket in a frame is not a flying lead: no strain relief housing.
        QVERIFY(result.requiredOfKind(s("strain_relief_housing")).isEmpty());
    }
    CHECK_CONTAINS(texts(result.notes()), note);
    CHECK_CONTAINS(texts(result.warnings()), warning);
    CHECK_CONTAINS(texts(result.errors()), error);
    if (error.isEmpty())
        QVERIFY2(result.errors().isEmpty(),
                 qPrintable(texts(result.errors()).join(QLatin1Char('|'))));
}

void tst_AssemblyRules::conductors_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("conductorClass");
    QTest::addColumn<double>("section"); // < 0: not given
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("error");

    const QString socket = s("770-1324");
    QTest::newRow("solid 2.5") << socket << s("solid") << 2.5
        << s("A 2.5 mm² solid conductor fits 770-1324 (0.5 ... 4 mm²).") << QString()
        << QString();
    QTest::newRow("solid 6") << socket << s("solid") << 6.0 << QString() << QString()
        << s("A 6 mm² solid conductor is outside the range of 770-1324 for this conductor "
             "class (0.5 ... 4 mm²).");
    QTest::newRow("stranded 4") << socket << s("stranded") << 4.0 << QString() << QString()
        << s("(0.5 ... 2.5 mm²)");
    QTest::newRow("insulated ferrule 0.25") << socket << s("fine_stranded_insulated_ferrule")
        << 0.25 << s("fits 770-1324 (0.25 ... 1.5 mm²)") << QString() << QString();
    QTest::newRow("ferrule push-in 1.5") << socket << s("fine_stranded_ferrule_push_in") << 1.5
        << s("fits 770-1324 (1.5 mm²)") << QString() << QString();
    QTest::newRow("ferrule push-in 2.5") << socket << s("fine_stranded_ferrule_push_in") << 2.5
        << QString() << QString() << s("(1.5 mm²)");
    QTest::newRow("class not given") << socket << QString() << 2.5 << QString()
        << s("The conductor class for 770-1324 is not given") << QString();
    QTest::newRow("cross-section not given") << socket << s("solid") << -1.0 << QString()
        << s("The conductor cross-section for 770-1324 is not given: 770-1324 takes 0.5 ... 4 "
             "mm² for a solid conductor.")
        << QString();
    QTest::newRow("no ranges stated (770-1334)") << s("770-1334") << s("solid") << 2.5
        << s("The catalog does not state the strip length of 770-1334.")
        << s("The catalog states no range of 770-1334 for a solid conductor: whether it "
             "takes one is not known.")
        << QString();
    QTest::newRow("strip length") << socket << s("solid") << 1.5
        << s("Strip length for 770-1324: 9 mm.") << QString() << QString();
}

void tst_AssemblyRules::numbersFollowTheLocale()
{
    // The sentences a German user reads have decimal commas.
    Assembly assembly;
    assembly.socket = side(s("770-1324"));
    assembly.socket.cable.conductorClass = s("solid");
    assembly.socket.cable.crossSectionMm2 = 2.5;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QStringList german = texts(evaluate(assembly).notes());
    QLocale::setDefault(QLocale::c());
    CHECK_CONTAINS(german, s("2,5 mm²"));
    CHECK_CONTAINS(german, s("(0,5 ... 4 mm²)"));
    CHECK_CONTAINS(texts(evaluate(assembly).notes()), s("(0.5 ... 4 mm²)"));
}

void tst_AssemblyRules::conductors()
{
    QFETCH(QString, item);
    QFETCH(QString, conductorClass);
    QFETCH(double, section);
    QFETCH(QString, note);
    QFETCH(QString, warning);
    QFETCH(QString, error);

    Assembly assembly;
    const bool isPlug = item == s("770-1334");
    assembly.socket = side(s("770-1324"));
    if (isPlug)
        assembly.plug = side(item);
    Assembly::Cable &cable = isPlug ? assembly.plug.cable : assembly.socket.cable;
    cable.conductorClass = conductorClass;
    if (section >= 0)
        cable.crossSectionMm2 = section;
    const AssemblyResult result = evaluate(assembly);
    CHECK_CONTAINS(texts(result.notes()), note);
    CHECK_CONTAINS(texts(result.warnings()), warning);
    CHECK_CONTAINS(texts(result.errors()), error);
    if (error.isEmpty())
        QVERIFY2(result.errors().isEmpty(),
                 qPrintable(texts(result.errors()).join(QLatin1Char('|'))));
}

void tst_AssemblyRules::ratings_data()
{
    QTest::addColumn<Assembly>("assembly");
    QTest::addColumn<QStringList>("ratings");
    QTest::addColumn<QString>("note");

    QTest::newRow("770-1324 with a plug of lower current") << flyingPair(s("T-P4Q-RATED"))
        << QStringList{s("IEC voltage_v 400 V 770-1324+T-P4Q-RATED"),
                       s("IEC impulse_voltage_kv 6 kV 770-1324+T-P4Q-RATED"),
                       s("IEC current_a 16 A T-P4Q-RATED"),
                       s("UL voltage_v 600 V 770-1324+T-P4Q-RATED"),
                       s("UL current_a 20 A T-P4Q-RATED")}
        << QString();
    QTest::newRow("plug states no ratings: unknown") << flyingPair()
        << QStringList{s("IEC voltage_v ? V 770-1324 without 770-1334"),
                       s("IEC impulse_voltage_kv ? kV 770-1324 without 770-1334"),
                       s("IEC current_a ? A 770-1324 without 770-1334"),
                       s("UL voltage_v ? V 770-1324 without 770-1334"),
                       s("UL current_a ? A 770-1324 without 770-1334")}
        << QString();
    QTest::newRow("spare 770-1324") << spare()
        << QStringList{s("IEC voltage_v 400 V 770-1324"), s("IEC impulse_voltage_kv 6 kV 770-1324"),
                       s("IEC current_a 32 A 770-1324"), s("UL voltage_v 600 V 770-1324"),
                       s("UL current_a 23 A 770-1324")}
        << QString();
    QTest::newRow("W2: conditional rating noted") << spare(s("890-743"), QString())
        << QStringList{s("IEC voltage_v 250 V 890-743"), s("IEC impulse_voltage_kv 4 kV 890-743"),
                       s("IEC current_a 16 A 890-743"), s("UL voltage_v 600 V 890-743"),
                       s("UL current_a 14 A 890-743")}
        << s("Lower rating of 890-743: IEC current 13 A for 3-pole load.");
}

void tst_AssemblyRules::ratings()
{
    QFETCH(Assembly, assembly);
    QFETCH(QStringList, ratings);
    QFETCH(QString, note);

    const AssemblyResult result = evaluate(assembly);
    QStringList actual;
    for (const AssemblyRating &rating : result.ratings) {
        actual.append(ratingText(rating));
        QVERIFY(!rating.message.isEmpty());
    }
    QCOMPARE(actual, ratings);
    CHECK_CONTAINS(texts(result.notes()), note);
}

void tst_AssemblyRules::approvals_data()
{
    QTest::addColumn<Assembly>("assembly");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QStringList>("standards");
    QTest::addColumn<QString>("warning");

    QTest::newRow("shared with the rated plug") << flyingPair(s("T-P4Q-RATED")) << true
        << QStringList{s("EN 61535"), s("UL 1977")} << QString();
    QTest::newRow("plug states none: unknown") << flyingPair() << false << QStringList()
        << s("The catalog states no approvals for 770-1334: the approvals of the assembly are "
             "not known.");
    QTest::newRow("spare: all of 770-1324") << spare() << true
        << QStringList{s("EN 61535"), s("IEC 61535"), s("UL 1977"), s("UL 1059"), QString(),
                       QString(), QString(), s("IEC 61984")}
        << QString();
}

void tst_AssemblyRules::approvals()
{
    QFETCH(Assembly, assembly);
    QFETCH(bool, known);
    QFETCH(QStringList, standards);
    QFETCH(QString, warning);

    const AssemblyResult result = evaluate(assembly);
    QCOMPARE(result.sharedApprovals.has_value(), known);
    if (known) {
        QStringList actual;
        for (const ApprovalRecord &approval : *result.sharedApprovals)
            actual.append(approval.standard);
        QCOMPARE(actual, standards);
    }
    CHECK_CONTAINS(texts(result.warnings()), warning);
}

void tst_AssemblyRules::matingAndInput_data()
{
    QTest::addColumn<Assembly>("assembly");
    QTest::addColumn<QString>("outcome"); // empty: no mating verdict
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("note");

    QTest::newRow("listed counterpart") << flyingPair() << s("mates") << QString() << QString()
        << s("770-1324 and 770-1334 mate as a datasheet lists them as counterparts");
    QTest::newRow("coding differs") << flyingPair(s("T-P4A")) << s("no")
        << s("770-1324 and T-P4A do not mate: 770-1324 is coded Q, T-P4A is coded A: the coding "
             "keys prevent mating.")
        << QString() << QString();
    QTest::newRow("mating not known") << flyingPair(s("770-254")) << s("unknown") << QString()
        << s("Whether 770-1324 and 770-254 mate is not known: The catalog does not state the "
             "family of 770-254. The catalog does not state the pin spacing of 770-254. The "
             "catalog does not state the coding of 770-254.")
        << QString();
    QTest::newRow("data inconsistency") << flyingPair(s("T-P4Q")) << s("mates") << QString()
        << s("Data inconsistency: their data say 770-1324 and T-P4Q mate, but the counterparts "
             "listed for 770-1324 do not include T-P4Q.")
        << QString();
    Assembly swapped;
    swapped.socket = side(s("770-1334"));
    swapped.plug = side(s("770-1324"));
    QTest::newRow("plug on the socket side") << swapped << s("mates")
        << s("770-1334 is a plug (male): the socket side needs a socket (female).") << QString()
        << QString();
    QTest::newRow("socket not in the catalog") << spare(s("770-9999")) << QString()
        << s("770-9999 is not in the catalog.") << QString() << QString();
    QTest::newRow("no socket") << Assembly() << QString() << s("No socket is given.")
        << QString() << QString();
    Assembly flyingSnapIn = flyingPair(s("770-2334"));
    QTest::newRow("snap-in plug set as flying") << flyingSnapIn << s("mates") << QString()
        << s("770-2334 is a connector for mounted installation (snap-in) but is set as a flying "
             "lead.")
        << QString();
    QTest::newRow("mounting not given") << spare(s("770-1324"), QString()) << QString()
        << QString() << s("The mounting of 770-1324 is not given") << QString();
}

void tst_AssemblyRules::matingAndInput()
{
    QFETCH(Assembly, assembly);
    QFETCH(QString, outcome);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    QFETCH(QString, note);

    const AssemblyResult result = evaluate(assembly);
    QCOMPARE(result.mating.has_value(), !outcome.isEmpty());
    if (result.mating)
        QCOMPARE(MatingVerdict::outcomeName(result.mating->outcome), outcome);
    CHECK_CONTAINS(texts(result.errors()), error);
    CHECK_CONTAINS(texts(result.warnings()), warning);
    CHECK_CONTAINS(texts(result.notes()), note);
    QCOMPARE(result.ok(), error.isEmpty());
}

void tst_AssemblyRules::optionalItems()
{
    const AssemblyResult result = evaluate(flyingPair());
    QCOMPARE(candidatesOf(result.optionalOfKind(s("protective_cap"))),
             QStringList{s("897-2005")});
    QCOMPARE(candidatesOf(result.optionalOfKind(s("marker_card"))),
             (QStringList{s("770-450"), s("770-450/000-001")}));
    QCOMPARE(candidatesOf(result.optionalOfKind(s("operating_tool"))),
             QStringList{s("210-719")});
    for (const AssemblyItem &item : result.optionalItems) {
        QVERIFY(!item.quantity);
        QCOMPARE(item.quantityText, s("quantity not stated by the catalog"));
        QCOMPARE(item.ruleSources, QStringList{s("D1")});
        QVERIFY(!item.reason.isEmpty());
    }
    for (const AssemblyItem &item : result.requiredItems) {
        QVERIFY(item.kind != s("protective_cap") && item.kind != s("marker_card")
                && item.kind != s("operating_tool"));
    }
}

void tst_AssemblyRules::accessoryPool()
{
    // A housing of the same family counts although no datasheet lists it; one
    // of unknown family that nothing lists does not.
    PartRecord sameFamily = housing("T-HOUSING-MIDI", 5.0, 9.0, "black");
    set(sameFamily, "family", s("WINSTA MIDI"));
    PartRecord otherFamily = housing("T-HOUSING-MINI", 5.0, 9.0, "black");
    set(otherFamily, "family", s("WINSTA MINI"));
    const PartRecord unlisted = housing("T-HOUSING-UNLISTED", 5.0, 9.0, "black");
    PartRecord plug = midi("T-P4Q-LISTS", "plug", 4, "Q");
    relate(plug, "770-1324", "counterpart");
    const InMemoryPartCatalog small(
        {socket1324(), plug, sameFamily, otherFamily, unlisted,
         housing("770-504/023-000", 5.0, 9.0, "black")});
    Assembly assembly;
    assembly.socket = side(s("770-1324"));
    assembly.plug = side(s("T-P4Q-LISTS"));
    assembly.socket.cable.outerDiameterMm = 7.0;
    assembly.socket.cable.count = 2;
    const AssemblyResult result = AssemblyEvaluator(small).evaluate(assembly);
    const QList<AssemblyItem> housings = result.requiredOfKind(s("strain_relief_housing"));
    QVERIFY(!housings.isEmpty());
    QCOMPARE(sorted(housings.first().candidates),
             (QStringList{s("770-504/023-000"), s("T-HOUSING-MIDI")}));
    // No lever in this catalog: both sides are flying, so that is an error.
    CHECK_CONTAINS(texts(result.errors()),
                   s("770-1324 and T-P4Q-LISTS are both flying leads and need locking levers, "
                     "but the catalog holds none that fits."));
}

void tst_AssemblyRules::quantitiesFromRules_data()
{
    QTest::addColumn<QList<AccessoryRule>>("rules");
    QTest::addColumn<Assembly>("assembly");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("quantity"); // < 0: not stated
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("warning");

    // Sources named "T-..." are made up for the tests.
    const QString notStated = s("quantity not stated by the catalog");
    const QString housing = s("strain_relief_housing");
    const QString lever = s("locking_lever");
    const QString cap = s("lockout_cap");
    const auto housingRule = [](std::optional<double> quantity, const char *per,
                                const char *source) {
        return rule("strain_relief_housing", "flying_side", quantity, per, "", source);
    };
    Assembly housed = spare();
    housed.socket.cable.outerDiameterMm = 7.0;
    housed.socket.cable.count = 2;

    QTest::newRow("housing: no rule") << QList<AccessoryRule>() << housed << housing << -1
        << notStated << QString();
    QTest::newRow("housing: rule without quantity")
        << QList<AccessoryRule>{housingRule(std::nullopt, "", "D1")} << housed << housing
        << -1 << notStated << QString();
    QTest::newRow("housing: T1, 1 per side")
        << QList<AccessoryRule>{housingRule(1.0, "side", "T1")} << housed << housing << 1
        << s("1 per flying side (source T1)") << QString();
    QTest::newRow("housing: 2 per side")
        << QList<AccessoryRule>{housingRule(2.0, "side", "T-2")} << housed << housing << 2
        << s("2 per flying side (source T-2)") << QString();
    QTest::newRow("housing: sources agree")
        << QList<AccessoryRule>{housingRule(1.0, "side", "T1"),
                                     housingRule(1.0, "side", "T-3")}
        << housed << housing << 1 << s("1 per flying side (sources T1, T-3)") << QString();
    QTest::newRow("housing: sources disagree")
        << QList<AccessoryRule>{housingRule(1.0, "side", "T1"),
                                     housingRule(2.0, "side", "T-2")}
        << housed << housing << -1 << notStated
        << s("Data inconsistency: the catalog's rules state different quantities of strain "
             "relief housing: 1 per side (T1), 2 per side (T-2). The quantity is left unknown.");
    QTest::newRow("housing: rule of another situation")
        << QList<AccessoryRule>{rule("strain_relief_housing", "snap_in_side", 1.0, "side",
                                          "", "T-4")}
        << housed << housing << -1 << notStated << QString();
    QTest::newRow("levers: 2 per connection")
        << QList<AccessoryRule>{rule("locking_lever", "flying_connection", 2.0, "assembly",
                                          "required", "T-5")}
        << flyingPair() << lever << 2 << s("2 per connection (source T-5)") << QString();
    QTest::newRow("levers: 1 per side, two sides")
        << QList<AccessoryRule>{rule("locking_lever", "flying_connection", 1.0, "side",
                                          "required", "T-6")}
        << flyingPair() << lever << 2 << s("2 (1 per side, source T-6)") << QString();
    QTest::newRow("lockout cap: no rule") << QList<AccessoryRule>() << spare() << cap << -1
        << notStated << QString();
    QTest::newRow("lockout cap: D1, a pole per pole")
        << QList<AccessoryRule>{rule("lockout_cap", "unmated_socket", 1.0, "pole",
                                          "required", "D1")}
        << spare() << cap << -1 << s("4 of the 12 poles of one separable item (source D1)")
        << QString();
    QTest::newRow("lockout cap: 3 poles per pole fill one cap")
        << QList<AccessoryRule>{rule("lockout_cap", "unmated_socket", 3.0, "pole",
                                          "required", "T-7")}
        << spare() << cap << 1 << s("1 (source T-7)") << QString();
    QTest::newRow("marker cards: 1 per connection")
        << QList<AccessoryRule>{rule("marker_card", "assembly", 1.0, "assembly", "optional",
                                          "T-8")}
        << flyingPair() << s("marker_card") << 1 << s("1 per connection (source T-8)")
        << QString();
}

void tst_AssemblyRules::quantitiesFromRules()
{
    QFETCH(QList<AccessoryRule>, rules);
    QFETCH(Assembly, assembly);
    QFETCH(QString, kind);
    QFETCH(int, quantity);
    QFETCH(QString, text);
    QFETCH(QString, warning);

    InMemoryPartCatalog withRules = catalog();
    withRules.setAssemblyRules(rules);
    const AssemblyResult result = AssemblyEvaluator(withRules).evaluate(assembly);
    const QList<AssemblyItem> items = result.requiredOfKind(kind) + result.optionalOfKind(kind);
    QCOMPARE(items.size(), 1);
    const AssemblyItem &item = items.first();
    QCOMPARE(item.quantity, quantity < 0 ? std::optional<int>() : std::optional<int>(quantity));
    QCOMPARE(item.quantityText, text);
    // A quantity names its sources; without one, none.
    QCOMPARE(item.quantitySources.isEmpty(), !text.contains(QLatin1String("source")));
    CHECK_CONTAINS(texts(result.warnings()), warning);
}

void tst_AssemblyRules::messagesAreValues_data()
{
    QTest::addColumn<Assembly>("assembly");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("details");
    QTest::addColumn<QString>("text"); // a part of the sentence

    QTest::newRow("coding differs: the connection") << flyingPair(s("T-P4A")) << s("NOT_MATED")
        << s("error") << s("connection") << QString()
        << QStringList{s("770-1324"), s("T-P4A"), s("CODING")} << s("do not mate");
    QTest::newRow("not a connector: its side") << flyingPair(s("770-450")) << s("NOT_MATED")
        << s("error") << s("plug") << s("770-450")
        << QStringList{s("770-1324"), s("770-450"), s("NOT_A_CONNECTOR")}
        << s("770-450 (marker card) is not a plug or socket.");
    Assembly swapped;
    swapped.socket = side(s("770-1334"));
    swapped.plug = side(s("770-1324"));
    QTest::newRow("plug on the socket side") << swapped << s("WRONG_GENDER") << s("error")
        << s("socket") << s("770-1334") << QStringList() << s("the socket side needs a socket");
    Assembly solid6 = flyingPair();
    solid6.socket.cable.conductorClass = s("solid");
    solid6.socket.cable.crossSectionMm2 = 6.0;
    QTest::newRow("conductor out of range") << solid6 << s("CONDUCTOR_OUT_OF_RANGE")
        << s("error") << s("socket") << s("770-1324") << QStringList{s("solid"), s("6")}
        << s("A 6 mm² solid conductor is outside the range of 770-1324");
    Assembly thickPlugCable = flyingPair();
    thickPlugCable.plug.cable.outerDiameterMm = 14.0;
    QTest::newRow("no housing for the plug's cable") << thickPlugCable
        << s("NO_HOUSING_FOR_CABLE_DIAMETER") << s("error") << s("plug") << s("770-1334")
        << QStringList{s("strain_relief_housing"), s("14")}
        << s("No strain relief housing for 770-1334 takes a cable of 14 mm");
    Assembly red = flyingPair();
    red.colours.insert(s("locking_lever"), s("red"));
    QTest::newRow("colour choice: the assembly's") << red << s("CHOICE_NOT_AVAILABLE")
        << s("error") << s("connection") << QString()
        << QStringList{s("locking_lever"), s("colour"), s("red"), s("black"), s("white")}
        << s("No fitting locking lever has the colour red");
    QTest::newRow("mounting not given") << spare(s("770-1324"), QString())
        << s("MOUNTING_NOT_GIVEN") << s("warning") << s("socket") << s("770-1324")
        << QStringList() << s("The mounting of 770-1324 is not given");
    QTest::newRow("socket not in the catalog") << spare(s("770-9999")) << s("NOT_IN_CATALOG")
        << s("error") << s("socket") << s("770-9999") << QStringList()
        << s("770-9999 is not in the catalog.");
    QTest::newRow("conditional rating") << spare(s("890-743"), QString())
        << s("LOWER_CONDITIONAL_RATING") << s("note") << s("socket") << s("890-743")
        << QStringList{s("IEC"), s("current_a")} << s("Lower rating of 890-743");
    QTest::newRow("approvals of the assembly") << flyingPair() << s("APPROVALS_NOT_STATED")
        << s("warning") << s("connection") << QString() << QStringList{s("770-1334")}
        << s("The catalog states no approvals for 770-1334");
}

void tst_AssemblyRules::messagesAreValues()
{
    QFETCH(Assembly, assembly);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QString, side);
    QFETCH(QString, item);
    QFETCH(QStringList, details);
    QFETCH(QString, text);

    const AssemblyResult result = evaluate(assembly);
    const RuleMessage *found = nullptr;
    QStringList codes;
    for (const RuleMessage &message : result.messages) {
        codes.append(message.codeName());
        if (message.codeName() == code && message.item == item)
            found = &message;
    }
    QVERIFY2(found, qPrintable(codes.join(QLatin1Char(' '))));
    QCOMPARE(RuleMessage::severityName(found->severity), severity);
    QCOMPARE(RuleMessage::sideName(found->side), side);
    QCOMPARE(found->item, item);
    QCOMPARE(found->details, details);
    QVERIFY2(found->text.contains(text), qPrintable(found->text));
    // The list of its severity holds it.
    bool listed = false;
    for (const RuleMessage &message : result.ofSeverity(found->severity))
        listed = listed || message.key() == found->key();
    QVERIFY(listed);
    QCOMPARE(result.ok(), result.errors().isEmpty());
}

void tst_AssemblyRules::codeNamesAreStable()
{
    using Code = RuleMessage::Code;
    QSet<QString> names;
    const QRegularExpression form(s("^[A-Z]+(_[A-Z]+)*$"));
    for (int i = 0; i <= static_cast<int>(Code::ApprovalsNotStated); ++i) {
        const QString name = RuleMessage::codeName(static_cast<Code>(i));
        QVERIFY2(form.match(name).hasMatch(), qPrintable(QString::number(i) + s(": ") + name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(RuleMessage::codeName(Code::NotMated), s("NOT_MATED"));
    QCOMPARE(RuleMessage::codeName(Code::ConductorOutOfRange), s("CONDUCTOR_OUT_OF_RANGE"));
    // The key leaves the sentence out: the same finding in another language
    // has the same key.
    RuleMessage english = RuleMessage::error(Code::NotInCatalog, RuleMessage::Side::Plug,
                                             s("770-9999"), s("770-9999 is not in the catalog."));
    RuleMessage german = english;
    german.text = s("770-9999 ist nicht im Katalog.");
    QCOMPARE(english.key(), german.key());
    QVERIFY(english.sameFinding(german));
    RuleMessage socketSide = english;
    socketSide.side = RuleMessage::Side::Socket;
    QVERIFY(english.key() != socketSide.key());
    QVERIFY(!english.sameFinding(socketSide));
}

QTEST_GUILESS_MAIN(tst_AssemblyRules)
#include "tst_AssemblyRules.moc"
