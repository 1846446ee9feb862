// The configurator's model answers the questions the view used to decide
// itself: may this part start an assembly, may this plug be set (and why
// not), which plug to mate by default, where an error belongs, which
// connectors are offered; and it follows its catalog session.
#include "db/Database.h"
#include "models/catalog/CatalogSession.h"
#include "models/configurator/AssemblyEditor.h"
#include "models/part/PartRecord.h"
#include "TestCatalog.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
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
    editor.apply(assembly, {});

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
    editor.apply(assembly, {});
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
    editor.apply(assembly, {});
    QVERIFY(!editor.socketErrors().isEmpty());
    QVERIFY2(editor.socketErrors().join(s(" ")).contains(s("20 mm")), qPrintable(editor.socketErrors().join(s(" "))));
    QVERIFY(editor.plugErrors().isEmpty());

    assembly.socket.cable.outerDiameterMm.reset();
    assembly.plug.mounting = s("flying");
    assembly.plug.cable.outerDiameterMm = 20.0;
    editor.apply(assembly, {});
    QVERIFY(editor.socketErrors().isEmpty());
    QVERIFY2(editor.plugErrors().join(s(" ")).contains(s("20 mm")), qPrintable(editor.plugErrors().join(s(" "))));

    // A mating error about both parts belongs to the connection, not a side.
    assembly = Assembly();
    assembly.socket.itemNumber = s("770-1324");
    assembly.plug.itemNumber = s("770-1112");
    editor.apply(assembly, {});
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
    editor.apply(assembly, {});
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

QTEST_MAIN(tst_AssemblyEditor)
#include "tst_AssemblyEditor.moc"
