// The import dialog's preview and the undoable import behind its OK button.
#include "db/Database.h"
#include "db/PartRepository.h"
#include "models/catalog/CatalogSession.h"
#include "models/import/cmd/CmdImportDatasheet.h"
#include "TestCatalog.h"
#include "views/import/ImportDatasheetDialog.h"

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

QTEST_MAIN(tst_ImportDialog)
#include "tst_ImportDialog.moc"
