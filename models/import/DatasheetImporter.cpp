#include "models/import/DatasheetImporter.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "db/PartSnapshot.h"
#include "db/Transaction.h"
#include "models/import/DatasheetFile.h"
#include "models/import/parser/DatasheetParser.h"
#include "models/import/PartRecordMerge.h"
#include "models/part/ListingDerivation.h"
#include "models/part/PartFields.h"
#include "models/import/PartImportRules.h"

#include <QDateTime>
#include <QFileInfo>

namespace cc {

namespace {

// Adds to the record the import writes what the datasheet's listing derives
// for a part it names (ListingDerivation), as changes of an existing part.
void deriveFromListing(const PartRecord &listing, const SourceRecord &source, PartImport *part)
{
    const PartRecord before = part->record;
    const QList<PartField> derived = ListingDerivation::derive(listing, source, part->record);
    if (derived.isEmpty() || part->action == PartImport::Action::Add)
        return;
    for (const PartField field : derived) {
        part->changes.append({PartFields::key(field), PartRecordMerge::display(before, field),
                              PartRecordMerge::display(part->record, field)});
    }
    part->action = PartImport::Action::Update;
}

} // namespace

DatasheetImporter::DatasheetImporter(Database &database)
    : DatasheetImporter(database, Options())
{
}

DatasheetImporter::DatasheetImporter(Database &database, Options options)
    : m_database(database)
    , m_options(options)
{
}

bool DatasheetImporter::read(const QString &path, DatasheetParseResult *parsed,
                             DatasheetImportReport *failed)
{
    QByteArray data;
    const QString error = DatasheetFile::read(path, &data);
    if (!error.isEmpty()) {
        failed->path = path;
        failed->fileName = QFileInfo(path).fileName();
        failed->error = error;
        return false;
    }
    *parsed = DatasheetParser::parse(data, QFileInfo(path).fileName());
    return true;
}

DatasheetImportReport DatasheetImporter::plan(const QString &path) const
{
    DatasheetParseResult parsed;
    DatasheetImportReport failed;
    if (!read(path, &parsed, &failed))
        return failed;
    return plan(parsed, path);
}

DatasheetImportReport DatasheetImporter::plan(const DatasheetParseResult &parsed,
                                              const QString &path) const
{
    DatasheetImportReport report;
    const QFileInfo info(path);
    report.path = info.absoluteFilePath();
    report.fileName = info.fileName();
    report.isDatasheet = parsed.isDatasheet;
    report.itemNumber = parsed.part.itemNumber();
    report.fieldsRead = parsed.fieldsRead;
    report.unplaced = parsed.unplaced;
    report.warnings = parsed.warnings;
    if (!parsed.ok()) {
        report.error = parsed.error.isEmpty()
                           ? QStringLiteral("%1 is not a datasheet.").arg(report.fileName)
                           : parsed.error;
        return report;
    }
    QString title = QStringLiteral("Datasheet of %1").arg(report.itemNumber);
    if (parsed.date.isValid())
        title += QStringLiteral(" of %1").arg(parsed.date.toString(Qt::ISODate));
    report.source = SourceRecord{report.fileName, QStringLiteral("datasheet"), title,
                                 report.path,
                                 QDateTime::currentDateTime().toString(Qt::ISODate)};
    report.parts.append(planPart(parsed.part, true));
    // The datasheet's part as it will be stored, with the counterparts and
    // accessories this datasheet lists: what they derive from it.
    PartRecord listing = report.parts.first().record;
    listing.relations = parsed.part.relations;
    for (const PartRecord &related : parsed.relatedParts) {
        if (related.itemNumber() == report.itemNumber)
            continue;
        PartImport part = planPart(related, false);
        deriveFromListing(listing, report.source, &part);
        report.parts.append(part);
    }
    return report;
}

PartImport DatasheetImporter::planPart(const PartRecord &incoming, bool mainPart) const
{
    const PartRepository parts(m_database);
    // Looked up by its own number only: a superseded number is a new part.
    std::optional<PartRecord> existing;
    if (parts.idOf(incoming.itemNumber()))
        existing = parts.find(incoming.itemNumber());
    return PartImportRules::plan(existing, incoming, mainPart, m_options.overwriteUserEdits);
}

void DatasheetImporter::apply(const DatasheetImportReport &report)
{
    if (!report.ok() || !report.changesSomething())
        return;
    PartRepository parts(m_database);
    const qint64 sourceId = parts.saveSource(report.source);
    for (const PartImport &part : report.parts) {
        if (part.action == PartImport::Action::Unchanged)
            continue;
        const qint64 partSource = part.keepsSource ? parts.saveSource(part.record.source) : sourceId;
        parts.save(part.record, part.origin, partSource);
    }
    const PartImport &main = report.parts.first();
    if (main.action != PartImport::Action::Unchanged)
        parts.saveRelations(*parts.idOf(main.itemNumber), main.relations, sourceId);
}

DatasheetImportReport DatasheetImporter::importFile(const QString &path, bool dryRun)
{
    DatasheetImportReport report;
    try {
        DatasheetParseResult parsed;
        if (!read(path, &parsed, &report))
            return report;
        report = plan(parsed, path);
        if (dryRun || !report.ok() || !report.changesSomething())
            return report;
        Transaction transaction
            = m_database.transaction(QStringLiteral("Importing the datasheet %1").arg(report.fileName));
        // Planned again with other writers waiting (a shared catalog): what
        // is written matches the database it is written to.
        PartSnapshot::lockParts(m_database);
        report = plan(parsed, path);
        if (!report.changesSomething())
            return report;
        apply(report);
        transaction.commit();
        report.written = true;
    } catch (const DatabaseError &error) {
        report.error = error.message();
        report.written = false;
    }
    return report;
}

} // namespace cc
