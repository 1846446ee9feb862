// Each domain code list exists once: the tables in models/part (kinds,
// genders, mountings, conductor classes, approval kinds, lever operations)
// are the only place that lists their codes. A source file elsewhere that
// writes two or more codes of one table into one list, or that decides what
// a kind is by looking for a word in its code, fails.
#include "models/part/ApprovalKinds.h"
#include "models/part/ConductorClasses.h"
#include "models/part/Genders.h"
#include "models/part/LeverOperations.h"
#include "models/part/Mountings.h"
#include "models/part/PartKinds.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace cc;

namespace {

struct NamedTable
{
    const char *name;
    const CodeTable &table;
};

QList<NamedTable> tables()
{
    return {{"kinds", PartKinds::table()},
            {"genders", Genders::table()},
            {"mountings", Mountings::table()},
            {"conductor classes", ConductorClasses::table()},
            {"approval kinds", ApprovalKinds::table()},
            {"lever operations", LeverOperations::table()}};
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The string literals of a piece of code, in order.
QStringList literals(const QString &code)
{
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    QStringList result;
    auto matches = literal.globalMatch(code);
    while (matches.hasNext())
        result << matches.next().captured(1);
    return result;
}

// What is wrong with a source text: a brace list ({...} without nested
// braces or statements) whose words are mostly codes of one table, two or
// more of them,
// or a kind decided by a word in its code. (A list of JSON keys that happens
// to hold "socket" and "plug" among others is not a list of kinds.)
QStringList findings(const QString &code)
{
    QStringList found;
    static const QRegularExpression braceList(QStringLiteral("\\{[^{};]*\\}"));
    auto lists = braceList.globalMatch(code);
    while (lists.hasNext()) {
        const QStringList words = literals(lists.next().captured(0));
        for (const NamedTable &named : tables()) {
            QStringList codes;
            for (const QString &word : words) {
                if (named.table.contains(word) && !codes.contains(word))
                    codes << word;
            }
            if (codes.size() >= 2 && 2 * codes.size() >= words.size()) {
                found << QStringLiteral("a list of %1 (%2): use the table in models/part")
                             .arg(QLatin1String(named.name), codes.join(QStringLiteral(", ")));
            }
        }
    }
    static const QRegularExpression byWord(
        QStringLiteral("\\bkind\\.contains\\((?:QLatin1String|QStringLiteral|u)?\\(?\"(socket|plug)\""));
    if (byWord.match(code).hasMatch())
        found << QStringLiteral("a kind decided by a word in its code: use PartKinds");
    return found;
}

} // namespace

class tst_DomainCodes : public QObject
{
    Q_OBJECT

private slots:
    void eachListExistsOnce_data();
    void eachListExistsOnce();
    void checkFindsAList();
    void codesAreUniqueAndSpellingsUnambiguous();
};

void tst_DomainCodes::eachListExistsOnce_data()
{
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(CC_SOURCE_DIR));
    for (const char *folder : {"app", "db", "models", "views"}) {
        QDirIterator it(root.filePath(QLatin1String(folder)), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            if (!relative.startsWith(QLatin1String("models/part/")))
                QTest::newRow(qPrintable(relative)) << path;
        }
    }
}

void tst_DomainCodes::eachListExistsOnce()
{
    QFETCH(QString, path);
    const QStringList found = findings(readText(path));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

void tst_DomainCodes::checkFindsAList()
{
    // The check itself must be able to fail.
    QCOMPARE(findings(QStringLiteral("const QStringList k{QStringLiteral(\"flying\"), "
                                     "QStringLiteral(\"pcb\")};"))
                 .size(),
             1);
    QCOMPARE(findings(QStringLiteral("static const char *const k[] = {\"socket\", \"plug\"};")).size(), 1);
    QCOMPARE(findings(QStringLiteral("if (kind.contains(QLatin1String(\"socket\")))")).size(), 1);
    // One code in a list is a fact about that code, not a list of the table.
    QVERIFY(findings(QStringLiteral("{QStringLiteral(\"socket\"), sideJson(a.socket)}")).isEmpty());
    // A block of statements about two mountings is a rule, not a list.
    QVERIFY(findings(QStringLiteral("{ if (m == \"snap-in\") a(); if (m != \"pcb\") b(); }")).isEmpty());
    QVERIFY(findings(QStringLiteral("withoutKeys(json, {\"designation\", \"quantity\", \"socket\", "
                                    "\"plug\", \"choices\", \"notes\"})"))
                .isEmpty());
}

void tst_DomainCodes::codesAreUniqueAndSpellingsUnambiguous()
{
    for (const NamedTable &named : tables()) {
        const CodeTable &table = named.table;
        for (const QString &code : table.codes()) {
            QCOMPARE(table.codes().count(code), 1);
            QVERIFY2(!table.label(code).isEmpty(), qPrintable(code));
            // Every spelling of a code leads back to it, and to no other.
            for (const QString &spelling : table.spellings(code) + QStringList{code})
                QCOMPARE(table.codeFor(spelling), code);
        }
    }
    QCOMPARE(ConductorClasses::table().codeFor(QStringLiteral("Fine-stranded conductor")),
             QStringLiteral("fine_stranded"));
    QCOMPARE(ConductorClasses::table().codeFor(QStringLiteral("fine-stranded")),
             QStringLiteral("fine_stranded"));
    QVERIFY(ConductorClasses::table().codeFor(QStringLiteral("finely stranded")).isNull());
}

QTEST_GUILESS_MAIN(tst_DomainCodes)
#include "tst_DomainCodes.moc"
