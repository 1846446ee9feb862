#include "db/AccessoryRuleRepository.h"
#include "db/BundledCatalog.h"
#include "db/CatalogJson.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Migrator.h"
#include "TestCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

// "kind/applies_to quantity per requirement source", for comparing lists.
QString summary(const AccessoryRule &rule)
{
    return QStringLiteral("%1/%2 %3 %4 %5 %6")
        .arg(rule.accessoryKind, rule.appliesTo,
             rule.quantity ? QString::number(*rule.quantity) : QStringLiteral("-"),
             rule.per.isNull() ? QStringLiteral("-") : rule.per,
             rule.requirement.isNull() ? QStringLiteral("-") : rule.requirement,
             rule.sourceReference);
}

QStringList summaries(const QList<AccessoryRule> &rules)
{
    QStringList list;
    for (const AccessoryRule &rule : rules)
        list.append(summary(rule));
    return list;
}

QByteArray document(const QByteArray &rule)
{
    return R"({"format_version": 1, "source": {"reference": "T-X", "kind": "synthetic",
              "title": "test"}, "assembly_rules": [)"
        + rule + "]}";
}

} // namespace

class tst_AssemblyRules_db : public QObject
{
    Q_OBJECT

private slots:
    void bundledRulesAreInstalledWithTheirSources();
    void everyRuleNotesWhatItsSourceSays();
    void newerBundleReplacesTheRules();
    void upgradeFromVersion2InstallsTheRules();
    void strictJson_data();
    void strictJson();
};

void tst_AssemblyRules_db::bundledRulesAreInstalledWithTheirSources()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    const QStringList actual = summaries(AccessoryRuleRepository(*database).all());
    // Ordered by kind, then source. D1, T1 and the trade rules R1 state
    // rules; T1 (one housing per side), D1 (caps: a cap pole per socket
    // pole) and R1 (one lever per connection with a flying lead, one housing
    // per flying side) state a quantity.
    QCOMPARE(actual, (QStringList{
                         QStringLiteral("locking_lever/flying_connection - - required D1"),
                         QStringLiteral("locking_lever/flying_connection 1 assembly required R1"),
                         QStringLiteral("lockout_cap/unmated_socket 1 pole required D1"),
                         QStringLiteral("marker_card/assembly - - optional D1"),
                         QStringLiteral("operating_tool/assembly - - optional D1"),
                         QStringLiteral("protective_cap/assembly - - optional D1"),
                         QStringLiteral("snap_in_frame/snap_in_side - - optional D1"),
                         QStringLiteral(
                             "strain_relief_housing/flying_side - - required_for_ip2xc D1"),
                         QStringLiteral("strain_relief_housing/flying_side 1 side required R1"),
                         QStringLiteral("strain_relief_housing/flying_side 1 side - T1")}));
}

void tst_AssemblyRules_db::everyRuleNotesWhatItsSourceSays()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    for (const AccessoryRule &rule : AccessoryRuleRepository(*database).all())
        QVERIFY2(!rule.note.isEmpty(), qPrintable(summary(rule)));
}

void tst_AssemblyRules_db::newerBundleReplacesTheRules()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    // A newer bundle in which T1 no longer states a quantity.
    QTemporaryDir newer;
    for (const QString &name :
         QDir(BundledCatalog::defaultDirectory()).entryList({QStringLiteral("*.json")})) {
        QByteArray content =
            test::readAll(BundledCatalog::defaultDirectory() + QLatin1Char('/') + name);
        if (name.startsWith(QLatin1String("t1-"))) {
            content.replace("\"quantity\": 1,", "");
            content.replace("\"per\": \"side\",", "");
        }
        QFile out(newer.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    QVERIFY(BundledCatalog(newer.path()).install(*database).changed);
    const QList<AccessoryRule> rules = AccessoryRuleRepository(*database).all();
    QCOMPARE(rules.size(), 10);
    for (const AccessoryRule &rule : rules) {
        if (rule.sourceReference == QLatin1String("T1"))
            QVERIFY(!rule.quantity);
    }
}

void tst_AssemblyRules_db::upgradeFromVersion2InstallsTheRules()
{
    // A database of schema version 2 that holds a bundle with this very
    // fingerprint: without the rule table the rules could not be written.
    // Upgrading must bring them although the bundle's files are unchanged.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        Database::Options options;
        options.migrate = false;
        const auto database = Database::open(path, options);
        for (const Migrator::Step &step : Migrator(*database).steps()) {
            if (step.version <= 2)
                database->runScript(QString::fromUtf8(test::readAll(step.resource)),
                                    QStringLiteral("Creating version 2"));
        }
        database->run(QStringLiteral("PRAGMA user_version = 2"), QStringLiteral("version 2"));
        database->run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                      {QStringLiteral("bundled_catalog"), BundledCatalog().fingerprint()},
                      QStringLiteral("pretend the bundle is installed"));
    }
    const auto database = test::catalogIn(dir, QStringLiteral("v2.sqlite"));
    QCOMPARE(database->schemaVersion(), Migrator(*database).latestVersion());
    QCOMPARE(AccessoryRuleRepository(*database).all().size(), 10);
    QVERIFY(BundledCatalog().isInstalled(*database));
}

void tst_AssemblyRules_db::strictJson_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("error"); // empty: parses

    QTest::newRow("complete") << QByteArray(R"({"accessory_kind": "strain_relief_housing",
        "applies_to": "flying_side", "quantity": 1, "per": "side", "requirement": "required",
        "note": "x"})") << QString();
    QTest::newRow("quantity not stated") << QByteArray(R"({"accessory_kind": "locking_lever",
        "applies_to": "both_sides_flying"})") << QString();
    QTest::newRow("unknown key") << QByteArray(R"({"accessory_kind": "locking_lever",
        "applies_to": "both_sides_flying", "count": 2})") << QStringLiteral("unknown key \"count\"");
    QTest::newRow("quantity without per") << QByteArray(R"({"accessory_kind": "locking_lever",
        "applies_to": "both_sides_flying", "quantity": 2})")
        << QStringLiteral("\"quantity\" needs \"per\"");
    QTest::newRow("zero quantity") << QByteArray(R"({"accessory_kind": "locking_lever",
        "applies_to": "both_sides_flying", "quantity": 0, "per": "side"})")
        << QStringLiteral("greater than zero");
    QTest::newRow("unknown situation") << QByteArray(R"({"accessory_kind": "locking_lever",
        "applies_to": "pcb_side"})") << QStringLiteral("\"applies_to\" is \"pcb_side\"");
    QTest::newRow("unknown kind") << QByteArray(R"({"accessory_kind": "lever",
        "applies_to": "assembly"})") << QStringLiteral("\"accessory_kind\" is \"lever\"");
    QTest::newRow("unknown requirement") << QByteArray(R"({"accessory_kind": "lockout_cap",
        "applies_to": "unmated_socket", "requirement": "maybe"})")
        << QStringLiteral("\"requirement\" is \"maybe\"");
}

void tst_AssemblyRules_db::strictJson()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, error);
    try {
        const CatalogDocument parsed =
            CatalogJson::parse(document(rule), QStringLiteral("test.json"));
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("parsed; expected: ") + error));
        QCOMPARE(parsed.assemblyRules.size(), 1);
    } catch (const DatabaseError &e) {
        QVERIFY2(!error.isEmpty() && e.message().contains(error), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(tst_AssemblyRules_db)
#include "tst_AssemblyRules_db.moc"
