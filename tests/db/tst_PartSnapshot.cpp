#include "db/PartRepository.h"
#include "db/PartSnapshot.h"
#include "db/Transaction.h"
#include "TestCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cc;

// A snapshot taken again tells which parts another connection changed.
class tst_PartSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unchangedWhenNobodyWrote();
    void namesThePartAnotherUserChanged();
    void namesAPartAnotherUserAdded();
    void restoreGivesTheSameRows();
    void restoreGivesTheDerivedValuesBack();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    const QStringList m_items{QStringLiteral("770-1324"), QStringLiteral("770-1334"),
                              QStringLiteral("NEW-4711")};
};

void tst_PartSnapshot::initTestCase()
{
    CC_REQUIRE_BACKEND();
    m_database = test::catalogIn(m_dir);
}

void tst_PartSnapshot::unchangedWhenNobodyWrote()
{
    const PartSnapshot before = PartSnapshot::take(*m_database, m_items, {QStringLiteral("D1")});
    QCOMPARE(before.changedIn(before.retake(*m_database)), QStringList());
}

void tst_PartSnapshot::namesThePartAnotherUserChanged()
{
    const PartSnapshot before = PartSnapshot::take(*m_database, m_items, {QStringLiteral("D1")});
    {
        const auto other = m_database->reopen();
        PartRepository parts(*other);
        PartRecord record = *parts.find(QStringLiteral("770-1334"));
        record.set(PartField::Colour, QStringLiteral("black"));
        parts.save(record, QStringLiteral("user"), parts.saveSource(record.source));
    }
    QCOMPARE(before.changedIn(before.retake(*m_database)), QStringList{QStringLiteral("770-1334")});
}

void tst_PartSnapshot::namesAPartAnotherUserAdded()
{
    const PartSnapshot before = PartSnapshot::take(*m_database, m_items, {QStringLiteral("D1")});
    {
        const auto other = m_database->reopen();
        PartRepository parts(*other);
        PartRecord record = *parts.find(QStringLiteral("770-1324"));
        record.set(PartField::ItemNumber, QStringLiteral("NEW-4711"));
        parts.save(record, QStringLiteral("user"), parts.saveSource(record.source));
    }
    QCOMPARE(before.changedIn(before.retake(*m_database)), QStringList{QStringLiteral("NEW-4711")});
}

void tst_PartSnapshot::restoreGivesTheSameRows()
{
    const PartSnapshot before = PartSnapshot::take(*m_database, m_items, {QStringLiteral("D1")});
    {
        Transaction transaction = m_database->transaction(QStringLiteral("change"));
        PartSnapshot::lockParts(*m_database);
        PartRepository parts(*m_database);
        PartRecord record = *parts.find(QStringLiteral("770-1324"));
        record.set(PartField::Colour, QStringLiteral("grey"));
        parts.save(record, QStringLiteral("user"), parts.saveSource(record.source));
        transaction.commit();
    }
    QCOMPARE(before.changedIn(before.retake(*m_database)), QStringList{QStringLiteral("770-1324")});
    Transaction transaction = m_database->transaction(QStringLiteral("restore"));
    before.restore(*m_database);
    transaction.commit();
    QCOMPARE(before.changedIn(before.retake(*m_database)), QStringList());
}

void tst_PartSnapshot::restoreGivesTheDerivedValuesBack()
{
    // TEST-P and its family are made up (test data).
    QTemporaryDir dir;
    const auto database = test::catalogIn(dir);
    PartRepository parts(*database);
    const SourceRecord datasheet{QStringLiteral("TEST-DATASHEET"), QStringLiteral("datasheet"),
                                 QStringLiteral("Test datasheet"), {}, {}};
    PartRecord plug;
    plug.set(PartField::ItemNumber, QStringLiteral("TEST-P"));
    plug.set(PartField::Description, QStringLiteral("Plug; test data"));
    plug.setDerived(PartField::Family, QStringLiteral("TEST FAMILY A"),
                    Provenance{Provenance::listing(), QStringLiteral("TEST-S-A"), datasheet.reference});
    {
        Transaction transaction = database->transaction(QStringLiteral("derived"));
        parts.save(plug, QStringLiteral("import"), parts.saveSource(datasheet));
        transaction.commit();
    }
    const QStringList items{QStringLiteral("TEST-P")};
    const PartSnapshot before = PartSnapshot::take(*database, items, {datasheet.reference});
    {
        // The same value, now stated: only the provenance differs.
        Transaction transaction = database->transaction(QStringLiteral("stated"));
        PartRecord stated = *parts.find(QStringLiteral("TEST-P"));
        stated.set(PartField::Family, QStringLiteral("TEST FAMILY A"));
        parts.save(stated, QStringLiteral("import"), parts.saveSource(datasheet));
        transaction.commit();
    }
    QCOMPARE(before.changedIn(before.retake(*database)), items);
    {
        Transaction transaction = database->transaction(QStringLiteral("restore"));
        before.restore(*database);
        transaction.commit();
    }
    QCOMPARE(before.changedIn(before.retake(*database)), QStringList());
    QCOMPARE(parts.find(QStringLiteral("TEST-P"))->provenance(PartField::Family),
             plug.provenance(PartField::Family));
}

QTEST_GUILESS_MAIN(tst_PartSnapshot)
#include "tst_PartSnapshot.moc"
