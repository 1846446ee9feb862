#include "app/Localization.h"
#include "models/bom/BomTable.h"
#include "models/datasheet/DatasheetLayout.h"
#include "models/datasheet/PartFormatter.h"
#include "models/part/PartKinds.h"
#include "models/part/PartTr.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
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

// The translation context of a module: the one Q_DECLARE_TR_FUNCTIONS of its
// <Name>Tr.h (e.g. models/rules/RulesTr.h: "Rules"), and that struct's name.
struct ModuleContext
{
    QString trStruct; // RulesTr
    QString context;  // Rules
};

ModuleContext contextOf(const QString &folder)
{
    static const QRegularExpression declared(
        QStringLiteral("struct (\\w+Tr)\\s*\\{\\s*Q_DECLARE_TR_FUNCTIONS\\((\\w+)\\)"));
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*Tr.h")}, QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QRegularExpressionMatch m = declared.match(QString::fromUtf8(file.readAll()));
        if (m.hasMatch())
            return {m.captured(1), m.captured(2)};
    }
    return {};
}

// What in one source file of a module does not go through the module's
// context: a translate() or Q_DECLARE_TR_FUNCTIONS of its own, a bare tr()
// (a QObject's tr() has a context per class), another module's XTr::tr(),
// or a QT_TRANSLATE_NOOP in another context.
QStringList strayContexts(const QString &code, const ModuleContext &module)
{
    QStringList found;
    if (code.contains(QLatin1String("QCoreApplication::translate(")))
        found << QStringLiteral("QCoreApplication::translate()");
    if (code.contains(QLatin1String("Q_DECLARE_TR_FUNCTIONS(")))
        found << QStringLiteral("a Q_DECLARE_TR_FUNCTIONS of its own");
    static const QRegularExpression bare(QStringLiteral("(?<![\\w:.>~])tr\\("));
    if (bare.match(code).hasMatch())
        found << QStringLiteral("a bare tr()");
    static const QRegularExpression qualified(QStringLiteral("\\b(\\w+)::tr\\("));
    for (auto it = qualified.globalMatch(code); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != module.trStruct)
            found << name + QStringLiteral("::tr()");
    }
    static const QRegularExpression noop(QStringLiteral("QT_TRANSLATE_NOOP\\(\\s*\"(\\w+)\""));
    for (auto it = noop.globalMatch(code); it.hasNext();) {
        const QString context = it.next().captured(1);
        if (context != module.context)
            found << QStringLiteral("QT_TRANSLATE_NOOP(\"%1\")").arg(context);
    }
    found.removeDuplicates();
    return found;
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
    void oneContextPerModule_data();
    void oneContextPerModule();
    void contextCheckFindsAStrayContext();

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
    QTranslator translator;
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
    QCOMPARE(QCoreApplication::translate("Bom", "Item number"),
             QStringLiteral("Artikelnummer"));
    QCOMPARE(PartTr::notKnown(), QStringLiteral("nicht bekannt"));
    QLocale::setDefault(QLocale::c());
}

void TranslationsTest::oneContextPerModule_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(CC_SOURCE_DIR));
    for (const char *top : {"app", "models", "views"}) {
        QDirIterator it(root.filePath(QLatin1String(top)), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("Tr.h")))
                continue;
            // A module is the nearest folder with a <Name>Tr.h (cmd/ belongs
            // to the folder above it).
            QString folder = QFileInfo(path).path();
            while (contextOf(folder).context.isEmpty() && folder.size() > root.path().size())
                folder = QFileInfo(folder).path();
            QTest::newRow(qPrintable(root.relativeFilePath(path))) << path << folder;
        }
    }
}

void TranslationsTest::oneContextPerModule()
{
    QFETCH(QString, path);
    QFETCH(QString, folder);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList found = strayContexts(QString::fromUtf8(file.readAll()), contextOf(folder));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

void TranslationsTest::contextCheckFindsAStrayContext()
{
    // The check itself must be able to fail.
    const ModuleContext rules{QStringLiteral("RulesTr"), QStringLiteral("Rules")};
    QVERIFY(strayContexts(QStringLiteral("return RulesTr::tr(\"x\");"), rules).isEmpty());
    QCOMPARE(strayContexts(QStringLiteral("return tr(\"x\");"), rules).size(), 1);
    QCOMPARE(strayContexts(QStringLiteral("BomTr::tr(\"x\")"), rules).size(), 1);
    QCOMPARE(strayContexts(QStringLiteral("QT_TRANSLATE_NOOP(\"Bom\", \"x\")"), rules).size(), 1);
    QCOMPARE(strayContexts(QStringLiteral("QCoreApplication::translate(\"Rules\", x)"), rules).size(), 1);
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_Translations.moc"
