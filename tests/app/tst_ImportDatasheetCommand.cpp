// Runs `connector-configurator import-datasheet` as a user would.
#include "PdfFixture.h"
#include "ProgramRun.h"
#include "TestBackend.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

class tst_ImportDatasheetCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsAndReportsUnchanged();
    void dryRunWritesNothing();
    void notADatasheetDoesNotStopTheOthers();
    void refusedFiles_data();
    void refusedFiles();
    void usageErrors_data();
    void usageErrors();
    void pdf();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QString fixture(const char *name) const
    {
        return QStringLiteral(CC_FIXTURES_DIR "/datasheets/") + QLatin1String(name);
    }
    QString freshDb(const char *name) const { return cc::test::newDatabase(m_dir, QLatin1String(name)); }
    QString show(const QString &db, const QString &item);
    QTemporaryDir m_dir;
};

tst_ImportDatasheetCommand::Result tst_ImportDatasheetCommand::run(const QStringList &arguments)
{
    const cc::test::ProgramRun r = cc::test::runProgram(arguments, m_dir.filePath(QStringLiteral("data")));
    return {r.exitCode, r.text(), r.err};
}

QString tst_ImportDatasheetCommand::show(const QString &db, const QString &item)
{
    return run({QStringLiteral("show"), item, QStringLiteral("--db"), db}).out;
}

void tst_ImportDatasheetCommand::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
}

void tst_ImportDatasheetCommand::importsAndReportsUnchanged()
{
    const QString db = freshDb("import.sqlite");
    const Result first = run({QStringLiteral("import-datasheet"), fixture("complete.txt"),
                              QStringLiteral("--db"), db});
    QCOMPARE(first.exitCode, 0);
    for (const char *expected : {"part TEST-0001, 67 fields read", "part TEST-0001: added",
                                 "related part TEST-0002: added",
                                 "line 95 not placed: Magic factor\t42"}) {
        QVERIFY2(first.out.contains(QString::fromUtf8(expected)), qPrintable(first.out));
    }
    QVERIFY(show(db, QStringLiteral("TEST-0001")).contains(QStringLiteral("TEST-0001")));
    const Result second = run({QStringLiteral("import-datasheet"), fixture("complete.txt"),
                               QStringLiteral("--db"), db});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("unchanged")), qPrintable(second.out));
    QVERIFY(!second.out.contains(QStringLiteral(": added")));
}

void tst_ImportDatasheetCommand::dryRunWritesNothing()
{
    const QString db = freshDb("dry.sqlite");
    const Result r = run({QStringLiteral("import-datasheet"), fixture("complete.txt"),
                          QStringLiteral("--dry-run"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("part TEST-0001: would be added")), qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("show"), QStringLiteral("TEST-0001"), QStringLiteral("--db"), db})
                 .exitCode,
             2);
    // The bundled record of 770-1324 as a changed datasheet would change it.
    const QString shared = QStringLiteral(CC_SHARED_DIR "/datasheets/770-1324.txt");
    if (!QFile::exists(shared))
        return;
    QFile in(shared);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    QVERIFY(text.contains("12.6 g"));
    text.replace("12.6 g", "13 g");
    const QString changed = m_dir.filePath(QStringLiteral("770-1324.txt"));
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const Result change = run({QStringLiteral("import-datasheet"), changed, QStringLiteral("--dry-run"),
                               QStringLiteral("--db"), db});
    QCOMPARE(change.exitCode, 0);
    QVERIFY2(change.out.contains(QStringLiteral("part 770-1324: would be changed")), qPrintable(change.out));
    QVERIFY2(change.out.contains(QStringLiteral("weight_g: 12.6 -> 13")), qPrintable(change.out));
    QVERIFY(show(db, QStringLiteral("770-1324")).contains(QStringLiteral("Weight: 12.6 g")));
}

void tst_ImportDatasheetCommand::notADatasheetDoesNotStopTheOthers()
{
    const QString db = freshDb("mixed.sqlite");
    const Result r = run({QStringLiteral("import-datasheet"), fixture("not-a-datasheet.txt"),
                          fixture("complete.txt"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a datasheet")), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("part TEST-0001: added")));
}

void tst_ImportDatasheetCommand::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << fixture("no-such-file.txt") << QStringLiteral("no such file");
    QTest::newRow("empty") << fixture("empty.txt") << QStringLiteral("empty");
    QTest::newRow("binary") << fixture("binary.bin") << QStringLiteral("binary");
    QTest::newRow("truncated") << fixture("truncated.txt") << QStringLiteral("truncated");
    QTest::newRow("huge") << m_dir.filePath(QStringLiteral("huge.txt")) << QStringLiteral("too large");
    QTest::newRow("folder") << m_dir.path() << QStringLiteral("folder");
}

void tst_ImportDatasheetCommand::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    if (file.endsWith(QLatin1String("huge.txt")) && !QFile::exists(file)) {
        QFile huge(file);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(64 * 1024 * 1024));
    }
    const QString db = freshDb("refused.sqlite");
    const Result r = run({QStringLiteral("import-datasheet"), file, QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("added")));
}

void tst_ImportDatasheetCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{QStringLiteral("import-datasheet")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import-datasheet"),
                                                   QStringLiteral("--bogus"), fixture("complete.txt")};
}

void tst_ImportDatasheetCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), freshDb("usage.sqlite")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--help")));
}

void tst_ImportDatasheetCommand::pdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("complete.pdf"));
    QVERIFY(cc::test::writePdfFromText(fixture("complete.txt"), pdf));
    const QString db = freshDb("pdf.sqlite");
    const Result r = run({QStringLiteral("import-datasheet"), pdf, QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("part TEST-0001: added")), qPrintable(r.out + r.err));
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.pdf"));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7\nnot really\n");
    file.close();
    const Result bad = run({QStringLiteral("import-datasheet"), corrupt, QStringLiteral("--db"), db});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("cannot be read as a PDF")), qPrintable(bad.err));
}

QTEST_MAIN(tst_ImportDatasheetCommand)
#include "tst_ImportDatasheetCommand.moc"
