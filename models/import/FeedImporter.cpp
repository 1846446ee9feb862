#include "models/import/FeedImporter.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "db/PartSearch.h"
#include "db/PartSnapshot.h"
#include "db/Transaction.h"
#include "models/import/feed/BmecatReader.h"
#include "models/import/feed/FeedInput.h"
#include "models/import/feed/FeedMapper.h"
#include "models/import/PartImportRules.h"
#include "models/tasks/TaskControl.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace cc {

namespace {

// Progress: reading and writing the products up to 900, resolving the
// references the rest.
constexpr int progressTotal = 1000;
constexpr int productsShare = 900;

void addEntry(QList<FeedImportReport::Entry> *list, const FeedImportReport::Entry &entry)
{
    if (list->size() < FeedImportReport::maxDetails)
        list->append(entry);
}

// A part's import for the report: its changes and conflicts, not its record.
PartImport slim(const PartImport &part)
{
    PartImport copy;
    copy.itemNumber = part.itemNumber;
    copy.description = part.description;
    copy.mainPart = part.mainPart;
    copy.action = part.action;
    copy.existingOrigin = part.existingOrigin;
    copy.changes = part.changes;
    copy.conflicts = part.conflicts;
    copy.origin = part.origin;
    return copy;
}

QString sourceTitle(const FeedHeader &header)
{
    QString title = QStringLiteral("BMEcat catalog");
    if (!header.catalogId.isEmpty())
        title += QLatin1Char(' ') + header.catalogId;
    if (!header.catalogVersion.isEmpty())
        title += QStringLiteral(", version ") + header.catalogVersion;
    if (!header.date.isEmpty())
        title += QStringLiteral(", of ") + header.date;
    if (!header.supplierName.isEmpty())
        title += QStringLiteral(" (") + header.supplierName + QLatin1Char(')');
    return title;
}

// Reads and maps a feed's products on a thread of its own and hands them
// over through a small queue, so that reading the XML and writing the
// database overlap. The queue holds at most `capacity` products: memory
// stays bounded whatever the file's size. The reader and the mapper belong
// to the thread from its start to its end (join).
class ProductStream
{
public:
    struct Item
    {
        BmecatReader::Next read;
        std::optional<MappedProduct> mapped; // empty when the reader skips it, or a price update
    };

    ProductStream(BmecatReader &reader, const FeedMapper &mapper, bool map)
        : m_thread([this, &reader, &mapper, map] { produce(reader, mapper, map); })
    {
    }
    ~ProductStream() { stop(); }
    ProductStream(const ProductStream &) = delete;
    ProductStream &operator=(const ProductStream &) = delete;

    // The next product; false at the end of the file (or of the reader).
    bool pop(Item *item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return false;
        *item = std::move(m_queue.front());
        m_queue.pop_front();
        m_permille = m_queuedPermille.front();
        m_queuedPermille.pop_front();
        m_changed.notify_all();
        return true;
    }
    // How far the products handed over lie in the file, 0 ... 1000.
    int permille() const { return m_permille; }
    // Stops reading and waits for the thread (the reader's state may be
    // read after it).
    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    static constexpr std::size_t capacity = 200;

    void produce(BmecatReader &reader, const FeedMapper &mapper, bool map)
    {
        BmecatReader::Next next;
        while (reader.next(&next)) {
            Item item;
            if (map && next.skipReason.isEmpty())
                item.mapped = mapper.map(next.product);
            item.read = std::move(next);
            const int permille = reader.permille();
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_queue.size() < capacity || m_stopped; });
            if (m_stopped)
                break;
            m_queue.push_back(std::move(item));
            m_queuedPermille.push_back(permille);
            m_changed.notify_all();
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    std::deque<int> m_queuedPermille;
    int m_permille = 0;
    bool m_done = false;
    bool m_stopped = false;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace

FeedImporter::FeedImporter(Database &database, Options options)
    : m_database(database)
    , m_options(std::move(options))
{
}

void FeedImporter::compactSearchIndex(Database &database, const QStringList &written)
{
    if (written.size() >= compactAfter)
        PartSearch::optimizeIndex(database);
}

FeedImportReport FeedImporter::importFile(const QString &path, bool dryRun)
{
    FeedImportReport report;
    report.path = QFileInfo(path).absoluteFilePath();
    report.fileName = QFileInfo(path).fileName();
    if (m_database.isReadOnly()) {
        // Even a dry run writes, in a transaction it rolls back.
        report.error = QStringLiteral("the catalog %1 is read-only: a catalog feed cannot be imported into it, "
                                      "not even as a dry run (which imports and rolls back)")
                           .arg(m_database.path());
        return report;
    }
    try {
        Transaction transaction
            = m_database.transaction(QStringLiteral("Importing the catalog %1").arg(report.fileName));
        PartSnapshot::lockParts(m_database);
        TaskControl control;
        QStringList written;
        if (!run(path, control, &report, &written) || !report.ok() || dryRun || written.isEmpty())
            return report; // rolled back
        compactSearchIndex(m_database, written);
        transaction.commit();
        report.written = true;
    } catch (const DatabaseError &error) {
        report.error = error.message();
        report.written = false;
    }
    return report;
}

bool FeedImporter::run(const QString &path, TaskControl &control, FeedImportReport *report,
                       QStringList *written, const BeforeWriting &beforeWriting)
{
    const QFileInfo info(path);
    *report = FeedImportReport();
    report->path = info.absoluteFilePath();
    report->fileName = info.fileName();
    FeedInput input;
    if (!input.open(path)) {
        report->error = input.error();
        return true;
    }
    BmecatReader reader(input);
    const auto failed = [&] {
        report->error = reader.error();
        report->errorLine = reader.errorLine();
        report->notes = reader.notes();
        return true;
    };
    if (!reader.start())
        return failed();
    report->header = reader.header();
    report->encoding = input.encoding();
    report->xmlName = input.xmlName();
    report->source = SourceRecord{report->fileName, QStringLiteral("bmecat"), sourceTitle(report->header),
                                  report->path, QDateTime::currentDateTime().toString(Qt::ISODate)};
    FeedMapOptions mapOptions;
    mapOptions.language = m_options.language;
    mapOptions.manufacturerPid = m_options.manufacturerPid;
    mapOptions.family = m_options.family;
    const FeedMapper mapper(report->header, mapOptions);
    const bool priceUpdate = report->header.transaction == QLatin1String("T_UPDATE_PRICES");

    PartRepository parts(m_database);
    std::optional<qint64> sourceId;
    const auto feedSource = [&] {
        if (!sourceId)
            sourceId = parts.saveSource(report->source);
        return *sourceId;
    };
    // What is kept per product, beyond the batch being written: its item
    // number, for duplicates and references (a few dozen bytes each).
    QHash<QString, int> firstLine;    // item number -> line
    QStringList withReferences;       // products whose references are resolved at the end
    QSet<QString> unchangedReferring; // of those, the ones phase one left unchanged
    // Phase one writes each product once at most; phase two adds those it
    // changes that phase one did not.
    const auto wrote = [&](const QString &item) { written->append(item); };
    QSet<QString> conflicted;
    const auto addChanged = [&](const PartImport &plan) {
        for (PartImport &known : report->changedParts) {
            if (known.itemNumber == plan.itemNumber) {
                known.changes << plan.changes;
                return;
            }
        }
        if (report->changedParts.size() < FeedImportReport::maxDetails)
            report->changedParts << slim(plan);
    };
    const auto addConflicts = [&](const PartImport &plan) {
        conflicted.insert(plan.itemNumber);
        report->conflicted = static_cast<int>(conflicted.size());
        for (PartImport &known : report->conflictParts) {
            if (known.itemNumber == plan.itemNumber) {
                known.conflicts << plan.conflicts;
                return;
            }
        }
        if (report->conflictParts.size() < FeedImportReport::maxDetails)
            report->conflictParts << slim(plan);
    };
    const auto skip = [&](int line, const QString &item, const QString &reason) {
        ++report->skipped;
        addEntry(&report->skippedProducts, {line, item, reason});
    };

    QList<MappedProduct> batch;
    const auto writeBatch = [&] {
        QStringList items;
        for (const MappedProduct &product : std::as_const(batch))
            items << product.record.itemNumber();
        QHash<QString, PartRecord> stored;
        for (PartRecord &record : parts.findMany(items)) {
            // Looked up by its own number only: a superseded number is a new part.
            if (record.supersededItem.isEmpty())
                stored.insert(record.itemNumber(), std::move(record));
        }
        QList<PartImport> plans;
        QStringList touched;
        for (const MappedProduct &product : std::as_const(batch)) {
            const QString item = product.record.itemNumber();
            const auto found = stored.constFind(item);
            const std::optional<PartRecord> existing
                = found == stored.cend() ? std::nullopt : std::optional<PartRecord>(*found);
            PartImport plan;
            if (product.remove) {
                plan.itemNumber = item;
                if (existing)
                    touched << item;
            } else {
                plan = PartImportRules::plan(existing, product.record, true, m_options.overwriteUserEdits,
                                             PartRecordMerge::Lists::ByRow);
                if (plan.action != PartImport::Action::Unchanged || !product.record.references.isEmpty()
                    || (existing && !existing->references.isEmpty()))
                    touched << item;
            }
            plans << plan;
        }
        if (beforeWriting && !touched.isEmpty())
            beforeWriting(touched);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const MappedProduct &product = batch.at(i);
            PartImport &plan = plans[i];
            const QString item = product.record.itemNumber();
            const auto found = stored.constFind(item);
            if (product.remove) {
                if (found == stored.cend()) {
                    skip(product.line, item, QStringLiteral("mode delete: not in the catalog"));
                } else if (found->origin == QLatin1String("user") && !m_options.overwriteUserEdits) {
                    ++report->unchanged;
                    plan.description = found->description();
                    plan.conflicts.append(FieldChange{QStringLiteral("delete"), QStringLiteral("kept: the user edited it"),
                                                      QStringLiteral("delete")});
                    addConflicts(plan);
                } else {
                    parts.removePart(*parts.idOf(item));
                    ++report->deleted;
                    wrote(item);
                    plan.description = found->description();
                    plan.action = PartImport::Action::Remove;
                    addChanged(plan);
                }
                continue;
            }
            switch (plan.action) {
            case PartImport::Action::Add:
                ++report->added;
                break;
            case PartImport::Action::Update:
                ++report->changed;
                break;
            case PartImport::Action::Unchanged:
                ++report->unchanged;
                break;
            case PartImport::Action::Remove:
                break;
            }
            if (plan.action != PartImport::Action::Unchanged) {
                const qint64 partSource = plan.keepsSource ? parts.saveSource(plan.record.source) : feedSource();
                parts.save(plan.record, plan.origin, partSource, plan.action == PartImport::Action::Add);
                wrote(item);
                addChanged(plan);
            }
            if (!plan.conflicts.isEmpty())
                addConflicts(plan);
            if (!product.record.references.isEmpty() || (found != stored.cend() && !found->references.isEmpty())) {
                withReferences << item;
                if (plan.action == PartImport::Action::Unchanged)
                    unchangedReferring.insert(item);
            }
        }
        batch.clear();
    };

    ProductStream stream(reader, mapper, !priceUpdate);
    ProductStream::Item next;
    while (stream.pop(&next)) {
        ++report->read;
        if (!control.report(stream.permille() * productsShare / 1000, progressTotal))
            return false; // the stream stops when it goes
        const FeedProduct &product = next.read.product;
        if (!next.read.skipReason.isEmpty()) {
            skip(product.line, product.supplierPid, next.read.skipReason);
            continue;
        }
        if (priceUpdate || !next.mapped) {
            skip(product.line, product.supplierPid,
                 QStringLiteral("a price update (T_UPDATE_PRICES); prices are not kept"));
            continue;
        }
        MappedProduct &mapped = *next.mapped;
        const QString item = mapped.record.itemNumber();
        if (!mapped.skipReason.isEmpty()) {
            skip(product.line, item, mapped.skipReason);
            continue;
        }
        if (const auto seen = firstLine.constFind(item); seen != firstLine.cend()) {
            skip(product.line, item, QStringLiteral("the item number was read before, at line %1").arg(*seen));
            continue;
        }
        firstLine.insert(item, product.line);
        for (const FeedIssue &issue : std::as_const(mapped.issues)) {
            ++report->issueCount;
            addEntry(&report->issues, {issue.line, item, issue.text});
        }
        batch.append(std::move(mapped));
        if (batch.size() >= batchSize)
            writeBatch();
    }
    stream.stop(); // the reader is this thread's again
    if (!reader.error().isEmpty())
        return failed();
    writeBatch();
    report->notes = reader.notes();

    // References, now that every product of the file is in the catalog.
    constexpr qsizetype chunk = 200;
    for (qsizetype start = 0; start < withReferences.size(); start += chunk) {
        if (!control.report(productsShare
                                + static_cast<int>((progressTotal - productsShare) * start / withReferences.size()),
                            progressTotal))
            return false;
        const QList<PartRepository::Links> records = parts.linksOf(withReferences.mid(start, chunk));
        QStringList targets;
        for (const PartRepository::Links &record : records) {
            for (const ReferenceRecord &reference : record.references) {
                if (FeedMapper::needsItem(reference))
                    targets << reference.itemNumber;
            }
        }
        const QSet<QString> known = parts.existingItems(targets);
        for (const PartRepository::Links &record : records) {
            const QString item = record.itemNumber;
            const bool userOwned = record.origin == QLatin1String("user") && !m_options.overwriteUserEdits;
            const PartRecordMerge::Mode mode
                = userOwned ? PartRecordMerge::Mode::FillOnly : PartRecordMerge::Mode::Replace;
            PartImport plan;
            plan.itemNumber = item;
            plan.description = record.description;
            plan.mainPart = true;
            QList<RelationRecord> incoming;
            QList<std::pair<QString, QString>> supersessions; // old item, successor
            for (const ReferenceRecord &reference : record.references) {
                if (FeedMapper::isPredecessor(reference)) {
                    supersessions.append({reference.itemNumber, item});
                    continue;
                }
                if (!FeedMapper::needsItem(reference))
                    continue;
                if (!known.contains(reference.itemNumber)) {
                    ++report->unresolved;
                    addEntry(&report->unresolvedReferences,
                             {firstLine.value(item), item,
                              QStringLiteral("%1 %2").arg(reference.type, reference.itemNumber)});
                    continue;
                }
                if (FeedMapper::isSuccessor(reference))
                    supersessions.append({item, reference.itemNumber});
                else if (const std::optional<RelationRecord> relation = FeedMapper::relationFor(reference))
                    incoming << *relation;
            }
            PartRecordMerge::mergeRelations(record.relations, incoming, mode, &plan);
            const qint64 id = record.id;
            const bool relationsChanged = !plan.changes.isEmpty();
            if (relationsChanged)
                parts.saveRelations(id, plan.relations, feedSource());
            for (const auto &[old, successor] : std::as_const(supersessions)) {
                const QString before = parts.successorOf(old);
                if (before == successor)
                    continue;
                const FieldChange change{QStringLiteral("superseded %1").arg(old), before, successor};
                if (mode == PartRecordMerge::Mode::FillOnly && !before.isEmpty()) {
                    plan.conflicts << change;
                    continue;
                }
                parts.saveSupersession(old, *parts.idOf(successor), feedSource());
                plan.changes << change;
            }
            if (!plan.conflicts.isEmpty())
                addConflicts(plan);
            if (plan.changes.isEmpty())
                continue;
            plan.action = PartImport::Action::Update;
            if (unchangedReferring.remove(item)) {
                wrote(item);
                --report->unchanged;
                ++report->changed;
            } else {
                // Written by phase one: added or changed there.
                for (const PartImport &earlier : std::as_const(report->changedParts)) {
                    if (earlier.itemNumber == item)
                        plan.action = earlier.action;
                }
            }
            addChanged(plan);
        }
    }
    control.report(progressTotal, progressTotal);
    return !control.isCancelled();
}

} // namespace cc
