// The import dialog's preview and the undoable import behind its OK button.
#include "db/Database.h"
#include "db/PartRepository.h"
#include "models/catalog/CatalogSession.h"
#include "models/import/cmd/CmdImportDatasheet.h"
#include "TestCatalog.h"
#include "models/catalog/CatalogSnapshot.h"
#include "models/import/cmd/CmdImportCatalog.h"
#include "views/import/ImportCatalogDialog.h"
#include "views/import/ImportDatasheetDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QSqlQuery>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cc;

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CC_REQUIRE_BACKEND(); }
    void previewAndUndo();
    void catalogPreviewImportAndUndo();
    void largeCatalogWithSnapshot();
    void cancelWhileReading();
};

void tst_ImportDialog::previewAndUndo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CatalogSession session(test::catalogIn(dir));
    Database *database = session.database();
    QSignalSpy partsChanged(&session, &CatalogSession::partsChanged);
    const int before = PartRepository(*database).count();
    const QStringList files{test::fixture(QStringLiteral("datasheets/complete.txt")),
                            test::fixture(QStringLiteral("datasheets/not-a-datasheet.txt"))};
    ImportDatasheetDialog dialog(session, files);
    dialog.show();
    // The files are read on a worker thread.
    QTRY_VERIFY(!dialog.isBusy());
    const QString preview = dialog.previewText();
    for (const char *expected : {"part TEST-0001, 67 fields read", "part TEST-0001: would be added",
                                 "related part TEST-0401: would be added",
                                 "line 95 not placed: Magic factor", "not a datasheet"}) {
        QVERIFY2(preview.contains(QString::fromUtf8(expected)), qPrintable(preview));
    }
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(PartRepository(*database).count(), before); // the preview writes nothing
    QCOMPARE(partsChanged.count(), 0);

    QUndoStack stack;
    stack.push(dialog.createCommand().release()); // runs redo()
    QCOMPARE(PartRepository(*database).count(), before + 7);
    QCOMPARE(PartRepository(*database).find(QStringLiteral("TEST-0001"))->origin,
             QStringLiteral("import"));
    // The step tells the session which parts it wrote, each time.
    QCOMPARE(partsChanged.count(), 1);
    const QStringList items = partsChanged.takeFirst().at(0).toStringList();
    QCOMPARE(items.size(), 7);
    QVERIFY(items.contains(QStringLiteral("TEST-0001")));
    stack.undo();
    QCOMPARE(PartRepository(*database).count(), before);
    QVERIFY(!PartRepository(*database).idOf(QStringLiteral("TEST-0001")));
    QCOMPARE(partsChanged.count(), 1);
    QCOMPARE(partsChanged.takeFirst().at(0).toStringList(), items);
    stack.redo();
    QCOMPARE(PartRepository(*database).count(), before + 7);
    QCOMPARE(partsChanged.count(), 1);
    QCOMPARE(partsChanged.takeFirst().at(0).toStringList(), items);

    // Once imported, the same file changes nothing and OK is disabled.
    ImportDatasheetDialog again(session, {files.first()});
    QTRY_VERIFY(!again.isBusy());
    QVERIFY2(again.previewText().contains(QStringLiteral("unchanged")), qPrintable(again.previewText()));
    QVERIFY(!again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    // The heading says so, and long report lines wrap instead of scrolling.
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("heading"))->text().startsWith(QStringLiteral("Unchanged")));
    QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("preview"))->lineWrapMode(),
             QPlainTextEdit::WidgetWidth);
}

namespace {

QString feed(const char *name)
{
    return test::fixture(QStringLiteral("feeds/") + QLatin1String(name));
}

// The catalog's parts with the values the feed writes, as text.
QString partsOf(const Database &database)
{
    QString text;
    QSqlQuery query = database.run(QStringLiteral("SELECT p.item_number, p.description, p.origin, "
                                                  "(SELECT count(*) FROM part_feature f WHERE f.part_id = p.id) "
                                                  "FROM part p ORDER BY p.item_number"),
                                   QStringLiteral("parts"));
    while (query.next()) {
        text += QStringLiteral("%1|%2|%3|%4\n").arg(query.value(0).toString(), query.value(1).toString(),
                                                     query.value(2).toString(), query.value(3).toString());
    }
    return text;
}

} // namespace

void tst_ImportDialog::catalogPreviewImportAndUndo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CatalogSession session(test::catalogIn(dir));
    Database *database = session.database();
    QSignalSpy partsChanged(&session, &CatalogSession::partsChanged);
    const QString before = partsOf(*database);
    ImportCatalogDialog dialog(session, feed("bmecat2005-latin1.xml"), dir.filePath(QStringLiteral("snapshots")));
    dialog.show();
    QTRY_VERIFY(!dialog.isBusy());
    // Counts, the first lines of the report, nothing written yet.
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("Products read: 12. To add: 9")), qPrintable(dialog.summaryText()));
    const QString preview = dialog.previewText();
    for (const char *expected : {"would be added: 9", "line 189: no SUPPLIER_PID",
                                 "TEST-FEED-0001 -> accessories TEST-FEED-9999"}) {
        QVERIFY2(preview.contains(QString::fromUtf8(expected)), qPrintable(preview));
    }
    QVERIFY(dialog.isUndoable());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("undoWarning"))->isVisibleTo(&dialog));
    QCOMPARE(partsOf(*database), before);
    QCOMPARE(partsChanged.count(), 0);
    // Import: written on the worker, then one undo step.
    dialog.accept();
    QTRY_VERIFY(dialog.result() == QDialog::Accepted);
    QVERIFY(PartRepository(*database).idOf(QStringLiteral("TEST-FEED-0001")));
    const QString after = partsOf(*database);
    std::unique_ptr<CmdImportCatalog> command = dialog.createCommand();
    QVERIFY(command);
    QUndoStack stack;
    stack.push(command.release()); // records it: nothing written again
    QCOMPARE(partsOf(*database), after);
    QCOMPARE(partsChanged.count(), 1);
    QVERIFY(partsChanged.takeFirst().at(0).toStringList().contains(QStringLiteral("TEST-FEED-0001")));
    stack.undo();
    QCOMPARE(partsOf(*database), before);
    QCOMPARE(partsChanged.count(), 1);
    stack.redo();
    QCOMPARE(partsOf(*database), after);
    // The same file again changes nothing: OK is disabled.
    ImportCatalogDialog again(session, feed("bmecat2005-latin1.xml"), dir.filePath(QStringLiteral("snapshots")));
    QTRY_VERIFY(!again.isBusy());
    QVERIFY(again.previewText().contains(QStringLiteral("unchanged: the database already holds")));
    QVERIFY(!again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_ImportDialog::largeCatalogWithSnapshot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CatalogSession session(test::catalogIn(dir));
    Database *database = session.database();
    const QString before = partsOf(*database);
    const QString folder = dir.filePath(QStringLiteral("snapshots"));
    ImportCatalogDialog dialog(session, feed("bmecat2005-latin1.xml"), folder);
    dialog.setUndoLimit(5); // this feed counts as large
    dialog.show();
    QTRY_VERIFY(!dialog.isBusy());
    // Said before it starts: it cannot be undone, a snapshot is offered.
    QVERIFY(!dialog.isUndoable());
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("undoWarning"));
    QVERIFY(warning->isVisibleTo(&dialog));
    QVERIFY2(warning->text().contains(QStringLiteral("cannot be undone")), qPrintable(warning->text()));
    auto *snapshot = dialog.findChild<QCheckBox *>(QStringLiteral("snapshot"));
    QVERIFY(snapshot->isVisibleTo(&dialog));
    QVERIFY(snapshot->isChecked());
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 30000);
    QVERIFY(!dialog.createCommand()); // no undo step
    QCOMPARE(dialog.writtenItems().size(), 9);
    QVERIFY(!dialog.snapshotPath().isEmpty());
    QCOMPARE(CatalogSnapshot::list(folder).size(), 1);
    QVERIFY(partsOf(*database) != before);
    // The snapshot brings the catalog back as it was.
    CatalogSnapshot::restore(dialog.snapshotPath(), *database);
    QCOMPARE(partsOf(*database), before);
}

void tst_ImportDialog::cancelWhileReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CatalogSession session(test::catalogIn(dir));
    const QString before = partsOf(*session.database());
    ImportCatalogDialog dialog(session, feed("bmecat2005-latin1.xml"), dir.filePath(QStringLiteral("snapshots")));
    dialog.show();
    dialog.reject(); // at once, while the worker reads
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(partsOf(*session.database()), before);
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_ImportDialog.moc"
