// The configurator's parts table in the main window: quantities and items
// edited in the table are undo steps, are saved with the project and reach
// the bill of materials; the defaults are marked and changed in one place;
// warnings lead to the control that resolves them; the wheel changes no
// control the user has not focused; the table never scrolls sideways.
#include "TestCatalog.h"
#include "models/bom/BomTable.h"
#include "models/bom/BomTableModel.h"
#include "models/configurator/AssemblyEditor.h"
#include "models/project/ProjectModel.h"
#include "views/bom/BomView.h"
#include "views/configurator/AccessoryPanel.h"
#include "views/configurator/AccessoryTable.h"
#include "views/configurator/ChoicesForm.h"
#include "views/configurator/ConfiguratorView.h"
#include "views/configurator/SideInputsBox.h"
#include "views/configurator/WarningList.h"
#include "views/main/MainWindow.h"
#include "views/project/ProjectPane.h"
#include "views/project/ProjectSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A wheel step over the middle of `widget`, as the mouse sends it.
void wheel(QWidget *widget, int steps)
{
    const QPointF centre = QRectF(widget->rect()).center();
    QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, 120 * steps),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class tst_ConfiguratorParts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void quantityIsAnUndoStepSavedAndBilled();
    void tickedOptionalIsSavedWithAQuantityAndBilled();
    void itemIsChosenInTheTable();
    void defaultIsMarkedAndChangedInOnePlace();
    void wheelChangesNoUnfocusedControl();
    void warningLeadsToItsInput();
    void tableNeverScrollsSideways();

private:
    // 770-1324 with 770-1334, both flying with one cable, 7 and 11 mm,
    // entered as the user does.
    void configureFlyingPair();
    int rowOf(const char *kind, const char *side = nullptr) const;
    // The saved project's first assembly.
    QJsonObject savedAssembly();
    // The bill of materials' quantity and basis of an item; empty: not listed.
    QString bomCell(const char *item, int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ConfiguratorView *m_view = nullptr;
    AccessoryTable *m_table = nullptr;
};

void tst_ConfiguratorParts::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(s("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(s("data")).toUtf8());
}

void tst_ConfiguratorParts::init()
{
    m_window = std::make_unique<MainWindow>(test::catalogIn(m_dir));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->configuratorView();
    m_window->centralTabs()->setCurrentWidget(m_view);
    m_table = m_view->accessoryPanel()->table();
}

void tst_ConfiguratorParts::cleanup()
{
    m_window.reset();
}

void tst_ConfiguratorParts::configureFlyingPair()
{
    QVERIFY(m_view->startWithSocket(s("770-1324")));
    QVERIFY(m_view->requestMate(s("770-1334")));
    const QList<std::pair<SideInputsBox *, double>> sides { { m_view->socketInputs(), 7.0 },
                                                            { m_view->plugInputs(), 11.0 } };
    for (const auto &[side, diameter] : sides) {
        side->mounting()->setCurrentIndex(side->mounting()->findData(s("flying")));
        emit side->mounting()->activated(side->mounting()->currentIndex());
        side->cableCount()->setValue(1);
        side->cableDiameter()->setValue(diameter);
    }
    QCOMPARE(m_view->editor()->assembly().plug.cable.outerDiameterMm, std::optional<double>(11.0));
}

int tst_ConfiguratorParts::rowOf(const char *kind, const char *side) const
{
    return m_table->rowOf(s(kind), side ? s(side) : QString());
}

QJsonObject tst_ConfiguratorParts::savedAssembly()
{
    const QString path = m_dir.filePath(s("parts.ccproj"));
    if (!m_window->projectSession()->saveTo(path))
        return {};
    const QJsonObject project = QJsonDocument::fromJson(test::readAll(path)).object();
    return project.value(s("assemblies")).toArray().at(0).toObject();
}

QString tst_ConfiguratorParts::bomCell(const char *item, int column) const
{
    const BomTableModel *model = m_window->bomView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, BomTable::ItemNumber).data().toString() == s(item))
            return model->index(row, column).data().toString();
    }
    return {};
}

void tst_ConfiguratorParts::quantityIsAnUndoStepSavedAndBilled()
{
    configureFlyingPair();
    const int lever = rowOf("locking_lever");
    QVERIFY(lever >= 0);
    QCOMPARE(m_table->itemText(lever), s("770-101"));
    QSpinBox *quantity = m_table->quantityBox(lever);
    QVERIFY(quantity && quantity->isEnabled());
    QCOMPARE(quantity->value(), 1);
    QCOMPARE(quantity->suffix(), s(" (rule R1)"));
    QVERIFY(!m_table->resetButton(lever)->isEnabled());
    // The housings by diameter, each one per flying side.
    QCOMPARE(m_table->itemText(rowOf("strain_relief_housing", "socket")), s("770-504/023-000"));
    QCOMPARE(m_table->itemText(rowOf("strain_relief_housing", "plug")), s("770-504"));
    QCOMPARE(m_table->quantityBox(rowOf("strain_relief_housing", "plug"))->value(), 1);

    // Typed into the spin box: one undo step.
    const int steps = m_window->undoStack()->count();
    quantity->setFocus();
    quantity->selectAll();
    QTest::keyClicks(quantity, s("2"));
    QTest::keyClick(quantity, Qt::Key_Return);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->undoStack()->undoText(),
             s("Set the quantity of locking lever 770-101 to 2"));
    QCOMPARE(m_table->quantityBox(lever), quantity); // the same control, still focused
    QCOMPARE(QApplication::focusWidget(), quantity);
    QCOMPARE(quantity->value(), 2);
    QCOMPARE(quantity->suffix(), QString());
    QVERIFY(m_table->resetButton(lever)->isEnabled());
    QVERIFY2(m_table->basisText(lever).contains(s("quantity 2 (your choice)")),
             qPrintable(m_table->basisText(lever)));

    // Saved with the project; the bill counts it.
    QVERIFY(m_window->projectPane()->addCurrentAssembly());
    const QJsonArray items
        = savedAssembly().value(s("choices")).toObject().value(s("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject pick = items.at(0).toObject();
    QCOMPARE(pick.value(s("item")).toString(), s("770-101"));
    QCOMPARE(pick.value(s("kind")).toString(), s("locking_lever"));
    QCOMPARE(pick.value(s("side")).toString(), s("connection"));
    QCOMPARE(pick.value(s("quantity")).toInt(), 2);
    QCOMPARE(bomCell("770-101", BomTable::Quantity), s("2"));
    QVERIFY2(bomCell("770-101", BomTable::Basis).contains(s("quantity 2 (your choice)")),
             qPrintable(bomCell("770-101", BomTable::Basis)));

    // The button beside it goes back to the rule's quantity.
    QTest::mouseClick(m_table->resetButton(lever), Qt::LeftButton);
    QCOMPARE(m_window->undoStack()->undoText(),
             s("Quantity of locking lever 770-101 back to the rule's (1)"));
    QCOMPARE(quantity->value(), 1);
    QCOMPARE(quantity->suffix(), s(" (rule R1)"));
    QVERIFY(!m_table->resetButton(lever)->isEnabled());
    QVERIFY(m_view->editor()->chosenItems().isEmpty());
    m_window->undoStack()->undo();
    QCOMPARE(quantity->value(), 2);
    m_window->undoStack()->undo(); // the assembly leaves the project
    m_window->undoStack()->undo();
    QCOMPARE(quantity->value(), 1);
    QVERIFY(m_view->editor()->chosenItems().isEmpty());
}

void tst_ConfiguratorParts::tickedOptionalIsSavedWithAQuantityAndBilled()
{
    configureFlyingPair();
    const int cap = rowOf("protective_cap");
    QVERIFY(cap >= 0);
    QVERIFY(!m_table->isIncluded(cap));
    QVERIFY(!m_table->quantityBox(cap)->isEnabled());
    QCOMPARE(m_table->quantityBox(cap)->value(), 1);
    QCOMPARE(m_table->quantityBox(cap)->suffix(), s(" (default)"));
    // A click on its check box ticks it.
    const QRect cell = m_table->visualRect(m_table->model()->index(cap, AccessoryTable::Accessory));
    const int indicator = m_table->style()->pixelMetric(QStyle::PM_IndicatorWidth);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {},
                      QPoint(cell.left() + 4 + indicator / 2, cell.center().y()));
    QCOMPARE(m_window->undoStack()->undoText(), s("Add protective cap 897-2005"));
    QVERIFY(m_table->isIncluded(cap));
    QVERIFY(m_table->quantityBox(cap)->isEnabled());
    QCOMPARE(m_table->quantityBox(cap)->value(), 1);
    QCOMPARE(m_table->basisText(cap), s("quantity 1 (default)"));

    QVERIFY(m_window->projectPane()->addCurrentAssembly());
    const QJsonArray optional = savedAssembly().value(s("optional")).toArray();
    QCOMPARE(optional.size(), 1);
    QCOMPARE(optional.at(0).toObject().value(s("item")).toString(), s("897-2005"));
    QCOMPARE(optional.at(0).toObject().value(s("kind")).toString(), s("protective_cap"));
    QVERIFY(optional.at(0).toObject().value(s("quantity")).isDouble());
    QCOMPARE(optional.at(0).toObject().value(s("quantity")).toInt(), 1);
    QCOMPARE(bomCell("897-2005", BomTable::Quantity), s("1"));
    QCOMPARE(bomCell("897-2005", BomTable::Basis), s("quantity 1 (default)"));

    // Three per assembly: in the configurator, then into the project.
    m_table->quantityBox(cap)->setValue(3);
    QCOMPARE(m_table->quantityBox(cap)->suffix(), QString());
    m_window->projectPane()->selectRow(0);
    m_window->projectPane()->updateFromConfigurator();
    QCOMPARE(bomCell("897-2005", BomTable::Quantity), s("3"));
    QCOMPARE(bomCell("897-2005", BomTable::Basis), s("quantity 3 (your choice)"));
}

void tst_ConfiguratorParts::itemIsChosenInTheTable()
{
    // A project without defaults: four levers fit, none is listed.
    m_window->projectModel()->setProperties(QString(), AssemblyDefaults());
    configureFlyingPair();
    const int lever = rowOf("locking_lever");
    QComboBox *items = m_table->itemBox(lever);
    QVERIFY(items);
    QCOMPARE(items->currentText(), s("not chosen"));
    QCOMPARE(items->count(), 5);
    QVERIFY(items->findData(s("770-131")) > 0);
    QVERIFY(!m_table->quantityBox(lever)->isEnabled());
    // The warning says so and leads to the box.
    WarningList *warnings = m_view->accessoryPanel()->warnings();
    int index = -1;
    for (int i = 0; i < warnings->warnings().size(); ++i) {
        if (warnings->warnings().at(i).target.kind == WarningTarget::Kind::LineItem
            && warnings->warnings().at(i).target.line == lever)
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(warnings->texts().join(u'|')));
    QVERIFY(warnings->label(index)->text().contains(s("<a href")));
    emit warnings->label(index)->linkActivated(QString::number(index));
    QCOMPARE(QApplication::focusWidget(), items);

    items->setCurrentIndex(items->findData(s("770-131")));
    emit items->activated(items->currentIndex());
    QCOMPARE(m_window->undoStack()->undoText(), s("Choose 770-131 as locking lever"));
    QCOMPARE(m_table->itemBox(lever)->currentData().toString(), s("770-131"));
    QVERIFY(m_table->quantityBox(lever)->isEnabled());
    for (const AssemblyWarning &warning : warnings->warnings())
        QVERIFY2(
            !(warning.target.kind == WarningTarget::Kind::LineItem && warning.target.line == lever),
            qPrintable(warning.text));
    QVERIFY(m_window->projectPane()->addCurrentAssembly());
    QCOMPARE(bomCell("770-131", BomTable::Quantity), s("1"));
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(m_table->itemBox(lever)->currentText(), s("not chosen"));
}

void tst_ConfiguratorParts::defaultIsMarkedAndChangedInOnePlace()
{
    configureFlyingPair();
    ChoicesForm *choices = m_view->accessoryPanel()->choices();
    QComboBox *colour = choices->box(s("locking_lever"), PartField::Colour);
    QComboBox *operation = choices->box(s("locking_lever"), PartField::Operation);
    QVERIFY(colour && operation);
    QCOMPARE(colour->currentText(), s("black (default)"));
    QCOMPARE(operation->currentText(), s("manual (default)"));
    QCOMPARE(choices->box(s("strain_relief_housing"), PartField::Colour)->currentText(),
             s("black (default)"));
    const int lever = rowOf("locking_lever");
    QCOMPARE(m_table->basisText(lever), s("operation: manual (default); colour: black (default)"));
    QVERIFY(m_window->projectPane()->addCurrentAssembly());
    QVERIFY(bomCell("770-101", BomTable::Basis).contains(s("colour: black (default)")));

    // White instead: the table lists the white lever, the default mark goes.
    colour->setCurrentIndex(colour->findData(s("white")));
    emit colour->activated(colour->currentIndex());
    QCOMPARE(m_table->itemText(lever), s("770-121"));
    QCOMPARE(colour->currentText(), s("white"));
    QCOMPARE(m_table->basisText(lever), s("operation: manual (default)"));
    m_window->projectPane()->selectRow(0);
    m_window->projectPane()->updateFromConfigurator();
    QVERIFY(bomCell("770-101", BomTable::Quantity).isEmpty());
    QCOMPARE(bomCell("770-121", BomTable::Quantity), s("1"));
    // The first entry goes back to the default.
    colour->setCurrentIndex(0);
    emit colour->activated(0);
    QCOMPARE(m_table->itemText(lever), s("770-101"));
    QCOMPARE(colour->currentText(), s("black (default)"));
}

void tst_ConfiguratorParts::wheelChangesNoUnfocusedControl()
{
    configureFlyingPair();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_view->socketEdit()->setFocus();
    const int steps = m_window->undoStack()->count();
    QSpinBox *quantity = m_table->quantityBox(rowOf("locking_lever"));
    QComboBox *colour
        = m_view->accessoryPanel()->choices()->box(s("locking_lever"), PartField::Colour);
    QDoubleSpinBox *diameter = m_view->socketInputs()->cableDiameter();
    QComboBox *mounting = m_view->plugInputs()->mounting();
    for (QWidget *control :
         std::initializer_list<QWidget *> { quantity, colour, diameter, mounting })
        QCOMPARE(control->focusPolicy(), Qt::StrongFocus);
    wheel(quantity, 1);
    wheel(colour, -1);
    wheel(diameter, 1);
    wheel(mounting, 1);
    QCOMPARE(quantity->value(), 1);
    QCOMPARE(colour->currentIndex(), 0);
    QCOMPARE(diameter->value(), 7.0);
    QCOMPARE(mounting->currentData().toString(), s("flying"));
    QCOMPARE(m_window->undoStack()->count(), steps);
    // Focused, the wheel steps it as usual.
    quantity->setFocus();
    QVERIFY(quantity->hasFocus());
    wheel(quantity, 1);
    QCOMPARE(quantity->value(), 2);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
}

void tst_ConfiguratorParts::warningLeadsToItsInput()
{
    configureFlyingPair();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_view->socketInputs()->cableDiameter()->setValue(0); // not given
    WarningList *warnings = m_view->accessoryPanel()->warnings();
    int index = -1;
    for (int i = 0; i < warnings->warnings().size(); ++i) {
        const WarningTarget &target = warnings->warnings().at(i).target;
        if (target.kind == WarningTarget::Kind::SideInput
            && target.side == CmdSetSideInput::Side::Socket
            && target.input == CmdSetSideInput::Input::CableDiameter)
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(warnings->texts().join(u'|')));
    QVERIFY(warnings->texts().at(index).contains(s("outer diameter")));
    QLabel *label = warnings->label(index);
    QVERIFY(label->isVisible());
    emit label->linkActivated(QString::number(index));
    QCOMPARE(QApplication::focusWidget(), m_view->socketInputs()->cableDiameter());
    // Given, the warning goes.
    m_view->socketInputs()->cableDiameter()->setValue(7);
    for (const QString &text : warnings->texts())
        QVERIFY2(!text.contains(s("outer diameter")), qPrintable(text));
}

void tst_ConfiguratorParts::tableNeverScrollsSideways()
{
    configureFlyingPair();
    QCOMPARE(m_table->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    for (const int width : { 1366, 1000, 1920 }) {
        m_window->resize(width, 768);
        QTest::qWait(20);
        QHeaderView *header = m_table->horizontalHeader();
        int total = 0;
        for (int column = 0; column < AccessoryTable::ColumnCount; ++column)
            total += header->sectionSize(column);
        QVERIFY2(
            total <= m_table->viewport()->width(),
            qPrintable(
                s("%1: columns %2 > %3").arg(width).arg(total).arg(m_table->viewport()->width())));
        // The quantity shows in full, with its mark.
        QSpinBox *quantity = m_table->quantityBox(rowOf("locking_lever"));
        QVERIFY(header->sectionSize(AccessoryTable::Quantity) >= quantity->sizeHint().width());
    }
    // Wide enough, the accessory is not cut either.
    const QString housing
        = m_table->item(rowOf("strain_relief_housing", "socket"), AccessoryTable::Accessory)
              ->text();
    QCOMPARE(housing, s("Strain relief housing (socket)"));
    QVERIFY(m_table->horizontalHeader()->sectionSize(AccessoryTable::Accessory)
            > m_table->fontMetrics().horizontalAdvance(housing));
}

QTEST_MAIN(tst_ConfiguratorParts)
#include "tst_ConfiguratorParts.moc"
