// Keeps the layers apart: db/ and models/ never include a Qt Widgets header,
// and SQL stays in db/.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_Layering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noWidgetsBelowViews_data();
    void noWidgetsBelowViews();
    void sqlOnlyInDb_data();
    void sqlOnlyInDb();
    void checkerFindsAViolation();

private:
    static QStringList sources(const QString &folder);
    static QStringList includes(const QString &path);
    QStringList widgetsViolations(const QString &path) const;
    QSet<QString> m_widgetsHeaders;
};

QStringList tst_Layering::sources(const QString &folder)
{
    QStringList result;
    QDirIterator it(QStringLiteral(CC_SOURCE_DIR "/") + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        result << it.next();
    result.sort();
    return result;
}

QStringList tst_Layering::includes(const QString &path)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList result;
    auto matches = include.globalMatch(QString::fromUtf8(file.readAll()));
    while (matches.hasNext())
        result << matches.next().captured(1);
    return result;
}

void tst_Layering::initTestCase()
{
    // Every header name Qt Widgets installs (QWidget, QtWidgets/qwidget.h, ...).
    for (const QString &dir : QStringLiteral(CC_WIDGETS_INCLUDE_DIRS).split(QLatin1Char('|'))) {
        if (!dir.endsWith(QLatin1String("QtWidgets")))
            continue;
        for (const QString &name : QDir(dir).entryList(QDir::Files)) {
            m_widgetsHeaders << name << QStringLiteral("QtWidgets/") + name;
        }
    }
    m_widgetsHeaders << QStringLiteral("QtWidgets");
    QVERIFY2(m_widgetsHeaders.contains(QStringLiteral("QWidget")), "Qt Widgets headers not found");
}

QStringList tst_Layering::widgetsViolations(const QString &path) const
{
    QStringList found;
    for (const QString &header : includes(path)) {
        if (m_widgetsHeaders.contains(header))
            found << header;
    }
    return found;
}

void tst_Layering::noWidgetsBelowViews_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {QStringLiteral("db"), QStringLiteral("models")}) {
        for (const QString &path : sources(folder))
            QTest::newRow(qPrintable(QDir(QStringLiteral(CC_SOURCE_DIR)).relativeFilePath(path))) << path;
    }
}

void tst_Layering::noWidgetsBelowViews()
{
    QFETCH(QString, path);
    const QStringList found = widgetsViolations(path);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("includes Widgets: ") + found.join(QLatin1Char(' '))));
}

void tst_Layering::sqlOnlyInDb_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {QStringLiteral("models"), QStringLiteral("views"), QStringLiteral("app")}) {
        for (const QString &path : sources(folder))
            QTest::newRow(qPrintable(QDir(QStringLiteral(CC_SOURCE_DIR)).relativeFilePath(path))) << path;
    }
}

void tst_Layering::sqlOnlyInDb()
{
    QFETCH(QString, path);
    for (const QString &header : includes(path))
        QVERIFY2(!header.startsWith(QLatin1String("QSql")), qPrintable(header));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    static const QRegularExpression sql(QStringLiteral("\"\\s*(SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM)\\s"));
    const QRegularExpressionMatch match = sql.match(QString::fromUtf8(file.readAll()));
    QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("SQL outside db/: ") + match.captured(0)));
}

void tst_Layering::checkerFindsAViolation()
{
    // The check itself must be able to fail.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Bad.h"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#pragma once\n#include <QDialog>\n#  include \"QtWidgets/qwidget.h\"\n#include <QString>\n");
    file.close();
    QCOMPARE(widgetsViolations(path),
             (QStringList{QStringLiteral("QDialog"), QStringLiteral("QtWidgets/qwidget.h")}));
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_Layering.moc"
