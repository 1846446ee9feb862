#include "db/SqlScript.h"

#include <QTest>

using cc::SqlScript;

class tst_SqlScript : public QObject
{
    Q_OBJECT

private slots:
    void statements_data();
    void statements();
};

void tst_SqlScript::statements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("two statements")
        << QStringLiteral("CREATE TABLE a (x);\nINSERT INTO a VALUES (1);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("INSERT INTO a VALUES (1)")};
    QTest::newRow("no final semicolon")
        << QStringLiteral("SELECT 1") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("semicolon in quotes")
        << QStringLiteral("INSERT INTO a VALUES ('x;y', \"q;\"\"\");")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y', \"q;\"\"\")")};
    QTest::newRow("doubled single quote")
        << QStringLiteral("INSERT INTO a VALUES ('it''s; fine');SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("comments")
        << QStringLiteral("-- a comment; with semicolon\nSELECT 1; /* block; */ SELECT 2;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("trigger body")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n"
                          "  UPDATE b SET x = CASE WHEN x > 1 THEN 1 ELSE 2 END;\nEND;\nSELECT 3;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b "
                                      "VALUES (1);\n  UPDATE b SET x = CASE WHEN x > 1 THEN 1 "
                                      "ELSE 2 END;\nEND"),
                       QStringLiteral("SELECT 3")};
    QTest::newRow("transaction of a dump")
        << QStringLiteral("BEGIN TRANSACTION;\nCREATE TABLE a (x);\nCOMMIT;")
        << QStringList{QStringLiteral("BEGIN TRANSACTION"), QStringLiteral("CREATE TABLE a (x)"),
                       QStringLiteral("COMMIT")};
    QTest::newRow("words containing keywords")
        << QStringLiteral("SELECT beginning, endpoint FROM a; SELECT 1;")
        << QStringList{QStringLiteral("SELECT beginning, endpoint FROM a"), QStringLiteral("SELECT 1")};
    QTest::newRow("dollar-quoted function body")
        << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                          "  INSERT INTO b VALUES (1); -- keep\n  RETURN NULL;\nEND\n$$;\nSELECT 4;")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$\nBEGIN\n  INSERT INTO b VALUES (1); -- keep\n  RETURN "
                                      "NULL;\nEND\n$$"),
                       QStringLiteral("SELECT 4")};
    QTest::newRow("tagged dollar quote and placeholders")
        << QStringLiteral("SELECT $body$a;b$body$, $1; SELECT 5;")
        << QStringList{QStringLiteral("SELECT $body$a;b$body$, $1"), QStringLiteral("SELECT 5")};
    QTest::newRow("unterminated quote")
        << QStringLiteral("SELECT 'abc; SELECT 2")
        << QStringList{QStringLiteral("SELECT 'abc; SELECT 2")};
}

void tst_SqlScript::statements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(SqlScript::statements(script), expected);
}

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_SqlScript.moc"
