#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/catalog/InMemoryPartCatalog.h"
#include "models/project/Project.h"
#include "RulesFixtures.h"

#include <QtTest>

using namespace cc;
using namespace fixtures;

namespace {

// Commercial data: made-up values for the test, not catalog data.
PartRecord commercial(PartRecord p, int packagingUnit, std::optional<double> weight,
                      std::optional<double> fireLoad)
{
    set(p, "packaging_unit", packagingUnit);
    if (weight)
        set(p, "weight_g", *weight);
    if (fireLoad)
        set(p, "fire_load_mj", *fireLoad);
    set(p, "gtin", s("4000000000001"));
    set(p, "customs_tariff", s("85366990990"));
    set(p, "country_of_origin", s("DE"));
    return p;
}

InMemoryPartCatalog catalog(bool allWeights, bool withTradeRules = false)
{
    InMemoryPartCatalog c;
    c.setAssemblyRules(bundledAssemblyRules() + (withTradeRules ? tradeRules() : QList<AccessoryRule>()));
    for (const PartRecord &p : accessories1324())
        c.add(commercial(p, 100, 2.0, 0.05));
    c.add(commercial(socket1324(), 50, 12.6, 0.221));
    c.add(commercial(plug1334(), 25, allWeights ? std::optional<double>(10.0) : std::nullopt, 0.2));
    c.add(commercial(midi("T-P4A", "plug", 4, "A"), 10, 10.0, 0.2));
    return c;
}

Assembly::Side side(const char *item, const char *mounting, double od, int cables)
{
    Assembly::Side result;
    result.itemNumber = s(item);
    result.mounting = s(mounting);
    result.cable.outerDiameterMm = od;
    result.cable.count = cables;
    result.cable.conductorClass = s("fine_stranded");
    result.cable.crossSectionMm2 = 1.5;
    return result;
}

// X1 (3x): 770-1324 + 770-1334, both flying with two 7 mm cables, black
// housings (770-504/023-000, one per side), manual white levers (770-121,
// quantity not stated: the user gives 2), 2 marker cards each.
// -XD3 (2x) and -XD4 (1x): spare 770-1324 sockets with two 10 mm cables,
// black housing 770-504 and a black separable 12-pole lockout cap 770-201
// (4 of its 12 poles each).
Project handProject()
{
    Project project;
    project.name = s("Hall 3");
    ProjectAssembly x1;
    x1.designation = s("X1");
    x1.quantity = 3;
    x1.assembly.socket = side("770-1324", "flying", 7, 2);
    x1.assembly.plug = side("770-1334", "flying", 7, 2);
    x1.assembly.leverOperation = s("manual");
    x1.assembly.colours = {{s("locking_lever"), s("white")}, {s("strain_relief_housing"), s("black")}};
    x1.chosenItems = {{s("770-121"), 2, s("locking_lever"), QString(), {}}};
    x1.optionalItems = {{s("770-450"), 2, QString(), QString(), {}}};
    ProjectAssembly xd3;
    xd3.designation = s("-XD3");
    xd3.quantity = 2;
    xd3.assembly.socket = side("770-1324", "flying", 10, 2);
    xd3.assembly.colours = {{s("strain_relief_housing"), s("black")}, {s("lockout_cap"), s("black")}};
    ProjectAssembly xd4 = xd3;
    xd4.designation = s("-XD4");
    xd4.quantity = 1;
    project.assemblies = {x1, xd3, xd4};
    return project;
}

const BomLine *lineOf(const BillOfMaterials &bom, const char *item)
{
    for (const BomLine &line : bom.lines) {
        if (line.itemNumber == s(item))
            return &line;
    }
    return nullptr;
}

// handProject() without any choice: no colours, no lever operation, no
// picks; the project's defaults decide (black before white, manual levers).
Project projectWithoutChoices()
{
    Project project = handProject();
    for (ProjectAssembly &entry : project.assemblies) {
        entry.assembly.colours.clear();
        entry.assembly.leverOperation.clear();
        entry.chosenItems.clear();
    }
    project.defaults = {{s("black"), s("white")}, s("manual")};
    return project;
}

QStringList basisOf(const BomLine *line)
{
    QStringList texts;
    if (line) {
        for (const ItemBasis &basis : line->basis)
            texts << basis.display();
    }
    return texts;
}

bool hasWarning(const BillOfMaterials &bom, const QString &text)
{
    for (const QString &warning : bom.warnings) {
        if (warning.contains(text))
            return true;
    }
    return false;
}

// How many warnings contain `text`.
int warningCount(const BillOfMaterials &bom, const QString &text)
{
    int count = 0;
    for (const QString &warning : bom.warnings)
        count += warning.contains(text) ? 1 : 0;
    return count;
}

} // namespace

class tst_BillOfMaterials : public QObject
{
    Q_OBJECT

private slots:
    void quantitiesAndRounding();
    void totals();
    void lineData();
    void unknownValues();
    void quantityNotStatedIsAWarning();
    void choiceLeftOpenIsAWarning();
    void assemblyWithErrors();
    void partNotInCatalog();
    void emptyProject();
    void findingListedOnce();
    void defaultsDecideOpenChoices();
    void userChoiceAndQuantityWin();
    void warningRemainsWhereNothingDecides();
};

void tst_BillOfMaterials::quantitiesAndRounding()
{
    const BillOfMaterials bom = BillOfMaterials::build(handProject(), catalog(true));
    QStringList items;
    for (const BomLine &line : bom.lines)
        items.append(line.itemNumber);
    QCOMPARE(items, QStringList({s("770-121"), s("770-1324"), s("770-1334"), s("770-201"),
                                 s("770-450"), s("770-504"), s("770-504/023-000")}));
    struct Expected
    {
        const char *item;
        int quantity;
        int order;
        int surplus;
        QStringList usedIn;
    };
    const QList<Expected> expected{
        {"770-121", 6, 100, 94, {s("X1")}},                 // 2 levers x 3
        {"770-1324", 6, 50, 44, {s("X1"), s("-XD3"), s("-XD4")}}, // 3 + 2 + 1
        {"770-1334", 3, 25, 22, {s("X1")}},
        {"770-201", 1, 100, 99, {s("-XD3"), s("-XD4")}},     // 3 x 4 poles = 12 poles: one cap
        {"770-450", 6, 100, 94, {s("X1")}},                 // 2 x 3
        {"770-504", 3, 100, 97, {s("-XD3"), s("-XD4")}},     // 1 per spare socket
        {"770-504/023-000", 6, 100, 94, {s("X1")}},         // socket and plug side x 3
    };
    for (const Expected &e : expected) {
        const BomLine *line = lineOf(bom, e.item);
        QVERIFY2(line, e.item);
        QCOMPARE(line->quantity, e.quantity);
        QCOMPARE(line->orderQuantity, e.order);
        QCOMPARE(line->surplus(), e.surplus);
        QCOMPARE(line->usedIn, e.usedIn);
    }
    QCOMPARE(bom.lines.first().position, 1);
    QCOMPARE(bom.lines.last().position, 7);
}

void tst_BillOfMaterials::totals()
{
    const BillOfMaterials bom = BillOfMaterials::build(handProject(), catalog(true));
    QCOMPARE(bom.pieces(), 6 + 6 + 3 + 1 + 6 + 3 + 6);
    QCOMPARE(bom.orderPieces(), 100 + 50 + 25 + 100 + 100 + 100 + 100);
    // 6 x 12.6 + 3 x 10 + (6 + 1 + 6 + 3 + 6) x 2 = 75.6 + 30 + 44
    QCOMPARE(*bom.weightG(), 149.6);
    // 6 x 0.221 + 3 x 0.2 + 22 x 0.05 = 1.326 + 0.6 + 1.1
    QCOMPARE(*bom.fireLoadMj(), 3.026);
    QCOMPARE(BomTable::weightTotal(bom), s("149.6"));
    QCOMPARE(BomTable::fireLoadTotal(bom), s("3.026"));
    const QStringList totals = BomTable::totalsRow(bom);
    QCOMPARE(totals.at(BomTable::Quantity), s("31"));
    QCOMPARE(totals.at(BomTable::OrderQuantity), s("575"));
    QCOMPARE(totals.at(BomTable::Surplus), s("544"));
}

void tst_BillOfMaterials::lineData()
{
    const BillOfMaterials bom = BillOfMaterials::build(handProject(), catalog(true));
    const BomLine *socket = lineOf(bom, "770-1324");
    QVERIFY(socket);
    QCOMPARE(socket->description, s("Socket; 4-pole; Cod. Q; 4,00 mm²; green"));
    QCOMPARE(socket->packagingUnit, std::optional<int>(50));
    QCOMPARE(BillOfMaterials::ratingText(socket->iecRating), s("400 V / 32 A"));
    QCOMPARE(BillOfMaterials::ratingText(socket->ulRating), s("600 V / 23 A"));
    QCOMPARE(socket->approvals.size(), 8);
    const QString approvals = BillOfMaterials::approvalsText(socket->approvals);
    for (const char *text : {"CCA EN 61535: 71- 123228", "cURus UL 1977: E45171",
                             "cURus UL 1059: E 45172", "Declaration of conformity (WAGO GmbH & Co. KG)",
                             "ABS: 19- HG1868589- PDA", "LR IEC 61984: LR22429487TA"})
        QVERIFY2(approvals.contains(s(text)), text);
    QCOMPARE(*socket->weightG(), 75.6);
    QCOMPARE(BillOfMaterials::number(*socket->fireLoadMj()), s("1.326"));
    const QStringList row = BomTable::row(*socket);
    QCOMPARE(row.size(), static_cast<qsizetype>(BomTable::ColumnCount));
    QCOMPARE(row.at(BomTable::ItemNumber), s("770-1324"));
    QCOMPARE(row.at(BomTable::Gtin), s("4000000000001"));
    QCOMPARE(row.at(BomTable::CustomsTariff), s("85366990990"));
    QCOMPARE(row.at(BomTable::CountryOfOrigin), s("DE"));
    QCOMPARE(row.at(BomTable::WeightG), s("75.6"));
    QCOMPARE(row.at(BomTable::UsedIn), s("X1, -XD3, -XD4"));
}

void tst_BillOfMaterials::unknownValues()
{
    const BillOfMaterials bom = BillOfMaterials::build(handProject(), catalog(false));
    const BomLine *plug = lineOf(bom, "770-1334");
    QVERIFY(plug);
    QVERIFY(!plug->weightG());
    const QStringList row = BomTable::row(*plug);
    QCOMPARE(row.at(BomTable::WeightG), s("not known"));
    QCOMPARE(row.at(BomTable::IecRating), s("not known"));
    QCOMPARE(row.at(BomTable::Approvals), s("not known"));
    // For files that programs read: the same cells empty, the others alike.
    const QStringList empty = BomTable::row(*plug, BomTable::Unknown::Empty);
    QCOMPARE(empty.size(), row.size());
    for (int column = 0; column < BomTable::ColumnCount; ++column) {
        QCOMPARE(BomTable::isKnown(*plug, column), row.at(column) != s("not known"));
        QCOMPARE(empty.at(column), BomTable::isKnown(*plug, column) ? row.at(column) : QString());
    }
    QVERIFY(!BomTable::isKnown(*plug, BomTable::WeightG));
    QVERIFY(BomTable::isKnown(*plug, BomTable::ItemNumber));
    QVERIFY(!bom.weightG());
    QCOMPARE(bom.knownWeightG(), 119.6);
    QCOMPARE(BomTable::weightTotal(bom), s("not known (119.6 known)"));
    QCOMPARE(BomTable::totalsRow(bom).at(BomTable::WeightG), s("not known (119.6 known)"));
    QCOMPARE(BomTable::totalsRow(bom, BomTable::Unknown::Empty).at(BomTable::WeightG), QString());
    QCOMPARE(BomTable::totalsRow(bom, BomTable::Unknown::Empty).at(BomTable::FireLoadMj),
             BomTable::totalsRow(bom).at(BomTable::FireLoadMj));
    QVERIFY(hasWarning(bom, s("Total weight not known: the catalog states no weight for 770-1334.")));
    QVERIFY(bom.fireLoadMj()); // every fire load is known
}

void tst_BillOfMaterials::quantityNotStatedIsAWarning()
{
    Project project = handProject();
    project.assemblies[0].chosenItems.clear(); // no lever quantity given
    const BillOfMaterials bom = BillOfMaterials::build(project, catalog(true));
    QVERIFY(!lineOf(bom, "770-121"));
    QVERIFY2(hasWarning(bom, s("Quantity of locking lever (770-121) for X1 not stated by the "
                               "catalog: choose it yourself.")),
             qPrintable(bom.warnings.join(QLatin1Char('\n'))));
    // Without defaults, an optional item without a quantity is not counted
    // either.
    project.assemblies[0].optionalItems = {{s("210-719"), std::nullopt, QString(), QString(), {}}};
    const BillOfMaterials strict =
        BillOfMaterials::build(project, catalog(true), BillOfMaterials::Defaults::None);
    QVERIFY(!lineOf(strict, "210-719"));
    QVERIFY(hasWarning(strict, s("X1: no quantity is given for 210-719")));
    // With them, one per assembly, marked as the default it is.
    const BillOfMaterials second = BillOfMaterials::build(project, catalog(true));
    const BomLine *tool = lineOf(second, "210-719");
    QVERIFY(tool);
    QCOMPARE(tool->quantity, project.assemblies[0].quantity);
    QCOMPARE(tool->basisText(), s("quantity 1 (default)"));
    QVERIFY(!hasWarning(second, s("X1: no quantity is given for 210-719")));
}

void tst_BillOfMaterials::defaultsDecideOpenChoices()
{
    const Project project = projectWithoutChoices();
    const BillOfMaterials bom = BillOfMaterials::build(project, catalog(true, true));
    // The lever: the trade rule's one per connection, manual and black by
    // default.
    const BomLine *lever = lineOf(bom, "770-101");
    QVERIFY2(lever, qPrintable(bom.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(lever->quantity, 3);
    QCOMPARE(basisOf(lever), (QStringList{s("rule R1"), s("operation: manual (default)"),
                                          s("colour: black (default)")}));
    QVERIFY(bom.ruleNotes().contains(s("R1: One locking lever per mated connection with a flying lead.")));
    // Housings by cable diameter, black by default; the caps black too.
    QCOMPARE(lineOf(bom, "770-504/023-000")->quantity, 6);
    QCOMPARE(lineOf(bom, "770-504")->quantity, 3);
    QVERIFY(basisOf(lineOf(bom, "770-504")).contains(s("colour: black (default)")));
    QVERIFY(lineOf(bom, "770-201"));
    QVERIFY2(!hasWarning(bom, s("choose one of")), qPrintable(bom.warnings.join(QLatin1Char('\n'))));
    QVERIFY(!hasWarning(bom, s("not stated by the catalog")));

    // Without defaults every open choice stays a warning, and nothing is
    // listed for it.
    const BillOfMaterials strict =
        BillOfMaterials::build(project, catalog(true, true), BillOfMaterials::Defaults::None);
    QVERIFY(!lineOf(strict, "770-101"));
    QVERIFY(hasWarning(strict, s("X1 needs a locking lever (connection): choose one of")));
    QVERIFY(hasWarning(strict, s("-XD3 needs a lockout cap (socket): choose one of")));
}

void tst_BillOfMaterials::userChoiceAndQuantityWin()
{
    Project project = projectWithoutChoices();
    // The user's colour over the default ...
    project.assemblies[0].assembly.colours.insert(s("locking_lever"), s("white"));
    // ... and the user's quantity over the rule's.
    project.assemblies[0].chosenItems = {{s("770-121"), 2, s("locking_lever"), QString(), {}}};
    const BillOfMaterials bom = BillOfMaterials::build(project, catalog(true, true));
    QVERIFY(!lineOf(bom, "770-101"));
    const BomLine *lever = lineOf(bom, "770-121");
    QVERIFY(lever);
    QCOMPARE(lever->quantity, 6); // 2 per assembly x 3
    const QStringList basis = basisOf(lever);
    QVERIFY2(basis.contains(s("quantity 2 (your choice)")), qPrintable(basis.join(u'|')));
    QVERIFY2(!basis.contains(s("colour: black (default)")), qPrintable(basis.join(u'|')));
    QVERIFY2(!basis.contains(s("colour: white (default)")), qPrintable(basis.join(u'|')));
    // A project with other defaults decides otherwise.
    Project white = projectWithoutChoices();
    white.defaults.colourOrder = {s("white"), s("black")};
    const BillOfMaterials whiteBom = BillOfMaterials::build(white, catalog(true, true));
    QVERIFY(lineOf(whiteBom, "770-121"));
    QVERIFY(basisOf(lineOf(whiteBom, "770-121")).contains(s("colour: white (default)")));
}

void tst_BillOfMaterials::warningRemainsWhereNothingDecides()
{
    // No default chooses between housings for different cables: without
    // the diameter the housing stays open, with a warning that says so.
    Project project = projectWithoutChoices();
    project.assemblies[0].assembly.socket.cable.outerDiameterMm.reset();
    const BillOfMaterials bom = BillOfMaterials::build(project, catalog(true, true));
    QVERIFY2(hasWarning(bom, s("X1 needs a strain relief housing (socket): choose one of "
                               "770-504, 770-504/023-000")),
             qPrintable(bom.warnings.join(QLatin1Char('\n'))));
    QVERIFY(hasWarning(bom, s("The cable outer diameter at 770-1324 is not given")));
    // A colour nobody prefers decides nothing either.
    Project grey = projectWithoutChoices();
    grey.defaults.colourOrder = {s("grey")};
    const BillOfMaterials greyBom = BillOfMaterials::build(grey, catalog(true, true));
    QVERIFY(hasWarning(greyBom, s("X1 needs a locking lever (connection): choose one of 770-101, 770-121")));
}

void tst_BillOfMaterials::choiceLeftOpenIsAWarning()
{
    Project project = handProject();
    project.assemblies[1].assembly.colours.remove(s("lockout_cap"));
    project.assemblies[2].assembly.colours.remove(s("lockout_cap"));
    const BillOfMaterials bom = BillOfMaterials::build(project, catalog(true));
    QVERIFY(!lineOf(bom, "770-201"));
    QVERIFY(!lineOf(bom, "770-221"));
    QVERIFY(hasWarning(bom, s("-XD3 needs a lockout cap (socket): choose one of 770-201, 770-221.")));
    // An explicit pick settles it.
    project.assemblies[1].chosenItems = {{s("770-221"), std::nullopt, s("lockout_cap"), QString(), {}}};
    const BillOfMaterials picked = BillOfMaterials::build(project, catalog(true));
    const BomLine *cap = lineOf(picked, "770-221");
    QVERIFY(cap);
    QCOMPARE(cap->quantity, 1); // 2 x 4 of 12 poles
}

void tst_BillOfMaterials::assemblyWithErrors()
{
    Project project = handProject();
    ProjectAssembly wrong;
    wrong.designation = s("X9");
    wrong.assembly.socket = side("770-1324", "flying", 7, 2);
    wrong.assembly.plug = side("T-P4A", "flying", 7, 2); // coding A does not mate with Q
    project.assemblies.append(wrong);
    const BillOfMaterials bom = BillOfMaterials::build(project, catalog(true));
    QVERIFY2(hasWarning(bom, s("X9 cannot be built as given: 770-1324 and T-P4A do not mate")),
             qPrintable(bom.warnings.join(QLatin1Char('\n'))));
    const BomLine *plug = lineOf(bom, "T-P4A");
    QVERIFY(plug);
    QCOMPARE(plug->quantity, 1); // listed, not hidden
}

void tst_BillOfMaterials::partNotInCatalog()
{
    Project project = handProject();
    project.assemblies[0].optionalItems = {{s("999-999"), 1, QString(), QString(), {}}};
    const BillOfMaterials bom = BillOfMaterials::build(project, catalog(true));
    const BomLine *line = lineOf(bom, "999-999");
    QVERIFY(line);
    QVERIFY(!line->inCatalog);
    QCOMPARE(line->quantity, 3);
    QCOMPARE(BomTable::row(*line).at(BomTable::Description), s("not in the catalog"));
    QVERIFY(hasWarning(bom, s("X1: 999-999 is not in the catalog.")));
}

void tst_BillOfMaterials::emptyProject()
{
    const BillOfMaterials bom = BillOfMaterials::build(Project(), catalog(true));
    QVERIFY(bom.lines.isEmpty());
    QCOMPARE(bom.pieces(), 0);
    QVERIFY(hasWarning(bom, s("The project has no assemblies.")));
}

void tst_BillOfMaterials::findingListedOnce()
{
    // Two assemblies share a designation: the finding they share is listed
    // once, findings that differ in a value are both listed.
    Project project;
    ProjectAssembly wrong;
    wrong.designation = s("X9");
    wrong.quantity = 1;
    wrong.assembly.socket = side("770-1324", "flying", 7, 2);
    wrong.assembly.plug = side("T-P4A", "flying", 7, 2); // coding A does not mate with Q
    wrong.assembly.socket.cable.conductorClass = s("solid");
    wrong.assembly.socket.cable.crossSectionMm2 = 6.0;
    wrong.assembly.colours = {{s("strain_relief_housing"), s("black")}};
    ProjectAssembly thicker = wrong;
    thicker.assembly.socket.cable.crossSectionMm2 = 10.0;
    project.assemblies = {wrong, wrong, thicker};
    // The rules disagree on the housings' quantity: both flying sides meet
    // the same disagreement, listed once.
    InMemoryPartCatalog disagreeing = catalog(true);
    disagreeing.setAssemblyRules(
        {assemblyRule("strain_relief_housing", "flying_side", 1.0, "side", "required", "T1"),
         assemblyRule("strain_relief_housing", "flying_side", 2.0, "side", "required", "T-2")});
    const BillOfMaterials bom = BillOfMaterials::build(project, disagreeing);
    const QString all = bom.warnings.join(QLatin1Char('\n'));
    QCOMPARE(warningCount(bom, s("The designation X9 is used by more than one assembly.")), 1);
    QCOMPARE(warningCount(bom, s("X9 cannot be built as given: 770-1324 and T-P4A do not mate")),
             1);
    QVERIFY2(warningCount(bom, s("X9 cannot be built as given: A 6 mm² solid conductor")) == 1,
             qPrintable(all));
    QVERIFY2(warningCount(bom, s("X9 cannot be built as given: A 10 mm² solid conductor")) == 1,
             qPrintable(all));
    QVERIFY2(warningCount(bom, s("X9: Data inconsistency: the catalog's rules state different "
                                 "quantities of strain relief housing")) == 1,
             qPrintable(all));
    // Both sides take 770-504/023-000, whose quantity is then not known.
    QCOMPARE(warningCount(bom, s("Quantity of strain relief housing (770-504/023-000) for X9 not "
                                 "stated")),
             1);
}

QTEST_GUILESS_MAIN(tst_BillOfMaterials)
#include "tst_BillOfMaterials.moc"
