// The configurator's model answers the questions the view used to decide
// itself: may this part start an assembly, may this plug be set (and why
// not), which plug to mate by default, where an error belongs, which
// connectors are offered; and it follows its catalog session. Its parts
// table: the lines counted as the bill of materials counts them, the
// user's quantities and picks as undo steps, the defaults of the project,
// and what is left open with the control that resolves it.
#include "TestCatalog.h"
#include "db/Database.h"
#include "models/bom/BillOfMaterials.h"
#include "models/catalog/CatalogSession.h"
#include "models/configurator/AccessoryLines.h"
#include "models/configurator/AssemblyEditor.h"
#include "models/configurator/AssemblyWarnings.h"
#include "models/configurator/cmd/CmdPickItem.h"
#include "models/configurator/cmd/CmdSetChoice.h"
#include "models/configurator/cmd/CmdSetItemQuantity.h"
#include "models/configurator/cmd/CmdSetOptionalItem.h"
#include "models/part/PartRecord.h"
#include "models/project/ProjectModel.h"
#include "models/project/cmd/CmdEditProjectProperties.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Black before white, manual levers: the program's own defaults.
AssemblyDefaults builtIn()
{
    return { { s("black"), s("white") }, s("manual") };
}

// 770-1324 with 770-1334, both flying leads with one cable each: 7 mm on
// the socket side, 11 mm on the plug side.
Assembly flyingPair()
{
    Assembly assembly;
    assembly.socket.itemNumber = s("770-1324");
    assembly.socket.mounting = s("flying");
    assembly.socket.cable.outerDiameterMm = 7.0;
    assembly.socket.cable.count = 1;
    assembly.plug.itemNumber = s("770-1334");
    assembly.plug.mounting = s("flying");
    assembly.plug.cable.outerDiameterMm = 11.0;
    assembly.plug.cable.count = 1;
    return assembly;
}

// The first line of `kind` (and `side`); fails the test when there is none.
const AccessoryLine &lineOf(const AssemblyEditor &editor, const char *kind,
                            const char *side = nullptr)
{
    for (const AccessoryLine &line : editor.lines()) {
        if (line.kind == s(kind) && (!side || line.side == s(side)))
            return line;
    }
    static const AccessoryLine none;
    [&] { QFAIL(qPrintable(s("no line of ") + s(kind))); }();
    return none;
}

int indexOf(const AssemblyEditor &editor, const AccessoryLine &line)
{
    return int(&line - editor.lines().constData());
}

QStringList basisTexts(const AccessoryLine &line)
{
    QStringList texts;
    for (const ItemBasis &basis : line.basis)
        texts << basis.display();
    return texts;
}

QStringList warningTexts(const AssemblyEditor &editor)
{
    QStringList texts;
    for (const AssemblyWarning &warning : editor.warnings())
        texts << warning.text;
    return texts;
}

const BomLine *bomLine(const BillOfMaterials &bom, const char *item)
{
    for (const BomLine &line : bom.lines) {
        if (line.itemNumber == s(item))
            return &line;
    }
    return nullptr;
}

} // namespace

class tst_AssemblyEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyASocketStartsAnAssembly();
    void plugsAreCheckedByTheMatingRules();
    void firstMateAndOtherPlugs();
    void errorsBelongToTheSideTheyName();
    void followsTheSession();
    void linesCountAsTheBillDoes();
    void withoutDefaultsTheChoiceStaysOpen();
    void quantityIsAnUndoStepAndReachesTheBill();
    void pickAmongFittingItems();
    void tickedOptionalAccessoryHasAQuantity();
    void defaultsAreTheProjects();
    void warningsLeadToTheirControl();
    void loadAndStoreKeepEverything();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogSession> m_session;
};

void tst_AssemblyEditor::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    m_session = std::make_unique<CatalogSession>(test::catalogIn(m_dir));
}

void tst_AssemblyEditor::onlyASocketStartsAnAssembly()
{
    const AssemblyEditor editor(m_session.get());
    SocketCheck check = editor.checkSocket(s("770-1324"));
    QVERIFY(check.fits());
    QCOMPARE(check.itemNumber, s("770-1324"));
    check = editor.checkSocket(s("770-1334")); // a plug
    QCOMPARE(check.outcome, SocketCheck::Outcome::NotASocket);
    QVERIFY(check.itemNumber.isEmpty());
    check = editor.checkSocket(s("770-450")); // an accessory
    QCOMPARE(check.outcome, SocketCheck::Outcome::NotASocket);
    QCOMPARE(editor.checkSocket(s("NO-SUCH-PART")).outcome, SocketCheck::Outcome::NotInCatalog);
    QCOMPARE(editor.checkSocket(QString()).outcome, SocketCheck::Outcome::NotInCatalog);

    QVERIFY(AssemblyEditor::canBeSocket(*editor.part(s("770-1324"))));
    QVERIFY(!AssemblyEditor::canBeSocket(*editor.part(s("770-1334"))));
    // The gender field decides; without it the kind does.
    PartRecord part;
    part.set(PartField::Kind, s("socket"));
    QVERIFY(AssemblyEditor::canBeSocket(part));
    part.set(PartField::Gender, s("male"));
    QVERIFY(!AssemblyEditor::canBeSocket(part));
    part = PartRecord();
    part.set(PartField::Kind, s("strain_relief_housing"));
    QVERIFY(!AssemblyEditor::canBeSocket(part));

    // Without a session nothing is a socket.
    const AssemblyEditor none(nullptr);
    QCOMPARE(none.checkSocket(s("770-1324")).outcome, SocketCheck::Outcome::NotInCatalog);
}

void tst_AssemblyEditor::plugsAreCheckedByTheMatingRules()
{
    AssemblyEditor editor(m_session.get());
    QCOMPARE(editor.checkPlug(s("770-1334")).outcome, PlugCheck::Outcome::NoSocket);
    Assembly assembly;
    assembly.socket.itemNumber = s("770-1324");
    editor.apply(assembly);

    PlugCheck check = editor.checkPlug(s("770-1334"));
    QVERIFY(check.canBeSet());
    QCOMPARE(check.itemNumber, s("770-1334"));
    QVERIFY(check.verdict && check.verdict->mates());

    check = editor.checkPlug(s("770-1112")); // other pole count and coding
    QCOMPARE(check.outcome, PlugCheck::Outcome::Refused);
    QVERIFY(!check.canBeSet());
    QVERIFY(check.verdict);
    QVERIFY(check.verdict->hasReason(MatingReason::Code::Poles));
    QVERIFY(!check.verdict->reasonMessages().isEmpty());

    check = editor.checkPlug(s("770-1324")); // the socket itself: same gender
    QCOMPARE(check.outcome, PlugCheck::Outcome::Refused);
    QVERIFY(check.verdict->hasReason(MatingReason::Code::Gender));

    QCOMPARE(editor.checkPlug(s("NO-SUCH-PART")).outcome, PlugCheck::Outcome::NotInCatalog);
    // Asking changes nothing.
    QCOMPARE(editor.assembly().plug.itemNumber, QString());
}

void tst_AssemblyEditor::firstMateAndOtherPlugs()
{
    AssemblyEditor editor(m_session.get());
    QCOMPARE(editor.firstMate(), QString());
    Assembly assembly;
    assembly.socket.itemNumber = s("770-1324");
    editor.apply(assembly);
    QCOMPARE(editor.firstMate(), s("770-1334"));
    QCOMPARE(editor.firstMate(), editor.mates().first().part.itemNumber());
    // Only plugs are offered: no socket, nothing that is no connector.
    QVERIFY(!editor.others().isEmpty());
    for (const MatingCandidate &candidate : editor.others()) {
        QVERIFY2(!AssemblyEditor::canBeSocket(candidate.part), qPrintable(candidate.part.itemNumber()));
        QVERIFY(!candidate.verdict.hasReason(MatingReason::Code::Gender));
        QVERIFY(!candidate.verdict.hasReason(MatingReason::Code::NotAConnector));
        QVERIFY(!candidate.verdict.mates());
    }
}

void tst_AssemblyEditor::errorsBelongToTheSideTheyName()
{
    AssemblyEditor editor(m_session.get());
    QVERIFY(editor.socketErrors().isEmpty());
    Assembly assembly;
    assembly.socket.itemNumber = s("770-1324");
    assembly.plug.itemNumber = s("770-1334");
    assembly.socket.mounting = s("flying");
    assembly.socket.cable.outerDiameterMm = 20.0; // too thick for the socket
    editor.apply(assembly);
    QVERIFY(!editor.socketErrors().isEmpty());
    QVERIFY2(editor.socketErrors().join(s(" ")).contains(s("20 mm")), qPrintable(editor.socketErrors().join(s(" "))));
    QVERIFY(editor.plugErrors().isEmpty());

    assembly.socket.cable.outerDiameterMm.reset();
    assembly.plug.mounting = s("flying");
    assembly.plug.cable.outerDiameterMm = 20.0;
    editor.apply(assembly);
    QVERIFY(editor.socketErrors().isEmpty());
    QVERIFY2(editor.plugErrors().join(s(" ")).contains(s("20 mm")), qPrintable(editor.plugErrors().join(s(" "))));

    // A mating error about both parts belongs to the connection, not a side.
    assembly = Assembly();
    assembly.socket.itemNumber = s("770-1324");
    assembly.plug.itemNumber = s("770-1112");
    editor.apply(assembly);
    bool namesBoth = false;
    for (const RuleMessage &error : editor.result().errors())
        namesBoth = namesBoth || (error.text.contains(s("770-1324")) && error.text.contains(s("770-1112")));
    QVERIFY(namesBoth);
    for (const QString &error : editor.socketErrors() + editor.plugErrors())
        QVERIFY2(!(error.contains(s("770-1324")) && error.contains(s("770-1112"))), qPrintable(error));
}

void tst_AssemblyEditor::followsTheSession()
{
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir, s("follow.sqlite")));
    AssemblyEditor editor(&session);
    QCOMPARE(editor.catalog(), session.catalog());
    Assembly assembly;
    assembly.socket.itemNumber = s("770-1324");
    assembly.plug.itemNumber = s("770-1334");
    editor.apply(assembly);
    QCOMPARE(editor.socket()->widthMm(), std::optional<double>(40.0));

    // Changed parts are read again; the assembly stays.
    session.database()->run(s("UPDATE part SET width_mm = 42 WHERE item_number = '770-1324'"), s("test edit"));
    QCOMPARE(editor.socket()->widthMm(), std::optional<double>(40.0)); // cached
    QSignalSpy catalogChanged(&editor, &AssemblyEditor::catalogChanged);
    QSignalSpy changed(&editor, &AssemblyEditor::changed);
    session.notifyPartsChanged({s("770-1324")});
    QCOMPARE(catalogChanged.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(editor.socket()->widthMm(), std::optional<double>(42.0));
    QCOMPARE(editor.assembly().plug.itemNumber, s("770-1334"));

    // Another catalog starts over.
    QTemporaryDir other;
    session.open(test::catalogIn(other, s("other.sqlite")));
    QCOMPARE(editor.catalog(), session.catalog());
    QVERIFY(editor.assembly().socket.itemNumber.isEmpty());
    QVERIFY(editor.checkSocket(s("770-1324")).fits());
    session.close();
    QCOMPARE(editor.catalog(), nullptr);
    QCOMPARE(editor.checkSocket(s("770-1324")).outcome, SocketCheck::Outcome::NotInCatalog);
}

void tst_AssemblyEditor::linesCountAsTheBillDoes()
{
    AssemblyEditor editor(m_session.get());
    editor.setDefaults(builtIn());
    editor.apply(flyingPair());

    // The lever: one per connection by the trade rule R1, black and manual
    // by default.
    const AccessoryLine &lever = lineOf(editor, "locking_lever");
    QVERIFY(lever.isRequired());
    QCOMPARE(lever.side, s("connection"));
    QCOMPARE(lever.itemNumber, s("770-101"));
    QVERIFY(!lever.picked);
    QCOMPARE(lever.quantity, std::optional<int>(1));
    QCOMPARE(lever.quantityFrom, AccessoryLine::QuantityFrom::Rule);
    QCOMPARE(lever.quantitySources, QStringList { s("R1") });
    QVERIFY(lever.quantityEditable());
    QCOMPARE(basisTexts(lever),
             (QStringList { s("rule R1"), s("operation: manual (default)"),
                            s("colour: black (default)") }));
    // The housings by cable diameter, black by default.
    QCOMPARE(lineOf(editor, "strain_relief_housing", "socket").itemNumber, s("770-504/023-000"));
    QCOMPARE(lineOf(editor, "strain_relief_housing", "plug").itemNumber, s("770-504"));
    QCOMPARE(lineOf(editor, "strain_relief_housing", "plug").quantity, std::optional<int>(1));
    // Optional accessories are offered, not ticked, with the quantity
    // ticking gives them: one per assembly, as a default.
    const AccessoryLine &cap = lineOf(editor, "protective_cap");
    QVERIFY(!cap.isRequired());
    QVERIFY(!cap.included);
    QVERIFY(!cap.quantityEditable());
    QCOMPARE(cap.itemNumber, s("897-2005"));
    QCOMPARE(cap.ruleQuantity, std::optional<int>(1));
    QCOMPARE(cap.quantityFrom, AccessoryLine::QuantityFrom::Default);
    // Every choice is decided: nothing to choose, no quantity to enter.
    for (const AssemblyWarning &warning : editor.warnings()) {
        QVERIFY2(warning.target.kind != WarningTarget::Kind::LineItem
                     && warning.target.kind != WarningTarget::Kind::LineQuantity,
                 qPrintable(warning.text));
    }

    // The bill of materials lists the same items and quantities.
    Project project;
    project.defaults = builtIn();
    ProjectAssembly entry;
    entry.designation = s("X1");
    editor.storeIn(entry);
    project.assemblies << entry;
    const BillOfMaterials bom = BillOfMaterials::build(project, *editor.catalog());
    for (const AccessoryLine &line : editor.lines()) {
        if (!line.included)
            continue;
        const BomLine *listed = bomLine(bom, qPrintable(line.itemNumber));
        QVERIFY2(listed, qPrintable(line.itemNumber));
        QCOMPARE(listed->quantity, *line.quantity);
        for (const ItemBasis &basis : line.basis)
            QVERIFY2(listed->basis.contains(basis), qPrintable(basis.display()));
    }
}

void tst_AssemblyEditor::withoutDefaultsTheChoiceStaysOpen()
{
    AssemblyEditor editor(m_session.get());
    editor.apply(flyingPair());
    const AccessoryLine &lever = lineOf(editor, "locking_lever");
    QVERIFY(!lever.hasItem());
    QVERIFY(lever.offersChoice());
    QVERIFY(!lever.quantityEditable());
    QCOMPARE(lever.candidates.size(), 4);
    // The rule still counts it: the quantity is shown, not editable yet.
    QCOMPARE(lever.quantity, std::optional<int>(1));
    bool choose = false;
    for (const AssemblyWarning &warning : editor.warnings()) {
        if (warning.target.kind == WarningTarget::Kind::LineItem
            && warning.target.line == indexOf(editor, lever)) {
            choose = true;
            QVERIFY2(warning.text.contains(s("770-101")) && warning.text.contains(s("770-131")),
                     qPrintable(warning.text));
        }
    }
    QVERIFY2(choose, qPrintable(warningTexts(editor).join(u'|')));

    // Defaults set later decide at once.
    QSignalSpy changed(&editor, &AssemblyEditor::changed);
    editor.setDefaults(builtIn());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lineOf(editor, "locking_lever").itemNumber, s("770-101"));
    editor.setDefaults(builtIn()); // the same: nothing to do
    QCOMPARE(changed.count(), 1);
}

void tst_AssemblyEditor::quantityIsAnUndoStepAndReachesTheBill()
{
    AssemblyEditor editor(m_session.get());
    editor.setDefaults(builtIn());
    editor.apply(flyingPair());
    QUndoStack stack;
    stack.push(new CmdSetItemQuantity(&editor, lineOf(editor, "locking_lever"), 2));
    QCOMPARE(stack.undoText(), s("Set the quantity of locking lever 770-101 to 2"));
    // Steps of the same line merge into one.
    stack.push(new CmdSetItemQuantity(&editor, lineOf(editor, "locking_lever"), 3));
    QCOMPARE(stack.count(), 1);
    const AccessoryLine &lever = lineOf(editor, "locking_lever");
    QCOMPARE(lever.quantity, std::optional<int>(3));
    QCOMPARE(lever.quantityFrom, AccessoryLine::QuantityFrom::User);
    QVERIFY(basisTexts(lever).contains(s("quantity 3 (your choice)")));
    QCOMPARE(editor.chosenItems().size(), 1);
    const ProjectItem pick = editor.chosenItems().first();
    QCOMPARE(pick.itemNumber, s("770-101"));
    QCOMPARE(pick.quantity, std::optional<int>(3));
    QCOMPARE(pick.kind, s("locking_lever"));
    QCOMPARE(pick.side, s("connection"));

    // Into the project, and the bill counts it: 3 per assembly, 2 assemblies.
    Project project;
    project.defaults = builtIn();
    ProjectAssembly entry;
    entry.designation = s("X1");
    entry.quantity = 2;
    editor.storeIn(entry);
    QCOMPARE(entry.chosenItems, editor.chosenItems());
    project.assemblies << entry;
    BillOfMaterials bom = BillOfMaterials::build(project, *editor.catalog());
    QVERIFY(bomLine(bom, "770-101"));
    QCOMPARE(bomLine(bom, "770-101")->quantity, 6);

    // Back to the rule's quantity: a step of its own, and the entry that only
    // carried the quantity goes.
    stack.push(new CmdSetItemQuantity(&editor, lineOf(editor, "locking_lever"), std::nullopt));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(stack.undoText(), s("Quantity of locking lever 770-101 back to the rule's (1)"));
    QCOMPARE(lineOf(editor, "locking_lever").quantity, std::optional<int>(1));
    QCOMPARE(lineOf(editor, "locking_lever").quantityFrom, AccessoryLine::QuantityFrom::Rule);
    QVERIFY(editor.chosenItems().isEmpty());
    editor.storeIn(project.assemblies[0]);
    bom = BillOfMaterials::build(project, *editor.catalog());
    QCOMPARE(bomLine(bom, "770-101")->quantity, 2);
    stack.undo();
    QCOMPARE(lineOf(editor, "locking_lever").quantity, std::optional<int>(3));
    stack.undo();
    QCOMPARE(lineOf(editor, "locking_lever").quantity, std::optional<int>(1));
    QVERIFY(editor.chosenItems().isEmpty());
    QCOMPARE(stack.count(), 2);
}

void tst_AssemblyEditor::pickAmongFittingItems()
{
    AssemblyEditor editor(m_session.get());
    editor.apply(flyingPair()); // no defaults: four levers fit
    QUndoStack stack;
    stack.push(new CmdPickItem(&editor, lineOf(editor, "locking_lever"), s("770-131")));
    QCOMPARE(stack.undoText(), s("Choose 770-131 as locking lever"));
    AccessoryLine lever = lineOf(editor, "locking_lever");
    QCOMPARE(lever.itemNumber, s("770-131"));
    QVERIFY(lever.picked);
    QVERIFY(lever.quantityEditable());
    QCOMPARE(lever.candidates.size(), 4); // the others can still be picked
    QCOMPARE(editor.chosenItems().size(), 1);
    QCOMPARE(editor.chosenItems().first().quantity, std::nullopt);
    const int leverLine = indexOf(editor, lineOf(editor, "locking_lever"));
    for (const AssemblyWarning &warning : editor.warnings())
        QVERIFY2(warning.target.line != leverLine, qPrintable(warning.text));

    // A quantity goes with the pick; another pick keeps it.
    stack.push(new CmdSetItemQuantity(&editor, lever, 2));
    stack.push(new CmdPickItem(&editor, lineOf(editor, "locking_lever"), s("770-121")));
    QCOMPARE(editor.chosenItems().size(), 1);
    QCOMPARE(editor.chosenItems().first().itemNumber, s("770-121"));
    QCOMPARE(editor.chosenItems().first().quantity, std::optional<int>(2));
    // Resetting the quantity keeps the pick.
    stack.push(new CmdSetItemQuantity(&editor, lineOf(editor, "locking_lever"), std::nullopt));
    QCOMPARE(editor.chosenItems().size(), 1);
    QCOMPARE(lineOf(editor, "locking_lever").itemNumber, s("770-121"));

    // A pick the choices no longer allow is shown, with a warning leading to it.
    stack.push(new CmdSetChoice(&editor, s("locking_lever"), PartField::Colour, s("black")));
    lever = lineOf(editor, "locking_lever");
    QCOMPARE(lever.itemNumber, s("770-121"));
    QVERIFY(!lever.pickFits());
    QVERIFY(lever.offersChoice());
    bool notFitting = false;
    for (const AssemblyWarning &warning : editor.warnings())
        notFitting = notFitting
            || (warning.target.kind == WarningTarget::Kind::LineItem
                && warning.text.contains(s("770-121")));
    QVERIFY2(notFitting, qPrintable(warningTexts(editor).join(u'|')));

    // Taking the pick back leaves the choice to the colour again.
    stack.push(new CmdPickItem(&editor, lineOf(editor, "locking_lever"), QString()));
    QCOMPARE(stack.undoText(), s("Clear the choice of locking lever"));
    QVERIFY(editor.chosenItems().isEmpty());
    QVERIFY(!lineOf(editor, "locking_lever").hasItem()); // black: manual or tool
    while (stack.canUndo())
        stack.undo();
    QVERIFY(editor.chosenItems().isEmpty());
    QVERIFY(editor.assembly().colours.isEmpty());
}

void tst_AssemblyEditor::tickedOptionalAccessoryHasAQuantity()
{
    AssemblyEditor editor(m_session.get());
    editor.setDefaults(builtIn());
    editor.apply(flyingPair());
    QUndoStack stack;
    stack.push(new CmdSetOptionalItem(&editor, s("897-2005"), s("protective_cap"), true));
    QCOMPARE(stack.undoText(), s("Add protective cap 897-2005"));
    // Never without a quantity: no rule counts caps, so one per assembly.
    QCOMPARE(editor.optionalItems().size(), 1);
    QCOMPARE(editor.optionalItems().first().quantity, std::optional<int>(1));
    AccessoryLine cap = lineOf(editor, "protective_cap");
    QVERIFY(cap.included);
    QCOMPARE(cap.quantityFrom, AccessoryLine::QuantityFrom::Default);
    QVERIFY(basisTexts(cap).contains(s("quantity 1 (default)")));

    stack.push(new CmdSetItemQuantity(&editor, cap, 3));
    cap = lineOf(editor, "protective_cap");
    QCOMPARE(cap.quantity, std::optional<int>(3));
    QCOMPARE(cap.quantityFrom, AccessoryLine::QuantityFrom::User);
    stack.push(new CmdSetItemQuantity(&editor, cap, std::nullopt));
    QCOMPARE(stack.undoText(), s("Quantity of protective cap 897-2005 back to the default (1)"));
    QCOMPARE(editor.optionalItems().first().quantity, std::optional<int>(1));

    // Picking an item of an optional accessory not ticked ticks it.
    const AccessoryLine &cards = lineOf(editor, "marker_card");
    QVERIFY(!cards.included);
    QVERIFY(cards.candidates.contains(s("770-450/000-005")));
    stack.push(new CmdPickItem(&editor, cards, s("770-450/000-005")));
    QCOMPARE(stack.undoText(), s("Add marker card 770-450/000-005"));
    QCOMPARE(editor.optionalItemNumbers(), (QStringList { s("897-2005"), s("770-450/000-005") }));
    QCOMPARE(editor.optionalItems().last().quantity, std::optional<int>(1));
    QCOMPARE(editor.optionalItems().last().kind, s("marker_card"));

    // Saved and counted: the bill lists both, marked as the default.
    Project project;
    project.defaults = builtIn();
    ProjectAssembly entry;
    entry.designation = s("X1");
    entry.quantity = 4;
    editor.storeIn(entry);
    QCOMPARE(entry.optionalItems.size(), 2);
    for (const ProjectItem &item : std::as_const(entry.optionalItems))
        QCOMPARE(item.quantity, std::optional<int>(1));
    project.assemblies << entry;
    const BillOfMaterials bom = BillOfMaterials::build(project, *editor.catalog());
    QVERIFY(bomLine(bom, "897-2005"));
    QCOMPARE(bomLine(bom, "897-2005")->quantity, 4);
    QCOMPARE(bomLine(bom, "897-2005")->basisText(), s("quantity 1 (default)"));
    QCOMPARE(bomLine(bom, "770-450/000-005")->quantity, 4);

    // Unticked: gone.
    stack.push(new CmdSetOptionalItem(&editor, s("897-2005"), s("protective_cap"), false));
    QCOMPARE(editor.optionalItemNumbers(), QStringList { s("770-450/000-005") });
}

void tst_AssemblyEditor::defaultsAreTheProjects()
{
    ProjectModel model(m_session.get());
    Project project;
    project.defaults = { { s("white"), s("black") }, s("tool") };
    model.setProject(project);
    AssemblyEditor editor(m_session.get());
    editor.useDefaultsOf(&model);
    QCOMPARE(editor.defaults(), project.defaults);
    editor.apply(flyingPair());
    QCOMPARE(lineOf(editor, "locking_lever").itemNumber, s("770-131")); // white, tool
    QCOMPARE(lineOf(editor, "strain_relief_housing", "socket").itemNumber, s("770-514/023-000"));

    // Project ▸ Properties: one undo step; the editor follows.
    QUndoStack stack;
    QSignalSpy changed(&model, &ProjectModel::projectChanged);
    stack.push(new CmdEditProjectProperties(&model, s("Hall 3"), builtIn()));
    QCOMPARE(stack.undoText(), s("Edit the project's properties"));
    QCOMPARE(model.project().name, s("Hall 3"));
    QCOMPARE(model.project().defaults, builtIn());
    QVERIFY(changed.count() > 0);
    QCOMPARE(lineOf(editor, "locking_lever").itemNumber, s("770-101"));
    stack.undo();
    QCOMPARE(model.project().name, QString());
    QCOMPARE(model.project().defaults, project.defaults);
    QCOMPARE(lineOf(editor, "locking_lever").itemNumber, s("770-131"));
    // Another project brings its defaults.
    model.setProject(Project());
    QVERIFY(editor.defaults().isEmpty());
    QVERIFY(!lineOf(editor, "locking_lever").hasItem());
    // Nothing changed: no step.
    QVERIFY(CmdEditProjectProperties(&model, QString(), AssemblyDefaults()).isObsolete());
    QVERIFY(!CmdEditProjectProperties(&model, s("Hall 4"), AssemblyDefaults()).isObsolete());
}

void tst_AssemblyEditor::warningsLeadToTheirControl()
{
    AssemblyEditor editor(m_session.get());
    editor.setDefaults(builtIn());
    Assembly assembly = flyingPair();
    assembly.socket.cable.outerDiameterMm.reset();
    assembly.socket.cable.count.reset();
    assembly.plug.mounting.clear();
    assembly.colours.insert(s("strain_relief_housing"), s("red"));
    editor.apply(assembly);
    const auto targetOf = [&editor](RuleMessage::Code code) {
        for (const RuleMessage &message : editor.result().messages) {
            if (message.code != code)
                continue;
            for (const AssemblyWarning &warning : editor.warnings()) {
                if (warning.text == message.text)
                    return warning.target;
            }
        }
        return WarningTarget();
    };
    using Kind = WarningTarget::Kind;
    using Input = CmdSetSideInput::Input;
    WarningTarget target = targetOf(RuleMessage::Code::CableDiameterNotGiven);
    QCOMPARE(target.kind, Kind::SideInput);
    QCOMPARE(target.side, CmdSetSideInput::Side::Socket);
    QCOMPARE(target.input, Input::CableDiameter);
    target = targetOf(RuleMessage::Code::CableCountNotGiven);
    QCOMPARE(target.kind, Kind::SideInput);
    QCOMPARE(target.input, Input::CableCount);
    target = targetOf(RuleMessage::Code::MountingNotGiven);
    QCOMPARE(target.kind, Kind::SideInput);
    QCOMPARE(target.side, CmdSetSideInput::Side::Plug);
    QCOMPARE(target.input, Input::Mounting);
    // The colour no housing has: an error about the choice, leading to it.
    target = targetOf(RuleMessage::Code::ChoiceNotAvailable);
    QCOMPARE(target.kind, Kind::Choice);
    QCOMPARE(target.choiceKind, s("strain_relief_housing"));
    QCOMPARE(target.attribute, PartField::Colour);
    // Errors about a side stay at that side's inputs.
    assembly = flyingPair();
    assembly.socket.cable.outerDiameterMm = 20.0;
    editor.apply(assembly);
    for (const AssemblyWarning &warning : editor.warnings())
        QVERIFY2(!warning.text.contains(s("20 mm")), qPrintable(warning.text));
    QVERIFY(editor.socketErrors().join(u' ').contains(s("20 mm")));
    // No warning contradicts the table: the housing the error is about is
    // not listed.
    for (const AccessoryLine &line : editor.lines())
        QVERIFY(!(line.kind == s("strain_relief_housing") && line.side == s("socket")));

    // A quantity nothing states leads to the line's quantity; once the
    // user gives it, the warning goes.
    AssemblyResult result;
    AssemblyItem item;
    item.kind = s("locking_lever");
    item.side = s("connection");
    item.candidates = { s("770-101") };
    result.requiredItems << item;
    ConfiguredAssembly state;
    QList<AccessoryLine> lines = AccessoryLines::of(result, state);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().quantityFrom, AccessoryLine::QuantityFrom::NotStated);
    QList<AssemblyWarning> warnings = AssemblyWarnings::of(result, lines);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().target.kind, Kind::LineQuantity);
    QCOMPARE(warnings.first().target.line, 0);
    state.chosenItems << ProjectItem { s("770-101"), 2, s("locking_lever"), s("connection"), {} };
    lines = AccessoryLines::of(result, state);
    QCOMPARE(lines.first().quantity, std::optional<int>(2));
    QVERIFY(AssemblyWarnings::of(result, lines).isEmpty());
}

void tst_AssemblyEditor::loadAndStoreKeepEverything()
{
    ProjectAssembly project;
    project.designation = s("X1");
    project.quantity = 3;
    project.assembly = flyingPair();
    ProjectItem pick;
    pick.itemNumber = s("770-121");
    pick.quantity = 2;
    pick.kind = s("locking_lever");
    pick.extra.insert(s("note"), s("spare one"));
    ProjectItem card;
    card.itemNumber = s("770-450");
    card.quantity = 5;
    card.extra.insert(s("colour_note"), s("white"));
    project.chosenItems << pick;
    project.optionalItems << card;
    project.notes = s("ceiling");
    AssemblyEditor editor(m_session.get());
    editor.setDefaults(builtIn());
    editor.load(project);
    // The pick wins over the default colour; its quantity is the user's.
    const AccessoryLine &lever = lineOf(editor, "locking_lever");
    QCOMPARE(lever.itemNumber, s("770-121"));
    QCOMPARE(lever.quantity, std::optional<int>(2));
    QCOMPARE(lever.chosenIndex, 0);
    const AccessoryLine &cards = lineOf(editor, "marker_card");
    QVERIFY(cards.included);
    QCOMPARE(cards.itemNumber, s("770-450"));
    QCOMPARE(cards.quantity, std::optional<int>(5));
    ProjectAssembly stored = project;
    editor.storeIn(stored);
    ProjectAssembly expected = project;
    expected.optionalItems[0].kind = s("marker_card"); // the kind it is offered as
    QCOMPARE(stored, expected);
}

QTEST_MAIN(tst_AssemblyEditor)
#include "tst_AssemblyEditor.moc"
