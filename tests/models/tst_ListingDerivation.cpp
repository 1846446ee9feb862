// What a datasheet's listing derives for the parts it lists
// (models/part/ListingDerivation), and how a part record keeps derived values
// apart from stated ones (PartFieldValues). Item numbers starting with
// "TEST-" and the families "TEST FAMILY …" are made up: test data, not
// catalog data.
#include "models/part/ListingDerivation.h"
#include "models/part/PartRecord.h"
#include "models/part/SourceRecord.h"

#include <QTest>

using namespace cc;

class tst_ListingDerivation : public QObject
{
    Q_OBJECT

private slots:
    void counterpartTakesTheFamilyWithItsProvenance();
    void accessoryTakesTheFamily();
    void listedBySupersededNumber();
    void onlyWhatTheListingLists();
    void onlyFromADatasheet();
    void neverOverwritesAStatedValue();
    void onlyFromAStatedValue();
    void derivedBeforeStays();
    void statedValueReplacesDerivedAndItsProvenance();
    void updateAndTakeKeepTheProvenance();
};

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

PartRecord part(const char *item, const char *family = nullptr)
{
    PartRecord record;
    record.set(PartField::ItemNumber, s(item));
    record.set(PartField::Description, s("test data"));
    if (family)
        record.set(PartField::Family, s(family));
    return record;
}

void relate(PartRecord &listing, const char *item, const char *relation)
{
    RelationRecord link;
    link.itemNumber = s(item);
    link.relation = s(relation);
    listing.relations.append(link);
}

// A socket of family A that lists a plug and an accessory.
PartRecord socketA()
{
    PartRecord socket = part("TEST-S-A", "TEST FAMILY A");
    relate(socket, "TEST-P", "counterpart");
    relate(socket, "TEST-ACC", "accessory");
    return socket;
}

SourceRecord datasheet(const char *reference = "TEST-DATASHEET")
{
    return SourceRecord{s(reference), s("datasheet"), s("Test datasheet"), {}, {}};
}

const Provenance fromSocketA{Provenance::listing(), s("TEST-S-A"), s("TEST-DATASHEET")};

} // namespace

void tst_ListingDerivation::counterpartTakesTheFamilyWithItsProvenance()
{
    PartRecord plug = part("TEST-P");
    const QList<PartField> changed = ListingDerivation::derive(socketA(), datasheet(), plug);
    QCOMPARE(changed, QList<PartField>{PartField::Family});
    QCOMPARE(plug.family(), s("TEST FAMILY A"));
    QVERIFY(plug.isKnown(PartField::Family));
    QVERIFY(plug.isDerived(PartField::Family));
    QVERIFY(!plug.isStated(PartField::Family));
    QCOMPARE(plug.provenance(PartField::Family), std::optional<Provenance>(fromSocketA));
    QCOMPARE(plug.derivedFields(), QList<PartField>{PartField::Family});
    QCOMPARE(plug.provenance(PartField::Family)->description(),
             s("listing on the datasheet of TEST-S-A"));
    // Nothing else is derived.
    QVERIFY(!plug.provenance(PartField::Description));
}

void tst_ListingDerivation::accessoryTakesTheFamily()
{
    PartRecord accessory = part("TEST-ACC");
    QCOMPARE(ListingDerivation::derive(socketA(), datasheet(), accessory),
             QList<PartField>{PartField::Family});
    QCOMPARE(accessory.family(), s("TEST FAMILY A"));
    QVERIFY(accessory.isDerived(PartField::Family));
}

void tst_ListingDerivation::listedBySupersededNumber()
{
    PartRecord successor = part("TEST-P-NEW");
    successor.supersededItem = s("TEST-P");
    QVERIFY(ListingDerivation::lists(socketA(), successor));
    QCOMPARE(ListingDerivation::derive(socketA(), datasheet(), successor).size(), 1);
}

void tst_ListingDerivation::onlyWhatTheListingLists()
{
    PartRecord stranger = part("TEST-OTHER");
    QVERIFY(!ListingDerivation::lists(socketA(), stranger));
    QVERIFY(ListingDerivation::derive(socketA(), datasheet(), stranger).isEmpty());
    QVERIFY(!stranger.isKnown(PartField::Family));

    // A part never derives from itself.
    PartRecord self = socketA();
    relate(self, "TEST-S-A", "counterpart");
    QVERIFY(!ListingDerivation::lists(self, self));
}

void tst_ListingDerivation::onlyFromADatasheet()
{
    PartRecord plug = part("TEST-P");
    const SourceRecord templates{s("TEST-TEMPLATES"), s("reference"), s("Test templates"), {}, {}};
    QVERIFY(ListingDerivation::derive(socketA(), templates, plug).isEmpty());
    QVERIFY(!plug.isKnown(PartField::Family));
}

void tst_ListingDerivation::neverOverwritesAStatedValue()
{
    PartRecord plug = part("TEST-P", "TEST FAMILY B");
    QVERIFY(ListingDerivation::derive(socketA(), datasheet(), plug).isEmpty());
    QCOMPARE(plug.family(), s("TEST FAMILY B"));
    QVERIFY(plug.isStated(PartField::Family));
    QVERIFY(!plug.provenance(PartField::Family));
}

void tst_ListingDerivation::onlyFromAStatedValue()
{
    // The listing part's own family is derived: nothing follows from it.
    PartRecord socket = socketA();
    socket.setDerived(PartField::Family, s("TEST FAMILY A"),
                      Provenance{Provenance::listing(), s("TEST-ELSEWHERE"), s("TEST-DATASHEET")});
    PartRecord plug = part("TEST-P");
    QVERIFY(ListingDerivation::derive(socket, datasheet(), plug).isEmpty());
    QVERIFY(!plug.isKnown(PartField::Family));
    // Nor from a listing part that states no family.
    PartRecord noFamily = part("TEST-S-NONE");
    relate(noFamily, "TEST-P", "counterpart");
    QVERIFY(ListingDerivation::derive(noFamily, datasheet(), plug).isEmpty());
}

void tst_ListingDerivation::derivedBeforeStays()
{
    PartRecord plug = part("TEST-P");
    QCOMPARE(ListingDerivation::derive(socketA(), datasheet(), plug).size(), 1);

    // The same value again, from another datasheet of the same part:
    // nothing changes, the first provenance stays.
    QVERIFY(ListingDerivation::derive(socketA(), datasheet("TEST-DATASHEET-2"), plug).isEmpty());
    QCOMPARE(plug.provenance(PartField::Family), std::optional<Provenance>(fromSocketA));

    // Another part of another family lists it too: the first derivation stays.
    PartRecord socketB = part("TEST-S-B", "TEST FAMILY B");
    relate(socketB, "TEST-P", "counterpart");
    QVERIFY(ListingDerivation::derive(socketB, datasheet(), plug).isEmpty());
    QCOMPARE(plug.family(), s("TEST FAMILY A"));

    // The same listing part, now of another family (its newer datasheet):
    // the derived value follows it.
    PartRecord renamed = socketA();
    renamed.set(PartField::Family, s("TEST FAMILY A2"));
    QCOMPARE(ListingDerivation::derive(renamed, datasheet("TEST-DATASHEET-3"), plug).size(), 1);
    QCOMPARE(plug.family(), s("TEST FAMILY A2"));
    QCOMPARE(plug.provenance(PartField::Family)->sourceReference, s("TEST-DATASHEET-3"));
}

void tst_ListingDerivation::statedValueReplacesDerivedAndItsProvenance()
{
    PartRecord plug = part("TEST-P");
    ListingDerivation::derive(socketA(), datasheet(), plug);
    PartRecord derived = plug;
    plug.set(PartField::Family, s("TEST FAMILY A"));
    QVERIFY(plug.isStated(PartField::Family));
    QVERIFY(!plug.provenance(PartField::Family));
    QVERIFY(plug.derivedFields().isEmpty());
    // Same value, but one is derived: the records differ.
    QVERIFY(plug != derived);

    derived.clear(PartField::Family);
    QVERIFY(!derived.isKnown(PartField::Family));
    QVERIFY(!derived.isDerived(PartField::Family));

    // A null derived value is no value, and has no provenance.
    derived.setDerived(PartField::Family, QVariant(), fromSocketA);
    QVERIFY(!derived.isDerived(PartField::Family));
}

void tst_ListingDerivation::updateAndTakeKeepTheProvenance()
{
    PartRecord plug = part("TEST-P");
    ListingDerivation::derive(socketA(), datasheet(), plug);

    PartRecord copy = part("TEST-P");
    copy.update(plug);
    QVERIFY(copy.isDerived(PartField::Family));
    QVERIFY(copy == plug);

    // A stated value taken over a derived one states it.
    PartRecord stated = part("TEST-P", "TEST FAMILY A");
    copy.update(stated);
    QVERIFY(copy.isStated(PartField::Family));

    PartRecord taken = part("TEST-P");
    taken.take(PartField::Family, plug);
    QCOMPARE(taken.provenance(PartField::Family), std::optional<Provenance>(fromSocketA));
    taken.take(PartField::Family, stated);
    QVERIFY(taken.isStated(PartField::Family));
}

QTEST_GUILESS_MAIN(tst_ListingDerivation)
#include "tst_ListingDerivation.moc"
