#include "db/BundledCatalog.h"
#include "db/Database.h"
#include "db/PartRepository.h"
#include "db/Transaction.h"
#include "FieldsByKey.h"
#include "models/part/ConductorClasses.h"
#include "models/part/PartFields.h"
#include "models/part/PartKinds.h"
#include "TestCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_BundledCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void socketHasEveryDatasheetValue_data();
    void socketHasEveryDatasheetValue();
    void socketRatings();
    void socketConductorRanges();
    void socketApprovals();
    void socketClassificationsAndSource();
    void socketRelations();
    void accessoriesCarryTheirDescriptions_data();
    void accessoriesCarryTheirDescriptions();
    void unknownValuesStayEmpty();
    void listedPartsHaveTheDerivedFamily_data();
    void listedPartsHaveTheDerivedFamily();
    void statedFamiliesAreNotDerived();
    void derivedNeverOverwritesStated();
    void databaseWithoutDerivedValuesInstallsAgain();
    void supersededNumberLeadsToSuccessor();
    void secondFamily();
    void everyPartHasASource();
    void installIsIdempotent();
    void newerCatalogKeepsUserParts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    PartRecord part(const QString &item);
};

void tst_BundledCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = test::catalogIn(m_dir);
}

PartRecord tst_BundledCatalog::part(const QString &item)
{
    const std::optional<PartRecord> record = PartRepository(*m_database).find(item);
    if (!record)
        qFatal("part %s missing", qPrintable(item));
    return *record;
}

void tst_BundledCatalog::socketHasEveryDatasheetValue_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");
    const auto row = [](const char *field, const QVariant &value) {
        QTest::newRow(field) << QString::fromLatin1(field) << value;
    };
    row("description", QStringLiteral("Socket; 4-pole; Cod. Q; 4,00 mm²; green"));
    row("family", QStringLiteral("WINSTA MIDI"));
    row("kind", QStringLiteral("socket"));
    row("gender", QStringLiteral("female"));
    row("poles", 4);
    row("potentials", 4);
    row("connection_points", 4);
    row("coding", QStringLiteral("Q"));
    row("colour", QStringLiteral("green"));
    row("cover_colour", QStringLiteral("gray"));
    row("cross_section_mm2", 4.0);
    row("cross_section_awg", 12);
    row("mounting", QStringLiteral("flying"));
    row("connection_technology", QStringLiteral("Push-in CAGE CLAMP"));
    row("strip_length_mm", 9.0);
    row("conductor_entry_angle_deg", 0.0);
    row("pin_spacing_mm", 10.0);
    row("width_mm", 40.0);
    row("height_mm", 12.9);
    row("depth_mm", 37.5);
    row("variable_coding", 0);
    row("marking", QStringLiteral("N PE1 PE2 L"));
    row("potential_marking", QStringLiteral("N PE1 PE2 L"));
    row("mating_force_min_n", 20.0);
    row("mating_force_max_n", 70.0);
    row("unmating_force_min_n", 20.0);
    row("unmating_force_max_n", 70.0);
    row("retention_force_locked_min_n", 80.0);
    row("mating_cycles", 200);
    row("protection_type", QStringLiteral("IP20"));
    row("protection_type_secured", QStringLiteral("IP2xC"));
    row("contact_type", QStringLiteral("Female connector/socket"));
    row("mismating_protection", 1);
    row("locking_lever", QStringLiteral("Can be retrofitted"));
    row("contact_resistance_mohm", 1.0);
    row("transition_resistance_mohm", 0.25);
    row("material_group", QStringLiteral("I"));
    row("insulation_material", QStringLiteral("Polyamide (PA66)"));
    row("flammability_class", QStringLiteral("V0"));
    row("clamping_spring_material", QStringLiteral("Chrome-nickel spring steel (CrNi)"));
    row("contact_material", QStringLiteral("Copper or copper alloy; surface-treated"));
    row("contact_plating", QStringLiteral("Tin"));
    row("fire_load_mj", 0.221);
    row("weight_g", 12.6);
    row("processing_temp_min_c", -5.0);
    row("processing_temp_max_c", 40.0);
    row("operating_temp_min_c", -35.0);
    row("operating_temp_max_c", 85.0);
    row("insulation_temp_max_c", 105.0);
    row("packaging_unit", 50);
    row("packaging_type", QStringLiteral("box"));
    row("country_of_origin", QStringLiteral("DE"));
    row("gtin", QStringLiteral("4045454299156"));
    row("customs_tariff", QStringLiteral("85366990990"));
    row("rohs_status", QStringLiteral("Compliant, No Exemption"));
}

void tst_BundledCatalog::socketHasEveryDatasheetValue()
{
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    const QVariant actual = test::valueByKey(part(QStringLiteral("770-1324")), field);
    QVERIFY2(!actual.isNull(), qPrintable(field));
    if (expected.typeId() == QMetaType::Double)
        QCOMPARE(actual.toDouble(), expected.toDouble());
    else if (expected.typeId() == QMetaType::Int)
        QCOMPARE(actual.toLongLong(), expected.toLongLong());
    else
        QCOMPARE(actual.toString(), expected.toString());
}

void tst_BundledCatalog::socketRatings()
{
    const PartRecord socket = part(QStringLiteral("770-1324"));
    QCOMPARE(socket.ratings.size(), 2);
    const RatingRecord &iec = socket.ratings.at(0);
    QCOMPARE(iec.standard, QStringLiteral("IEC/EN 60664-1"));
    QCOMPARE(iec.market, QStringLiteral("IEC"));
    QCOMPARE(iec.overvoltageCategory, QStringLiteral("III"));
    QCOMPARE(iec.pollutionDegree, std::optional<int>(3));
    QCOMPARE(iec.voltageV, std::optional<double>(400));
    QCOMPARE(iec.impulseVoltageKv, std::optional<double>(6));
    QCOMPARE(iec.currentA, std::optional<double>(32));
    const RatingRecord &ul = socket.ratings.at(1);
    QCOMPARE(ul.standard, QStringLiteral("UL 1977"));
    QCOMPARE(ul.voltageV, std::optional<double>(600));
    QCOMPARE(ul.currentA, std::optional<double>(23));
    QVERIFY(!ul.impulseVoltageKv);
}

void tst_BundledCatalog::socketConductorRanges()
{
    const PartRecord socket = part(QStringLiteral("770-1324"));
    QCOMPARE(socket.conductorRanges.size(), ConductorClasses::table().codes().size());
    for (const ConductorRangeRecord &r : socket.conductorRanges) {
        if (r.conductorClass == QLatin1String("stranded")) {
            QCOMPARE(r.minMm2, std::optional<double>(0.5));
            QCOMPARE(r.maxMm2, std::optional<double>(2.5));
            QCOMPARE(r.minAwg, std::optional<int>(20));
            QCOMPARE(r.maxAwg, std::optional<int>(14));
        }
        if (r.conductorClass == QLatin1String("fine_stranded_insulated_ferrule")) {
            QCOMPARE(r.minMm2, std::optional<double>(0.25));
            QCOMPARE(r.maxMm2, std::optional<double>(1.5));
        }
        QVERIFY(r.minMm2 && r.maxMm2 && *r.minMm2 <= *r.maxMm2);
        QVERIFY(r.minAwg && r.maxAwg && *r.minAwg >= *r.maxAwg);
    }
}

void tst_BundledCatalog::socketApprovals()
{
    const PartRecord socket = part(QStringLiteral("770-1324"));
    QCOMPARE(socket.approvals.size(), 8);
    QStringList certificates;
    for (const ApprovalRecord &a : socket.approvals)
        certificates << a.certificate;
    QCOMPARE(certificates, (QStringList{QStringLiteral("71-123228"), QStringLiteral("NL-84761"),
                                        QStringLiteral("E45171"), QStringLiteral("E45172"), QString(),
                                        QStringLiteral("19-HG1868589-PDA"),
                                        QStringLiteral("TAE00001Z6"),
                                        QStringLiteral("LR22429487TA")}));
    QCOMPARE(socket.approvals.at(2).issuer, QStringLiteral("Underwriters Laboratories Inc."));
    QCOMPARE(socket.approvals.at(2).standard, QStringLiteral("UL 1977"));
    QCOMPARE(socket.approvals.at(7).kind, QStringLiteral("marine"));
    QCOMPARE(socket.approvals.at(7).standard, QStringLiteral("IEC 61984"));
}

void tst_BundledCatalog::socketClassificationsAndSource()
{
    const PartRecord socket = part(QStringLiteral("770-1324"));
    QCOMPARE(socket.classifications.size(), 4);
    for (const ClassificationRecord &c : socket.classifications) {
        QCOMPARE(c.code, c.scheme == QLatin1String("ETIM") ? QStringLiteral("EC002560")
                                                            : QStringLiteral("27-44-06-05"));
    }
    QCOMPARE(socket.source.reference, QStringLiteral("D1"));
    QCOMPARE(socket.origin, QStringLiteral("catalog"));
}

void tst_BundledCatalog::socketRelations()
{
    const PartRecord socket = part(QStringLiteral("770-1324"));
    QStringList counterparts;
    QHash<QString, QStringList> groups;
    for (const RelationRecord &r : socket.relations) {
        if (r.relation == QLatin1String("counterpart")) {
            counterparts << r.itemNumber;
        } else {
            QVERIFY(r.required.has_value());
            groups[r.group + (*r.required ? QStringLiteral("/required") : QStringLiteral("/optional"))]
                << r.itemNumber;
        }
    }
    QCOMPARE(counterparts, (QStringList{QStringLiteral("770-1334"), QStringLiteral("770-2334"),
                                        QStringLiteral("770-2334/007-000")}));
    QCOMPARE(groups.value(QStringLiteral("Cover/required")),
             (QStringList{QStringLiteral("770-201"), QStringLiteral("770-221")}));
    QCOMPARE(groups.value(QStringLiteral("Locking levers/required")).size(), 4);
    QCOMPARE(groups.value(QStringLiteral("Strain relief/required")).size(), 4);
    QCOMPARE(groups.value(QStringLiteral("Marking accessories/optional")).size(), 6);
    QCOMPARE(groups.value(QStringLiteral("Mounting/optional")),
             (QStringList{QStringLiteral("770-319"), QStringLiteral("770-339")}));
    QCOMPARE(groups.value(QStringLiteral("Cover/optional")), QStringList{QStringLiteral("897-2005")});
    QCOMPARE(groups.value(QStringLiteral("Tool/optional")), QStringList{QStringLiteral("210-719")});

    // A counterpart shows the socket that lists it.
    const PartRecord plug = part(QStringLiteral("770-1334"));
    QCOMPARE(plug.relations.size(), 1);
    QCOMPARE(plug.relations.first().itemNumber, QStringLiteral("770-1324"));
}

void tst_BundledCatalog::accessoriesCarryTheirDescriptions_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("housing poles") << QStringLiteral("770-504/023-000") << QStringLiteral("poles") << QVariant(4);
    QTest::newRow("housing cables") << QStringLiteral("770-504/023-000") << QStringLiteral("cable_count") << QVariant(2);
    QTest::newRow("housing od min") << QStringLiteral("770-504/023-000") << QStringLiteral("cable_od_min_mm") << QVariant(5.0);
    QTest::newRow("housing od max") << QStringLiteral("770-514") << QStringLiteral("cable_od_max_mm") << QVariant(13.0);
    QTest::newRow("housing length") << QStringLiteral("770-514") << QStringLiteral("length_mm") << QVariant(55.0);
    QTest::newRow("housing colour") << QStringLiteral("770-514") << QStringLiteral("colour") << QVariant(QStringLiteral("white"));
    QTest::newRow("lever operation") << QStringLiteral("770-131") << QStringLiteral("operation") << QVariant(QStringLiteral("tool"));
    QTest::newRow("lever mounting") << QStringLiteral("770-101") << QStringLiteral("for_mounting") << QVariant(QStringLiteral("flying"));
    QTest::newRow("cap poles") << QStringLiteral("770-201") << QStringLiteral("poles") << QVariant(12);
    QTest::newRow("cap separable") << QStringLiteral("770-221") << QStringLiteral("separable") << QVariant(1);
    QTest::newRow("frame panel min") << QStringLiteral("770-319") << QStringLiteral("panel_thickness_min_mm") << QVariant(1.0);
    QTest::newRow("frame panel max") << QStringLiteral("770-339") << QStringLiteral("panel_thickness_max_mm") << QVariant(3.0);
    QTest::newRow("marker colour") << QStringLiteral("770-450/000-012") << QStringLiteral("colour") << QVariant(QStringLiteral("orange"));
    QTest::newRow("plug coding") << QStringLiteral("770-1334") << QStringLiteral("coding") << QVariant(QStringLiteral("Q"));
    QTest::newRow("snap-in mounting") << QStringLiteral("770-2334") << QStringLiteral("mounting") << QVariant(QStringLiteral("snap-in"));
    QTest::newRow("tool blade") << QStringLiteral("210-719") << QStringLiteral("blade_width_mm") << QVariant(2.5);
    QTest::newRow("DALI coding") << QStringLiteral("770-1102") << QStringLiteral("coding") << QVariant(QStringLiteral("I"));
    QTest::newRow("T1 housing poles") << QStringLiteral("770-505/023-000") << QStringLiteral("poles") << QVariant(5);
}

void tst_BundledCatalog::accessoriesCarryTheirDescriptions()
{
    QFETCH(QString, item);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    const QVariant actual = test::valueByKey(part(item), field);
    QVERIFY2(!actual.isNull(), qPrintable(item + QLatin1Char(' ') + field));
    QCOMPARE(actual.toString(), expected.toString());
}

void tst_BundledCatalog::unknownValuesStayEmpty()
{
    // No source gives these: they must be unknown, not zero or guessed.
    // (770-1334's family is derived from D1's listing: see below.)
    const PartRecord plug = part(QStringLiteral("770-1334"));
    for (const char *field : {"pin_spacing_mm", "width_mm", "weight_g", "gtin", "mounting"})
        QVERIFY2(test::valueByKey(plug, QString::fromLatin1(field)).isNull(), field);
    QVERIFY(plug.ratings.isEmpty());
    QCOMPARE(plug.derivedFields(), QList<PartField>{PartField::Family});
    // T1 lists its parts in wiring templates, not on a datasheet, and states
    // no family: nothing is derived for them.
    const PartRecord templated = part(QStringLiteral("770-244"));
    for (const char *field : {"family", "coding", "colour", "cross_section_mm2"})
        QVERIFY2(test::valueByKey(templated, QString::fromLatin1(field)).isNull(), field);
    QVERIFY(templated.derivedFields().isEmpty());
}

void tst_BundledCatalog::listedPartsHaveTheDerivedFamily_data()
{
    QTest::addColumn<QString>("item");
    // D1 lists them on the datasheet of 770-1324 (WINSTA MIDI): its
    // counterparts and its accessories, required and optional.
    for (const char *item : {"770-1334", "770-2334", "770-2334/007-000", "770-201", "770-121",
                             "770-504/023-000", "770-514", "770-450/000-012", "770-319",
                             "897-2005", "210-719"})
        QTest::newRow(item) << QString::fromLatin1(item);
}

void tst_BundledCatalog::listedPartsHaveTheDerivedFamily()
{
    QFETCH(QString, item);
    const PartRecord listed = part(item);
    QCOMPARE(listed.family(), QStringLiteral("WINSTA MIDI"));
    QVERIFY(listed.isDerived(PartField::Family));
    const std::optional<Provenance> provenance = listed.provenance(PartField::Family);
    QVERIFY(provenance);
    QCOMPARE(provenance->basis, QStringLiteral("listing"));
    QCOMPARE(provenance->listingItem, QStringLiteral("770-1324"));
    QCOMPARE(provenance->sourceReference, QStringLiteral("D1"));
    QCOMPARE(provenance->description(), QStringLiteral("listing on the datasheet of 770-1324"));
    // Nothing else is derived; the part keeps its own source.
    QCOMPARE(listed.derivedFields(), QList<PartField>{PartField::Family});
    QCOMPARE(listed.source.reference, QStringLiteral("D1"));
}

void tst_BundledCatalog::statedFamiliesAreNotDerived()
{
    for (const char *item : {"770-1324", "890-743"}) {
        const PartRecord stated = part(QString::fromLatin1(item));
        QVERIFY2(stated.isStated(PartField::Family), item);
        QVERIFY2(stated.derivedFields().isEmpty(), item);
    }
}

void tst_BundledCatalog::derivedNeverOverwritesStated()
{
    // A made-up catalog (tests/fixtures/derived-catalog, test data): a socket
    // of family A lists a plug without a family, a plug that states family B
    // and an accessory; wiring templates (not a datasheet) list another plug.
    QTemporaryDir dir;
    const auto database = Database::open(test::newDatabase(dir));
    const BundledCatalog::Result result
        = BundledCatalog(test::fixture(QStringLiteral("derived-catalog"))).install(*database);
    QVERIFY(result.changed);
    const PartRepository repository(*database);
    const PartRecord plug = *repository.find(QStringLiteral("TEST-P"));
    QCOMPARE(plug.family(), QStringLiteral("TEST FAMILY A"));
    QCOMPARE(plug.provenance(PartField::Family)->listingItem, QStringLiteral("TEST-S-A"));
    QCOMPARE(plug.provenance(PartField::Family)->sourceReference, QStringLiteral("TEST-D"));
    QCOMPARE(repository.find(QStringLiteral("TEST-ACC"))->family(), QStringLiteral("TEST FAMILY A"));
    const PartRecord stated = *repository.find(QStringLiteral("TEST-P-STATED"));
    QCOMPARE(stated.family(), QStringLiteral("TEST FAMILY B"));
    QVERIFY(stated.isStated(PartField::Family));
    const PartRecord templated = *repository.find(QStringLiteral("TEST-P-T"));
    QVERIFY(!templated.isKnown(PartField::Family));
}

void tst_BundledCatalog::databaseWithoutDerivedValuesInstallsAgain()
{
    // A database that holds the bundle as a program without derived values
    // installed it: its catalog fingerprint differs (it names the
    // derivation's version), so the next start installs the catalog again.
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    database->run(QStringLiteral("DELETE FROM part_derived_value"), QStringLiteral("older install"));
    database->run(QStringLiteral("UPDATE part SET family = NULL, family_key = NULL "
                                 "WHERE origin = 'catalog' AND item_number <> '770-1324' "
                                 "AND item_number <> '890-743'"),
                  QStringLiteral("older install"));
    database->run(QStringLiteral("UPDATE meta SET value = 'an older catalog' WHERE key = 'bundled_catalog'"),
                  QStringLiteral("older install"));
    QVERIFY(!BundledCatalog().isInstalled(*database));
    QVERIFY(!PartRepository(*database).find(QStringLiteral("770-1334"))->isKnown(PartField::Family));
    QVERIFY(BundledCatalog().install(*database).changed);
    const PartRecord plug = *PartRepository(*database).find(QStringLiteral("770-1334"));
    QCOMPARE(plug.family(), QStringLiteral("WINSTA MIDI"));
    QVERIFY(plug.isDerived(PartField::Family));
}

void tst_BundledCatalog::supersededNumberLeadsToSuccessor()
{
    const struct { const char *old; const char *successor; } pairs[] = {
        {"770-243", "770-203"}, {"770-253", "770-213"}, {"770-242", "770-1102"}, {"770-252", "770-1112"}};
    for (const auto &pair : pairs) {
        const PartRecord record = part(QString::fromLatin1(pair.old));
        QCOMPARE(record.itemNumber(), QString::fromLatin1(pair.successor));
        QCOMPARE(record.supersededItem, QString::fromLatin1(pair.old));
    }
}

void tst_BundledCatalog::secondFamily()
{
    const PartRecord mini = part(QStringLiteral("890-743"));
    QCOMPARE(mini.family(), QStringLiteral("WINSTA MINI"));
    QCOMPARE(*mini.pinSpacingMm(), 4.4);
    QCOMPARE(mini.ratings.size(), 3);
    QCOMPARE(mini.ratings.at(1).condition, QStringLiteral("for 3-pole load"));
    QCOMPARE(*mini.ratings.at(1).currentA, 13.0);
}

void tst_BundledCatalog::everyPartHasASource()
{
    PartRepository repository(*m_database);
    const QList<PartSummary> all = repository.summaries(0, 1000);
    QCOMPARE(all.size(), repository.count());
    QVERIFY(all.size() >= 38); // D1: 24, T1: 13, W2: 1
    for (const PartSummary &summary : all) {
        const PartRecord record = part(summary.itemNumber);
        QVERIFY2(!record.source.reference.isEmpty(), qPrintable(summary.itemNumber));
        QVERIFY2(PartKinds::codes().contains(record.kind()),
                 qPrintable(summary.itemNumber));
    }
}

void tst_BundledCatalog::installIsIdempotent()
{
    const BundledCatalog catalog;
    QVERIFY(catalog.isInstalled(*m_database));
    const BundledCatalog::Result again = catalog.install(*m_database);
    QVERIFY(!again.changed);
}

void tst_BundledCatalog::newerCatalogKeepsUserParts()
{
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    // The user owns 770-1334 (e.g. corrected it) and adds a part of their own.
    {
        PartRepository repository(*database);
        Transaction transaction = database->transaction(QStringLiteral("user edits"));
        const qint64 userSource = repository.saveSource(
            SourceRecord{QStringLiteral("user"), QStringLiteral("user"), QStringLiteral("Entered by the user"), {}, {}});
        PartRecord own;
        own.set(PartField::ItemNumber, QStringLiteral("MY-1"));
        own.set(PartField::Description, QStringLiteral("My part"));
        repository.save(own, QStringLiteral("user"), userSource);
        PartRecord edited = *repository.find(QStringLiteral("770-1334"));
        edited.set(PartField::WeightG, 9.5);
        repository.save(edited, QStringLiteral("user"), userSource);
        transaction.commit();
    }
    // A newer program brings a catalog in which 770-1334 and 770-2334 changed.
    QTemporaryDir newer;
    for (const QString &name : QDir(BundledCatalog::defaultDirectory()).entryList({QStringLiteral("*.json")})) {
        QByteArray content = test::readAll(BundledCatalog::defaultDirectory() + QLatin1Char('/') + name);
        content.replace("\"Snap-in plug; 4-pole; Cod. Q; 4,00 mm²; green\"",
                        "\"Snap-in plug; 4-pole; Cod. Q; 4,00 mm²; green (new)\"");
        content.replace("\"Plug; 4-pole; Cod. Q; 4,00 mm²; green\"",
                        "\"Plug; 4-pole; Cod. Q; 4,00 mm²; green (new)\"");
        QFile out(newer.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const BundledCatalog::Result result = BundledCatalog(newer.path()).install(*database);
    QVERIFY(result.changed);
    QCOMPARE(result.keptUserParts, QStringList{QStringLiteral("770-1334")});
    PartRepository repository(*database);
    QCOMPARE(repository.find(QStringLiteral("MY-1"))->description(), QStringLiteral("My part"));
    const PartRecord kept = *repository.find(QStringLiteral("770-1334"));
    QCOMPARE(kept.description(), QStringLiteral("Plug; 4-pole; Cod. Q; 4,00 mm²; green"));
    QCOMPARE(*kept.weightG(), 9.5);
    // The user's record keeps its derived family as it had it, provenance and all.
    QCOMPARE(kept.provenance(PartField::Family)->listingItem, QStringLiteral("770-1324"));
    QVERIFY(repository.find(QStringLiteral("770-2334"))->description().endsWith(QLatin1String("(new)")));
}

QTEST_GUILESS_MAIN(tst_BundledCatalog)
#include "tst_BundledCatalog.moc"
