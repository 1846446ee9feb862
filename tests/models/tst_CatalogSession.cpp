// The catalog session: one owner of the open catalog's connections, which
// announces another catalog and changed parts; the import step and the
// project model at its two ends.
#include "db/Database.h"
#include "db/PartRepository.h"
#include "models/catalog/CatalogSession.h"
#include "models/catalog/DatabaseWorker.h"
#include "models/catalog/PartCatalog.h"
#include "models/import/cmd/CmdImportDatasheet.h"
#include "models/project/ProjectModel.h"
#include "TestCatalog.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <atomic>

using namespace cc;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_CatalogSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsEmpty();
    void openAnnouncesTheOldGoingAndTheNewOpen();
    void workerStartsWhenFirstAskedFor();
    void notifyPartsChanged();
    void importUndoAndRedoTellTheSession();
    void projectModelFollowsTheSession();

private:
    QTemporaryDir m_dir;
};

void tst_CatalogSession::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
}

void tst_CatalogSession::startsEmpty()
{
    CatalogSession session;
    QVERIFY(!session.isOpen());
    QCOMPARE(session.database(), nullptr);
    QCOMPARE(session.repository(), nullptr);
    QCOMPARE(session.catalog(), nullptr);
    QCOMPARE(session.worker(), nullptr);
    QSignalSpy changed(&session, &CatalogSession::partsChanged);
    session.notifyPartsChanged({s("770-1324")});
    QCOMPARE(changed.count(), 0); // no catalog, no parts
}

void tst_CatalogSession::openAnnouncesTheOldGoingAndTheNewOpen()
{
    QTemporaryDir first;
    QTemporaryDir second;
    CatalogSession session(test::catalogIn(first));
    QVERIFY(session.isOpen());
    const Database *old = session.database();
    QVERIFY(session.repository() && session.catalog());
    QCOMPARE(&session.repository()->database(), old);
    QVERIFY(session.catalog()->find(s("770-1324")));

    // What each signal sees of the session.
    QStringList heard;
    connect(&session, &CatalogSession::catalogAboutToBeReplaced, this, [&] {
        heard << (session.database() == old ? s("about to replace the old") : s("about to replace another"));
        QVERIFY(session.catalog()->find(s("770-1324"))); // still readable
    });
    connect(&session, &CatalogSession::catalogReplaced, this, [&] {
        heard << (session.isOpen() ? (session.database() != old ? s("new open") : s("old open")) : s("none open"));
    });
    std::unique_ptr<Database> next = test::catalogIn(second, s("second.sqlite"));
    const Database *expected = next.get();
    session.open(std::move(next));
    QCOMPARE(heard, (QStringList{s("about to replace the old"), s("new open")}));
    QCOMPARE(session.database(), expected);
    QCOMPARE(&session.repository()->database(), expected);
    QVERIFY(session.catalog()->find(s("770-1334")));

    heard.clear();
    old = session.database();
    session.close();
    QCOMPARE(heard, (QStringList{s("about to replace the old"), s("none open")}));
    QVERIFY(!session.isOpen());
    QCOMPARE(session.catalog(), nullptr);
}

void tst_CatalogSession::workerStartsWhenFirstAskedFor()
{
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    // Opening starts no thread and opens no second connection.
    QVERIFY(!session.hasWorker());
    DatabaseWorker *worker = session.worker();
    QVERIFY(worker);
    QCOMPARE(session.worker(), worker);
    std::atomic<int> count{-1};
    std::atomic<bool> failed{false};
    worker->post([&count](Database &database) { count = PartRepository(database).count(); },
                 [&failed](const QString &) { failed = true; });
    worker->waitForJobs();
    QVERIFY(!failed);
    QCOMPARE(count.load(), session.repository()->count());
    // Another catalog: the old worker is stopped, a new one starts when asked for.
    QTemporaryDir other;
    session.open(test::catalogIn(other, s("other.sqlite")));
    QVERIFY(!session.hasWorker());
    QVERIFY(session.worker());
}

void tst_CatalogSession::notifyPartsChanged()
{
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    QSignalSpy changed(&session, &CatalogSession::partsChanged);
    QSignalSpy replaced(&session, &CatalogSession::catalogReplaced);
    session.notifyPartsChanged({s("770-1324"), s("770-1334")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), (QStringList{s("770-1324"), s("770-1334")}));
    QCOMPARE(replaced.count(), 0);
}

void tst_CatalogSession::importUndoAndRedoTellTheSession()
{
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    QSignalSpy changed(&session, &CatalogSession::partsChanged);
    QUndoStack stack;
    stack.push(new CmdImportDatasheet(session, {test::fixture(s("datasheets/complete.txt"))},
                                      DatasheetImporter::Options()));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(changed.count(), 1);
    const QStringList items = changed.takeFirst().at(0).toStringList();
    QVERIFY2(items.contains(s("TEST-0001")) && items.contains(s("TEST-0401")), qPrintable(items.join(s(" "))));
    QVERIFY(session.catalog()->find(s("TEST-0001")));
    stack.undo();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).toStringList(), items);
    QVERIFY(!session.catalog()->find(s("TEST-0001")));
    stack.redo();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).toStringList(), items);
    // Importing it again changes nothing: no step, no signal.
    stack.push(new CmdImportDatasheet(session, {test::fixture(s("datasheets/complete.txt"))},
                                      DatasheetImporter::Options()));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(changed.count(), 0);
    // A step without a session still imports, telling nobody.
    QTemporaryDir other;
    const std::unique_ptr<Database> database = test::catalogIn(other, s("other.sqlite"));
    QUndoStack plain;
    plain.push(new CmdImportDatasheet(*database, {test::fixture(s("datasheets/complete.txt"))}));
    QVERIFY(PartRepository(*database).find(s("TEST-0001")));
    QCOMPARE(changed.count(), 0);
}

void tst_CatalogSession::projectModelFollowsTheSession()
{
    QTemporaryDir dir;
    CatalogSession session(test::catalogIn(dir));
    ProjectModel model(&session);
    QCOMPARE(model.catalog(), session.catalog());
    Project project;
    ProjectAssembly assembly;
    assembly.designation = s("X1");
    assembly.assembly.socket.itemNumber = s("TEST-0001");
    project.assemblies << assembly;
    model.setProject(project);
    model.setMissingItems({s("TEST-0001")});
    const QModelIndex status = model.index(0, ProjectModel::Status);
    QCOMPARE(status.data().toString(), s("missing parts"));

    // An import brings the part: the assembly is evaluated again.
    QSignalSpy projectChanged(&model, &ProjectModel::projectChanged);
    QUndoStack stack;
    stack.push(new CmdImportDatasheet(session, {test::fixture(s("datasheets/complete.txt"))},
                                      DatasheetImporter::Options()));
    QVERIFY(projectChanged.count() > 0);
    QVERIFY2(status.data().toString() != s("missing parts"), qPrintable(status.data().toString()));
    stack.undo();
    QCOMPARE(status.data().toString(), s("missing parts"));

    // Another catalog resets the model onto it; none: nothing is evaluated.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QTemporaryDir other;
    stack.clear(); // the step belongs to the old catalog
    session.open(test::catalogIn(other, s("other.sqlite")));
    QVERIFY(reset.count() > 0);
    QCOMPARE(model.catalog(), session.catalog());
    session.close();
    QCOMPARE(model.catalog(), nullptr);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(tst_CatalogSession)
#include "tst_CatalogSession.moc"
