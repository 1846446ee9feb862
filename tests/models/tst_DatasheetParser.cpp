#include "FieldsByKey.h"
#include "models/import/parser/DatasheetParser.h"
#include "models/part/PartFields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace cc;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CC_FIXTURES_DIR "/datasheets/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

DatasheetParseResult parseFixture(const char *name)
{
    return DatasheetParser::parse(fixture(name), QString::fromLatin1(name));
}

QVariant typed(const QString &key, const QVariant &value)
{
    const PartFields::Field *field = PartFields::find(key);
    return field ? PartFields::normalized(*field, value, nullptr) : QVariant();
}

const RelationRecord *relation(const PartRecord &part, const QString &item)
{
    for (const RelationRecord &r : part.relations) {
        if (r.itemNumber == item)
            return &r;
    }
    return nullptr;
}

const PartRecord *related(const DatasheetParseResult &result, const QString &item)
{
    for (const PartRecord &p : result.relatedParts) {
        if (p.itemNumber() == item)
            return &p;
    }
    return nullptr;
}

QStringList topics(const QList<NoteRecord> &notes)
{
    QStringList list;
    for (const NoteRecord &note : notes)
        list.append(note.topic);
    list.sort();
    return list;
}

} // namespace

class tst_DatasheetParser : public QObject
{
    Q_OBJECT

private slots:
    void lineEndings_data();
    void lineEndings();
    void fields_data();
    void fields();
    void tables();
    void footersSplittingRows();
    void relations();
    void unplacedLines();
    void proseAndDownloads();
    void missingSections();
    void refused_data();
    void refused();
    void damagedInputDoesNotCrash();
    void realDatasheet();
};

void tst_DatasheetParser::lineEndings_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray lf = fixture("complete.txt");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << crlf;
    QTest::newRow("CR") << cr;
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF") + crlf;
}

void tst_DatasheetParser::lineEndings()
{
    QFETCH(QByteArray, data);
    const DatasheetParseResult reference = parseFixture("complete.txt");
    const DatasheetParseResult result = DatasheetParser::parse(data, u"complete.txt"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(test::valuesByKey(result.part), test::valuesByKey(reference.part));
    QCOMPARE(result.fieldsRead, reference.fieldsRead);
    QCOMPARE(result.unplaced.size(), reference.unplaced.size());
    for (qsizetype i = 0; i < result.unplaced.size(); ++i)
        QCOMPARE(result.unplaced.at(i).lineNumber, reference.unplaced.at(i).lineNumber);
    QCOMPARE(result.relatedParts.size(), reference.relatedParts.size());
}

void tst_DatasheetParser::fields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    const auto row = [](const char *key, const QVariant &value) {
        QTest::newRow(key) << QString::fromLatin1(key) << value;
    };
    row("item_number", u"TEST-0001"_qs);
    row("description", u"Socket; 3-pole; Cod. B; 2,50 mm²; light green"_qs);
    row("url", u"www.example.invalid/TEST-0001"_qs);
    row("kind", u"socket"_qs);
    row("gender", u"female"_qs);
    row("mounting", u"flying"_qs);
    row("family", u"EXAMPLE TEST"_qs);
    row("poles", 3);
    row("potentials", 3);
    row("connection_points", 3);
    row("coding", u"B"_qs);
    row("colour", u"light green"_qs);
    row("cross_section_mm2", 2.5);
    row("cross_section_awg", 14);
    row("connection_technology", u"Push-in CAGE CLAMP"_qs);
    row("actuation_type", u"Push-in"_qs);
    row("strip_length_mm", 10.0);
    row("conductor_entry_angle_deg", 90.0);
    row("pin_spacing_mm", 7.5);
    row("width_mm", 30.0);
    row("height_mm", 11.0);
    row("depth_mm", 25.5);
    row("application", u"Test Bench"_qs);
    row("variable_coding", true);
    row("marking", u"L N PE"_qs);
    row("mating_force_min_n", 10.0);
    row("mating_force_max_n", 40.0);
    row("unmating_force_min_n", 10.0);
    row("unmating_force_max_n", 40.0);
    row("retention_force_locked_min_n", 60.0);
    row("mating_cycles", 100);
    row("protection_type", u"IP40"_qs);
    row("protection_type_secured", QVariant());
    row("contact_type", u"Female connector/socket"_qs);
    row("connector_connection", u"for conductor"_qs);
    row("mismating_protection", false);
    row("locking_lever", u"Can be retrofitted"_qs);
    row("contact_resistance_mohm", 2.0);
    row("transition_resistance_mohm", 0.5);
    row("insulation_material", u"Polyamide (PA66)"_qs);
    row("fire_load_mj", 0.15);
    row("weight_g", 8.5);
    row("processing_temp_min_c", -5.0);
    row("processing_temp_max_c", 40.0);
    row("operating_temp_min_c", -40.0);
    row("operating_temp_max_c", 105.0);
    row("insulation_temp_max_c", 120.0);
    row("packaging_unit", 25);
    row("packaging_type", u"bag"_qs);
    row("country_of_origin", u"XX"_qs);
    row("gtin", u"0000000000000"_qs);
    row("customs_tariff", u"00000000000"_qs);
    row("rohs_status", u"Compliant, No Exemption"_qs);
    row("cover_colour", QVariant());
}

void tst_DatasheetParser::fields()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const DatasheetParseResult result = parseFixture("complete.txt");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(test::valueByKey(result.part, key), typed(key, value));
}

void tst_DatasheetParser::tables()
{
    const DatasheetParseResult result = parseFixture("complete.txt");
    const PartRecord &part = result.part;
    QCOMPARE(result.date, QDate(2024, 3, 15));

    QCOMPARE(part.ratings.size(), 2);
    QCOMPARE(part.ratings.at(0).standard, u"IEC/EN 60664-1"_qs);
    QCOMPARE(part.ratings.at(0).market, u"IEC"_qs);
    QCOMPARE(part.ratings.at(0).overvoltageCategory, u"III"_qs);
    QCOMPARE(part.ratings.at(0).pollutionDegree, std::optional<int>(2));
    QCOMPARE(part.ratings.at(0).voltageV, std::optional<double>(250));
    QCOMPARE(part.ratings.at(0).impulseVoltageKv, std::optional<double>(4));
    QCOMPARE(part.ratings.at(0).currentA, std::optional<double>(16));
    QCOMPARE(part.ratings.at(1).standard, u"UL 1977"_qs);
    QCOMPARE(part.ratings.at(1).market, u"UL"_qs);
    QCOMPARE(part.ratings.at(1).voltageV, std::optional<double>(300));
    QCOMPARE(part.ratings.at(1).currentA, std::optional<double>(10));

    QCOMPARE(part.conductorRanges.size(), 3);
    QCOMPARE(part.conductorRanges.at(0).conductorClass, u"solid"_qs);
    QCOMPARE(part.conductorRanges.at(0).minMm2, std::optional<double>(0.25));
    QCOMPARE(part.conductorRanges.at(0).minAwg, std::optional<int>(22));
    QCOMPARE(part.conductorRanges.at(1).maxMm2, std::optional<double>(1.5));
    QCOMPARE(part.conductorRanges.at(2).conductorClass, u"fine_stranded_ferrule_push_in"_qs);
    QCOMPARE(part.conductorRanges.at(2).minMm2, part.conductorRanges.at(2).maxMm2);

    QCOMPARE(part.approvals.size(), 5);
    QCOMPARE(part.approvals.at(0).certificate, u"12-3456"_qs);
    QCOMPARE(part.approvals.at(2).kind, u"ul"_qs);
    QCOMPARE(part.approvals.at(2).certificate, u"E99999"_qs);
    QCOMPARE(part.approvals.at(3).kind, u"declaration"_qs);
    QCOMPARE(part.approvals.at(3).mark, u"EU-Declaration of Conformity"_qs);
    QCOMPARE(part.approvals.at(3).issuer, u"Example Connectors Ltd"_qs);
    QVERIFY(part.approvals.at(3).standard.isNull());
    QVERIFY(part.approvals.at(3).certificate.isNull());
    QCOMPARE(part.approvals.at(4).kind, u"marine"_qs);
    QCOMPARE(part.approvals.at(4).mark, u"DNV GL"_qs);
    QCOMPARE(part.approvals.at(4).issuer, u"Test Register of Ships"_qs);

    QCOMPARE(part.classifications.size(), 2);
    QCOMPARE(part.classifications.at(0).scheme, u"eCl@ss"_qs);
    QCOMPARE(part.classifications.at(0).version, u"12.0"_qs);
    QCOMPARE(part.classifications.at(1).code, u"EC000000"_qs);

    QCOMPARE(topics(part.notes),
             (QStringList { u"Insulating parts"_qs, u"Locking system"_qs, u"Mating forces"_qs,
                            u"US market"_qs }));
    for (const NoteRecord &note : part.notes) {
        if (note.topic == u"US market")
            QCOMPARE(note.text, u"A test note for one market. It spans two lines of text."_qs);
        if (note.topic == u"Locking system") // a line break inside a value
            QCOMPARE(note.text, u"The first half of a test note that goes on in a second line."_qs);
    }
}

void tst_DatasheetParser::footersSplittingRows()
{
    const DatasheetParseResult result = parseFixture("complete.txt");
    // "Weight<TAB>" / footer / "8,5 g": the value after the page break.
    QCOMPARE(result.part.value(PartField::WeightG), QVariant(8.5));
    // "Continuous operating" / footer / "temperature<TAB>...": the name split.
    QCOMPARE(result.part.value(PartField::OperatingTempMinC), QVariant(-40.0));
    // An approval cell split by the footer: "CCA" / footer / "TestCert Institute B.V.".
    QCOMPARE(result.part.approvals.at(1).mark, u"CCA"_qs);
    QCOMPARE(result.part.approvals.at(1).issuer, u"TestCert Institute B.V."_qs);
    QCOMPARE(result.part.approvals.at(1).standard, u"IEC 99999"_qs);
    QCOMPARE(result.part.approvals.at(1).certificate, u"NL-11111"_qs);
    // An accessory item line and its description split by the footer.
    const PartRecord *lever = related(result, u"TEST-0101"_qs);
    QVERIFY(lever);
    QCOMPARE(lever->operation(), u"manual"_qs);
    // No footer line survives anywhere.
    for (const UnplacedLine &line : result.unplaced)
        QVERIFY2(!line.text.contains(u"Example Connectors"), qPrintable(line.text));
}

void tst_DatasheetParser::relations()
{
    const DatasheetParseResult result = parseFixture("complete.txt");
    QCOMPARE(result.part.relations.size(), 6);
    QCOMPARE(result.relatedParts.size(), 6);
    struct Expected
    {
        const char16_t *item;
        const char16_t *relation;
        const char16_t *group;
        int required; // -1: not stated
    };
    const Expected expected[] = { { u"TEST-0002", u"counterpart", u"", -1 },
                                  { u"TEST-0003", u"counterpart", u"", -1 },
                                  { u"TEST-0101", u"accessory", u"Locking", 1 },
                                  { u"TEST-0201", u"accessory", u"Strain relief", 1 },
                                  { u"TEST-0301", u"accessory", u"Mounting", 0 },
                                  { u"TEST-0401", u"accessory", u"Tool", 0 } };
    for (const Expected &e : expected) {
        const RelationRecord *r = relation(result.part, QString::fromUtf16(e.item));
        QVERIFY2(r, qPrintable(QString::fromUtf16(e.item)));
        QCOMPARE(r->relation, QString::fromUtf16(e.relation));
        QCOMPARE(r->group, QString::fromUtf16(e.group));
        QCOMPARE(r->required ? int(*r->required) : -1, e.required);
    }
    const PartRecord *plug = related(result, u"TEST-0003"_qs);
    QVERIFY(plug);
    QCOMPARE(plug->description(), u"Snap-in plug; 3-pole; Cod. B; 2,50 mm²; light green"_qs);
    QCOMPARE(plug->mounting(), u"snap-in"_qs);
    QCOMPARE(plug->url(), u"www.example.invalid/TEST-0003"_qs);
    const PartRecord *housing = related(result, u"TEST-0201"_qs);
    QVERIFY(housing);
    QCOMPARE(housing->value(PartField::CableCount), typed(u"cable_count"_qs, 1));
    QCOMPARE(housing->value(PartField::CableOdMaxMm), QVariant(10.0));
    QCOMPARE(housing->value(PartField::LengthMm), QVariant(45.0));
    const PartRecord *frame = related(result, u"TEST-0301"_qs);
    QVERIFY(frame);
    QCOMPARE(frame->url(), u"www.example.invalid/TEST-0301"_qs);
    QCOMPARE(frame->value(PartField::PanelThicknessMinMm), QVariant(0.8));
    // A description broken over two lines, the address at the end of the second.
    const PartRecord *tool = related(result, u"TEST-0401"_qs);
    QVERIFY(tool);
    QCOMPARE(tool->description(),
             u"Operating tool; Blade: 3.5 x 0.5 mm; with a partially insulated shaft"_qs);
    QCOMPARE(tool->value(PartField::BladeWidthMm), QVariant(3.5));
    QCOMPARE(tool->url(), u"www.example.invalid/TEST-0401"_qs);
}

void tst_DatasheetParser::unplacedLines()
{
    const DatasheetParseResult result = parseFixture("complete.txt");
    QCOMPARE(result.unplaced.size(), 2);
    QCOMPARE(result.unplaced.at(0).lineNumber, 9);
    QCOMPARE(result.unplaced.at(0).text, u"Color:"_qs);
    QCOMPARE(result.unplaced.at(1).lineNumber, 95);
    QCOMPARE(result.unplaced.at(1).text, u"Magic factor\t42"_qs);
    QVERIFY(!result.unplaced.at(1).reason.isEmpty());
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QVERIFY(result.fieldsRead > 60);
}

void tst_DatasheetParser::proseAndDownloads()
{
    const DatasheetParseResult result = parseFixture("complete.txt");
    // Prose numbers ("16 A and 250 V") do not become fields or unplaced lines.
    for (const UnplacedLine &line : result.unplaced)
        QVERIFY(!line.text.contains(u"prose"));
    QCOMPARE(result.installationNotes.size(), 2);
    QCOMPARE(result.installationNotes.at(0).topic, u"Wiring"_qs);
    QCOMPARE(result.installationNotes.at(0).text,
             u"1. Strip the test conductor by 10 mm.\nPush the conductor in until it stops."_qs);
    QCOMPARE(result.installationNotes.at(1).topic, u"Removal"_qs);
    QCOMPARE(result.downloads.size(), 2);
    QCOMPARE(result.downloads.at(0).date, QDate(2023, 11, 5));
    QCOMPARE(result.downloads.at(0).format, u"pdf 1.0 kB"_qs);
    QCOMPARE(result.downloads.at(1).format, u"URL"_qs);
}

void tst_DatasheetParser::missingSections()
{
    const DatasheetParseResult result = parseFixture("missing-sections.txt");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.part.itemNumber(), u"TEST-0500"_qs);
    QCOMPARE(result.part.kind(), u"plug"_qs);
    QVERIFY(result.part.value(PartField::Url).isNull());
    QVERIFY(result.part.approvals.isEmpty());
    QVERIFY(result.part.relations.isEmpty());
    QVERIFY(!result.date.isValid());
    QCOMPARE(result.part.ratings.size(), 1);
    QCOMPARE(result.part.ratings.at(0).currentA, std::optional<double>(10));
    QCOMPARE(result.part.ratings.at(0).voltageV, std::optional<double>(230));
    QCOMPARE(result.part.ratings.at(0).pollutionDegree, std::optional<int>(3));
    QVERIFY(result.unplaced.isEmpty());
}

void tst_DatasheetParser::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("isDatasheet");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << fixture("empty.txt") << false << u"empty"_qs;
    QTest::newRow("white space") << QByteArray(" \r\n\t\n") << false << u"empty"_qs;
    QTest::newRow("binary") << fixture("binary.bin") << false << u"binary"_qs;
    QTest::newRow("control characters")
        << QByteArray("Data sheet | Item number: X\x01\x02") << false << u"binary"_qs;
    QTest::newRow("not UTF-8") << QByteArray("Data sheet | Item number: X\n\xFF\xFE\xC3") << false
                               << u"UTF-8"_qs;
    QTest::newRow("huge") << QByteArray(6 * 1024 * 1024, 'a') << false << u"bytes"_qs;
    QTest::newRow("not a datasheet")
        << fixture("not-a-datasheet.txt") << false << u"not a datasheet"_qs;
    QTest::newRow("truncated") << fixture("truncated.txt") << true << u"truncated"_qs;
    QTest::newRow("header only") << QByteArray(
        "Data sheet | Item number: TEST-1\nPlug; 2-pole\n\nSubject to changes.\n")
                                 << true << u"no data rows"_qs;
    QTest::newRow("no description")
        << QByteArray("Data sheet | Item number: TEST-1\n\nElectrical data\n\nRated current\t1 A\n"
                      "Subject to changes.\n")
        << true << u"no short description"_qs;
}

void tst_DatasheetParser::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, isDatasheet);
    QFETCH(QString, error);
    const DatasheetParseResult result = DatasheetParser::parse(data, u"input.txt"_qs);
    QVERIFY(!result.ok());
    QCOMPARE(result.isDatasheet, isDatasheet);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"input.txt"), qPrintable(result.error));
}

void tst_DatasheetParser::damagedInputDoesNotCrash()
{
    // Every prefix length and random byte flips: the parser answers, never crashes.
    const QByteArray data = fixture("complete.txt");
    for (qsizetype size = 0; size <= data.size(); size += 37)
        DatasheetParser::parse(data.left(size), u"cut.txt"_qs);
    QRandomGenerator random(4711);
    for (int round = 0; round < 200; ++round) {
        QByteArray copy = data;
        for (int flips = 0; flips < 8; ++flips) {
            const auto at
                = static_cast<qsizetype>(random.bounded(static_cast<quint32>(copy.size())));
            copy[at] = static_cast<char>(random.bounded(1, 256));
        }
        DatasheetParser::parse(copy, u"flipped.txt"_qs);
    }
}

void tst_DatasheetParser::realDatasheet()
{
    QFile file(QStringLiteral(CC_SHARED_DIR "/datasheets/770-1324.txt"));
    if (!file.exists())
        QSKIP("the vendor datasheet 770-1324.txt is not available");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const DatasheetParseResult result = DatasheetParser::parse(file.readAll(), u"770-1324.txt"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));

    QFile catalogFile(QStringLiteral(CC_SOURCE_DIR "/db/catalog/d1-770-1324.json"));
    QVERIFY(catalogFile.open(QIODevice::ReadOnly));
    const QJsonArray parts
        = QJsonDocument::fromJson(catalogFile.readAll()).object().value(u"parts").toArray();
    QVERIFY(!parts.isEmpty());
    static const QSet<QString> listKeys { u"ratings"_qs,    u"conductor_ranges"_qs,
                                          u"approvals"_qs,  u"classifications"_qs,
                                          u"notes"_qs,      u"counterparts"_qs,
                                          u"accessories"_qs };
    const auto compareFields = [](const QJsonObject &expected, const PartRecord &actual) {
        QStringList keys;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (listKeys.contains(it.key()))
                continue;
            keys.append(it.key());
            const QVariant want = typed(it.key(), it.value().toVariant());
            if (test::valueByKey(actual, it.key()) != want) {
                qWarning("%s %s: got %s, want %s", qPrintable(actual.itemNumber()),
                         qPrintable(it.key()),
                         qPrintable(test::valueByKey(actual, it.key()).toString()),
                         qPrintable(want.toString()));
                return false;
            }
        }
        keys.sort();
        QStringList actualKeys = test::valuesByKey(actual).keys();
        actualKeys.sort();
        if (keys != actualKeys) {
            qWarning("%s: keys differ: %s", qPrintable(actual.itemNumber()),
                     qPrintable(actualKeys.join(u' ')));
            return false;
        }
        return true;
    };

    const QJsonObject main = parts.first().toObject();
    const PartRecord &part = result.part;
    QVERIFY(compareFields(main, part));

    const QJsonArray ratings = main.value(u"ratings").toArray();
    QCOMPARE(part.ratings.size(), ratings.size());
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const QJsonObject r = ratings.at(i).toObject();
        const RatingRecord &a = part.ratings.at(i);
        QCOMPARE(a.standard, r.value(u"standard").toString());
        QCOMPARE(a.market, r.value(u"market").toString());
        QCOMPARE(a.overvoltageCategory, r.value(u"overvoltage_category").toString());
        QCOMPARE(a.pollutionDegree.value_or(-1), r.value(u"pollution_degree").toInt(-1));
        QCOMPARE(a.voltageV.value_or(-1), r.value(u"voltage_v").toDouble(-1));
        QCOMPARE(a.impulseVoltageKv.value_or(-1), r.value(u"impulse_voltage_kv").toDouble(-1));
        QCOMPARE(a.currentA.value_or(-1), r.value(u"current_a").toDouble(-1));
    }
    const QJsonArray ranges = main.value(u"conductor_ranges").toArray();
    QCOMPARE(part.conductorRanges.size(), ranges.size());
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QJsonObject r = ranges.at(i).toObject();
        const ConductorRangeRecord &a = part.conductorRanges.at(i);
        QCOMPARE(a.conductorClass, r.value(u"class").toString());
        QCOMPARE(a.minMm2.value_or(-1), r.value(u"min_mm2").toDouble(-1));
        QCOMPARE(a.maxMm2.value_or(-1), r.value(u"max_mm2").toDouble(-1));
        QCOMPARE(a.minAwg.value_or(-1), r.value(u"min_awg").toInt(-1));
        QCOMPARE(a.maxAwg.value_or(-1), r.value(u"max_awg").toInt(-1));
    }
    const QJsonArray approvals = main.value(u"approvals").toArray();
    QCOMPARE(part.approvals.size(), approvals.size());
    for (qsizetype i = 0; i < approvals.size(); ++i) {
        const QJsonObject r = approvals.at(i).toObject();
        const ApprovalRecord &a = part.approvals.at(i);
        QCOMPARE(a.kind, r.value(u"kind").toString());
        QCOMPARE(a.mark, r.value(u"mark").toString());
        QCOMPARE(a.issuer, r.value(u"issuer").toString());
        QCOMPARE(a.standard, r.value(u"standard").toString());
        QCOMPARE(a.certificate, r.value(u"certificate").toString());
    }
    const QJsonArray classes = main.value(u"classifications").toArray();
    QCOMPARE(part.classifications.size(), classes.size());
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QJsonObject r = classes.at(i).toObject();
        QCOMPARE(part.classifications.at(i).scheme, r.value(u"scheme").toString());
        QCOMPARE(part.classifications.at(i).version, r.value(u"version").toString());
        QCOMPARE(part.classifications.at(i).code, r.value(u"code").toString());
    }
    // Notes: the topics the datasheet's rows give ("Test slot" comes from prose).
    QList<NoteRecord> expectedNotes;
    for (const QJsonValue &note : main.value(u"notes").toArray()) {
        const QString topic = note.toObject().value(u"topic").toString();
        if (topic != u"Test slot")
            expectedNotes.append(NoteRecord { topic, QString() });
    }
    QCOMPARE(topics(part.notes), topics(expectedNotes));

    // Relations in the datasheet's order, with group and required flag.
    QList<RelationRecord> expectedRelations;
    for (const QJsonValue &item : main.value(u"counterparts").toArray())
        expectedRelations.append(
            RelationRecord { item.toString(), u"counterpart"_qs, {}, {}, {}, {}, {} });
    for (const QJsonValue &value : main.value(u"accessories").toArray()) {
        const QJsonObject a = value.toObject();
        expectedRelations.append(RelationRecord { a.value(u"item_number").toString(),
                                                  u"accessory"_qs,
                                                  a.value(u"group").toString(),
                                                  a.value(u"required").toBool(),
                                                  {},
                                                  {},
                                                  {} });
    }
    QCOMPARE(part.relations.size(), expectedRelations.size());
    for (qsizetype i = 0; i < expectedRelations.size(); ++i) {
        const RelationRecord &a = part.relations.at(i);
        const RelationRecord &e = expectedRelations.at(i);
        QCOMPARE(a.itemNumber, e.itemNumber);
        QCOMPARE(a.relation, e.relation);
        QCOMPARE(a.group, e.group);
        QCOMPARE(a.required, e.required);
    }
    // Every related part with the fields its description states.
    QCOMPARE(result.relatedParts.size(), parts.size() - 1);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QJsonObject expected = parts.at(i).toObject();
        const PartRecord *actual = related(result, expected.value(u"item_number").toString());
        QVERIFY2(actual, qPrintable(expected.value(u"item_number").toString()));
        QVERIFY(compareFields(expected, *actual));
    }
    // What the parser could not place: the empty "Color:" caption and a
    // link text whose target the PDF text lost.
    QCOMPARE(result.unplaced.size(), 2);
    QCOMPARE(result.unplaced.at(0).lineNumber, 12);
    QCOMPARE(result.unplaced.at(1).lineNumber, 160);
}

QTEST_GUILESS_MAIN(tst_DatasheetParser)
#include "tst_DatasheetParser.moc"
