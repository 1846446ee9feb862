#include "app/ContextTranslator.h"
#include "models/part/PartKinds.h"
#include "models/part/PartTr.h"
#include "app/Localization.h"
#include "models/bom/BomTable.h"
#include "models/datasheet/DatasheetLayout.h"
#include "models/datasheet/PartFormatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

using namespace cc;

namespace {

struct Untranslated
{
    QString context;
    QString source;
    QString reason;
};

QString runTool(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    *ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    return QString::fromLocal8Bit(process.readAll());
}

// Every <message> of a .ts file whose translation is missing, unfinished or
// empty (for plurals: any numerus form empty). Obsolete and vanished
// messages do not count.
QList<Untranslated> untranslatedMessages(const QString &path, QString *error)
{
    QList<Untranslated> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool inMessage = false;
    bool hasTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                hasTranslation = false;
                source.clear();
            } else if (name == QLatin1String("source") && inMessage) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                hasTranslation = true;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                    continue;
                if (type == QLatin1String("unfinished")) {
                    result.append({ context, source, QStringLiteral("unfinished") });
                    continue;
                }
                // Plain text, or numerus forms.
                QString text;
                bool emptyForm = false;
                bool numerus = false;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                       && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        numerus = true;
                        if (xml.readElementText().trimmed().isEmpty())
                            emptyForm = true;
                    }
                }
                if (numerus ? emptyForm : text.trimmed().isEmpty())
                    result.append({ context, source, QStringLiteral("empty") });
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!hasTranslation)
                result.append({ context, source, QStringLiteral("no translation element") });
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return result;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyVisibleStringIsTranslated_data();
    void everyVisibleStringIsTranslated();
    void translationsAreFoundAtRunTime();
    void numbersFollowTheLocale();
    void languageSettingChoosesTheLocale();
    void installLoadsTheEmbeddedGermanCatalog();

private:
    QStringList m_copies;
};

void TranslationsTest::initTestCase()
{
    QDir().mkpath(QStringLiteral(CC_WORK_DIR));
    const QString source = QStringLiteral(CC_SOURCE_DIR);
    for (const QString &tsFile : QStringLiteral(CC_TS_FILES).split(QLatin1Char(';'))) {
        QVERIFY2(QFileInfo::exists(tsFile), qPrintable(tsFile));
        const QString copy
            = QStringLiteral(CC_WORK_DIR) + QLatin1Char('/') + QFileInfo(tsFile).fileName();
        QFile::remove(copy);
        QVERIFY(QFile::copy(tsFile, copy));
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        bool ok = false;
        const QString output = runTool(
            QStringLiteral(CC_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
              QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
              QStringLiteral("-I"), source, source + QStringLiteral("/app"), source + QStringLiteral("/views"),
              source + QStringLiteral("/models"), QStringLiteral("-ts"), copy },
            &ok);
        QVERIFY2(ok, qPrintable(output));
        m_copies << copy;
    }
}

void TranslationsTest::everyVisibleStringIsTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    for (const QString &copy : m_copies)
        QTest::newRow(qPrintable(QFileInfo(copy).fileName())) << copy;
}

void TranslationsTest::everyVisibleStringIsTranslated()
{
    QFETCH(QString, tsFile);
    QString error;
    const QList<Untranslated> missing = untranslatedMessages(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList lines;
    for (const Untranslated &message : missing)
        lines << QStringLiteral("%1: \"%2\" (%3)")
                     .arg(message.context, message.source, message.reason);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated in %2 (add them to the source .ts):\n%3")
                            .arg(missing.size())
                            .arg(tsFile, lines.join(QLatin1Char('\n')))));
}

void TranslationsTest::translationsAreFoundAtRunTime()
{
    // The German catalog, built from the updated copy, looked up the way
    // the program looks texts up.
    QString german;
    for (const QString &copy : m_copies)
        if (copy.endsWith(QLatin1String("_de.ts")))
            german = copy;
    QVERIFY(!german.isEmpty());
    const QString qm = QStringLiteral(CC_WORK_DIR) + QStringLiteral("/test_de.qm");
    bool ok = false;
    const QString output
        = runTool(QStringLiteral(CC_LRELEASE),
                  { QStringLiteral("-silent"), german, QStringLiteral("-qm"), qm }, &ok);
    QVERIFY2(ok, qPrintable(output));
    ContextTranslator translator;
    QVERIFY(translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    QCOMPARE(PartTr::notKnown(), QStringLiteral("nicht bekannt"));
    const QStringList headers = BomTable::headers();
    QVERIFY2(headers.contains(QStringLiteral("Artikelnummer")), qPrintable(headers.join(u'|')));
    QVERIFY(!headers.contains(QStringLiteral("Item number")));
    // Section titles and labels of the datasheet (built once, here).
    const auto &sections = DatasheetLayout::sections();
    QVERIFY(!sections.isEmpty());
    QCOMPARE(sections.first().title, QStringLiteral("Identifikation"));
    QCOMPARE(PartKinds::table().title(QStringLiteral("socket")), QStringLiteral("Buchse"));
    QCOMPARE(PartKinds::table().title(QStringLiteral("plug")), QStringLiteral("Stecker"));

    QCoreApplication::removeTranslator(&translator);
}

void TranslationsTest::numbersFollowTheLocale()
{
    QCOMPARE(PartFormatter(QLocale(QLocale::German, QLocale::Germany)).number(1.5),
             QStringLiteral("1,5"));
    QCOMPARE(PartFormatter(QLocale::c()).number(1.5), QStringLiteral("1.5"));
}

void TranslationsTest::languageSettingChoosesTheLocale()
{
    // The tests run with LC_ALL=C.UTF-8: "system" is the C locale.
    QCOMPARE(Localization::localeFor(QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(Localization::localeFor(QStringLiteral("en")).language(), QLocale::English);
    QCOMPARE(Localization::localeFor(QStringLiteral("system")), QLocale::system());
    QCOMPARE(Localization::applicationCatalog(QLocale(QLocale::German)),
             QStringLiteral(":/i18n/connector-configurator_de.qm"));
    QVERIFY(QFile::exists(Localization::applicationCatalog(QLocale(QLocale::German))));
}

void TranslationsTest::installLoadsTheEmbeddedGermanCatalog()
{
    // As app/main.cpp does for the setting ui/language = de.
    const QLocale locale
        = Localization::install(*QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(locale.language(), QLocale::German);
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    QCOMPARE(PartFormatter(QLocale()).number(2.5), QStringLiteral("2,5"));
    QCOMPARE(QCoreApplication::translate("BomTable", "Item number"),
             QStringLiteral("Artikelnummer"));
    QCOMPARE(PartTr::notKnown(), QStringLiteral("nicht bekannt"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_Translations.moc"
