// Runs `connector-configurator import-catalog` as a user would, on both
// back ends. The fixtures (tests/fixtures/feeds) are test data with
// fictitious TEST-FEED items.
#include "ProgramRun.h"
#include "TestBackend.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_ImportCatalogCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsAndReportsPerFile();
    void sameFileAgainIsUnchanged();
    void dryRunWritesNothing();
    void badFileDoesNotStopTheOthers();
    void hostileFilesWriteNothing();
    void familyAndManufacturerNumbers();
    void usageErrors_data();
    void usageErrors();
    void helpNamesTheCommand();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    static QString feed(const char *name) { return QStringLiteral(CC_FIXTURES_DIR "/feeds/") + QLatin1String(name); }
    QString freshDb(const char *name) const { return cc::test::newDatabase(m_dir, QLatin1String(name)); }
    QString show(const QString &db, const QString &item) { return run({QStringLiteral("show"), item, QStringLiteral("--db"), db}).out; }
    QTemporaryDir m_dir;
};

tst_ImportCatalogCommand::Result tst_ImportCatalogCommand::run(const QStringList &arguments)
{
    const cc::test::ProgramRun r = cc::test::runProgram(arguments, m_dir.filePath(QStringLiteral("data")));
    return {r.exitCode, r.text(), r.err};
}

void tst_ImportCatalogCommand::initTestCase()
{
    CC_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
}

void tst_ImportCatalogCommand::importsAndReportsPerFile()
{
    const QString db = freshDb("import.sqlite");
    const Result r = run({QStringLiteral("import-catalog"), feed("bmecat2005-latin1.xml"), feed("bmecat12.xml"),
                          QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    for (const char *expected : {"bmecat2005-latin1.xml:", "products read: 12",
                                 "added: 9, changed: 0, unchanged: 0, deleted: 0, skipped: 3",
                                 "line 189: no SUPPLIER_PID (item number)",
                                 "line 183, TEST-FEED-0008: number of poles (EF001391) \"vier\" is not a number; not stored",
                                 "references left unresolved: 1", "TEST-FEED-0001 -> accessories TEST-FEED-9999",
                                 "read as Windows-1252 (declared ISO-8859-1)", "bmecat12.xml:", "products read: 2",
                                 "added: 2, changed: 0"}) {
        QVERIFY2(r.out.contains(QString::fromUtf8(expected)), qPrintable(r.out));
    }
    // English on the command line: the English description, with ² intact.
    const QString socket = show(db, QStringLiteral("TEST-FEED-0001"));
    QVERIFY2(socket.contains(QStringLiteral("Socket; 4-pole; Cod. A; 2.5 mm²; green; test data")), qPrintable(socket));
    QVERIFY(socket.contains(QStringLiteral("https://example.com/media/datasheets/TEST-FEED-0001.pdf")));
    QVERIFY(socket.contains(QStringLiteral("Fire load: 0.18 MJ")));
    // The broken pole count is not stored as 0.
    QVERIFY(show(db, QStringLiteral("TEST-FEED-0008")).contains(QStringLiteral("Poles: not known")));
    // JSON keeps every feature and reference as the file states them.
    const Result json = run({QStringLiteral("show"), QStringLiteral("TEST-FEED-0001"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--db"), db});
    QVERIFY(json.out.contains(QStringLiteral("\"EF009690\"")));
    QVERIFY(json.out.contains(QStringLiteral("\"TEST-FEED-9999\"")));
}

void tst_ImportCatalogCommand::sameFileAgainIsUnchanged()
{
    const QString db = freshDb("again.sqlite");
    QCOMPARE(run({QStringLiteral("import-catalog"), feed("bmecat2005-latin1.xml"), QStringLiteral("--db"), db}).exitCode, 0);
    const Result again = run({QStringLiteral("import-catalog"), feed("bmecat2005-latin1.xml"), QStringLiteral("--db"), db});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("added: 0, changed: 0, unchanged: 9")), qPrintable(again.out));
    const Result update = run({QStringLiteral("import-catalog"), feed("bmecat2005-update.xml"), QStringLiteral("--db"), db});
    QCOMPARE(update.exitCode, 0);
    QVERIFY2(update.out.contains(QStringLiteral("added: 1, changed: 1, unchanged: 0, deleted: 2")), qPrintable(update.out));
    QVERIFY(update.out.contains(QStringLiteral("feature ETIM-8.0 EF000227: 25 A -> 32 A")));
}

void tst_ImportCatalogCommand::dryRunWritesNothing()
{
    const QString db = freshDb("dry.sqlite");
    const Result r = run({QStringLiteral("import-catalog"), feed("bmecat2005-latin1.xml"), QStringLiteral("--dry-run"),
                          QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("would be added: 9")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("dry run: nothing was written")));
    QCOMPARE(run({QStringLiteral("show"), QStringLiteral("TEST-FEED-0001"), QStringLiteral("--db"), db}).exitCode, 2);
}

void tst_ImportCatalogCommand::badFileDoesNotStopTheOthers()
{
    const QString db = freshDb("mixed.sqlite");
    const Result r = run({QStringLiteral("import-catalog"), feed("truncated.xml"), feed("bmecat2005.zip"),
                          QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("truncated.xml:")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("not imported: line 71: the file ends before the catalog is complete")));
    QVERIFY(r.err.contains(QStringLiteral("nothing of this file was written")));
    QVERIFY2(r.out.contains(QStringLiteral("read from catalog/bmecat2005-latin1.xml in the archive")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("added: 9")));
}

void tst_ImportCatalogCommand::hostileFilesWriteNothing()
{
    const QString db = freshDb("hostile.sqlite");
    for (const char *name : {"billion-laughs.xml", "external-entity.xml", "empty.xml", "binary.bin", "not-bmecat.xml"}) {
        const Result r = run({QStringLiteral("import-catalog"), feed(name), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String(name)), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("root:x:")));
        QVERIFY(!r.out.contains(QStringLiteral("added")));
    }
    QCOMPARE(run({QStringLiteral("show"), QStringLiteral("TEST-XXE-1"), QStringLiteral("--db"), db}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("show"), QStringLiteral("TEST-LAUGHS-1"), QStringLiteral("--db"), db}).exitCode, 2);
}

void tst_ImportCatalogCommand::familyAndManufacturerNumbers()
{
    const QString db = freshDb("family.sqlite");
    const Result r = run({QStringLiteral("import-catalog"), feed("bmecat12.xml"), QStringLiteral("--family"),
                          QStringLiteral("TESTSTAR MINI"), QStringLiteral("--manufacturer-pid"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    // TEST-FEED-1202 has no MANUFACTURER_AID: skipped with its reason.
    QVERIFY2(r.out.contains(QStringLiteral("no MANUFACTURER_PID")), qPrintable(r.out));
    const QString plug = show(db, QStringLiteral("MFR-1201"));
    QVERIFY2(plug.contains(QStringLiteral("Family: TESTSTAR MINI")), qPrintable(plug));
    QVERIFY(plug.contains(QStringLiteral("Supplier's item number: TEST-FEED-1201")));
}

void tst_ImportCatalogCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{QStringLiteral("import-catalog")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import-catalog"), QStringLiteral("--bogus"),
                                                   feed("bmecat12.xml")};
    QTest::newRow("empty family") << QStringList{QStringLiteral("import-catalog"), QStringLiteral("--family"),
                                                 QStringLiteral(" "), feed("bmecat12.xml")};
}

void tst_ImportCatalogCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), freshDb("usage.sqlite")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--help")));
}

void tst_ImportCatalogCommand::helpNamesTheCommand()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("import-catalog")));
    const Result own = run({QStringLiteral("import-catalog"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    for (const char *option : {"--dry-run", "--family", "--manufacturer-pid", "--overwrite-user-edits", "--db"})
        QVERIFY2(own.out.contains(QLatin1String(option)), qPrintable(own.out));
}

QTEST_GUILESS_MAIN(tst_ImportCatalogCommand)
#include "tst_ImportCatalogCommand.moc"
