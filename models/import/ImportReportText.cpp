#include "models/import/ImportReportText.h"

namespace cc {

namespace {

QString shown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("not known") : value;
}

} // namespace

QString ImportReportText::actionText(const PartImport &part, bool dryRun)
{
    switch (part.action) {
    case PartImport::Action::Add:
        return dryRun ? QStringLiteral("would be added") : QStringLiteral("added");
    case PartImport::Action::Update:
        return dryRun ? QStringLiteral("would be changed") : QStringLiteral("changed");
    case PartImport::Action::Remove:
        return dryRun ? QStringLiteral("would be deleted") : QStringLiteral("deleted");
    case PartImport::Action::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QString ImportReportText::text(const DatasheetImportReport &report, bool dryRun)
{
    QString out;
    out += QStringLiteral("%1:\n").arg(report.path.isEmpty() ? report.fileName : report.path);
    if (!report.ok()) {
        out += QStringLiteral("  not imported: %1\n").arg(report.error);
        if (report.parts.isEmpty())
            return out;
    }
    if (!report.itemNumber.isEmpty()) {
        out += QStringLiteral("  part %1, %2 fields read\n")
                   .arg(report.itemNumber)
                   .arg(report.fieldsRead);
    }
    if (report.ok() && !report.changesSomething())
        out += QStringLiteral("  unchanged: the database already holds this datasheet\n");
    for (const PartImport &part : report.parts) {
        if (part.action == PartImport::Action::Unchanged && part.conflicts.isEmpty())
            continue;
        out += QStringLiteral("  %1 %2: %3%4\n")
                   .arg(part.mainPart ? QStringLiteral("part") : QStringLiteral("related part"),
                        part.itemNumber, actionText(part, dryRun),
                        part.description.isEmpty() ? QString()
                                                   : QStringLiteral(" (%1)").arg(part.description));
        for (const FieldChange &change : part.changes) {
            out += QStringLiteral("    %1: %2 -> %3\n")
                       .arg(change.field, shown(change.oldValue), shown(change.newValue));
        }
        for (const FieldChange &conflict : part.conflicts) {
            out += QStringLiteral("    conflict, kept %1: %2 (the datasheet says %3)\n")
                       .arg(conflict.field, shown(conflict.oldValue), shown(conflict.newValue));
        }
    }
    for (const QString &warning : report.warnings)
        out += QStringLiteral("  warning: %1\n").arg(warning);
    for (const UnplacedLine &line : report.unplaced) {
        out += QStringLiteral("  line %1 not placed: %2%3\n")
                   .arg(line.lineNumber)
                   .arg(line.text,
                        line.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(line.reason));
    }
    return out;
}

QString ImportReportText::counts(const FeedImportReport &report, bool dryRun)
{
    return QStringLiteral("%1 products read: %2 %3, %4 %5, %6 unchanged, %7 %8, %9 skipped")
        .arg(report.read)
        .arg(report.added)
        .arg(dryRun ? QStringLiteral("would be added") : QStringLiteral("added"))
        .arg(report.changed)
        .arg(dryRun ? QStringLiteral("would be changed") : QStringLiteral("changed"))
        .arg(report.unchanged)
        .arg(report.deleted)
        .arg(dryRun ? QStringLiteral("would be deleted") : QStringLiteral("deleted"))
        .arg(report.skipped);
}

QString ImportReportText::text(const FeedImportReport &report, bool dryRun)
{
    QString out;
    out += QStringLiteral("%1:\n").arg(report.path.isEmpty() ? report.fileName : report.path);
    if (!report.ok()) {
        out += report.errorLine > 0
            ? QStringLiteral("  not imported: line %1: %2\n").arg(report.errorLine).arg(report.error)
            : QStringLiteral("  not imported: %1\n").arg(report.error);
        out += QStringLiteral("  nothing of this file was written\n");
        return out;
    }
    QString catalog = report.source.title;
    if (!report.header.bmecatVersion.isEmpty())
        catalog += QStringLiteral(", BMEcat %1").arg(report.header.bmecatVersion);
    if (!report.header.transaction.isEmpty())
        catalog += QStringLiteral(", %1").arg(report.header.transaction);
    out += QStringLiteral("  %1\n").arg(catalog);
    if (!report.xmlName.isEmpty())
        out += QStringLiteral("  read from %1 in the archive\n").arg(report.xmlName);
    if (report.encoding.startsWith(QLatin1String("Windows-1252")))
        out += QStringLiteral("  read as %1\n").arg(report.encoding);
    out += QStringLiteral("  products read: %1\n").arg(report.read);
    out += QStringLiteral("  %1: %2, %3: %4, unchanged: %5, %6: %7, skipped: %8\n")
               .arg(dryRun ? QStringLiteral("would be added") : QStringLiteral("added"))
               .arg(report.added)
               .arg(dryRun ? QStringLiteral("would be changed") : QStringLiteral("changed"))
               .arg(report.changed)
               .arg(report.unchanged)
               .arg(dryRun ? QStringLiteral("would be deleted") : QStringLiteral("deleted"))
               .arg(report.deleted)
               .arg(report.skipped);
    out += QStringLiteral("  references left unresolved: %1\n").arg(report.unresolved);
    if (report.conflicted > 0)
        out += QStringLiteral("  parts with conflicts (kept as they are): %1\n").arg(report.conflicted);
    if (!report.changesSomething())
        out += QStringLiteral("  unchanged: the database already holds what this file states\n");
    const auto more = [&out](qsizetype shown, int total) {
        if (total > shown)
            out += QStringLiteral("    ... and %1 more\n").arg(total - shown);
    };
    const auto entry = [](const FeedImportReport::Entry &e) {
        QString text = e.line > 0 ? QStringLiteral("line %1").arg(e.line) : QString();
        if (!e.itemNumber.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + e.itemNumber;
        return QStringLiteral("%1: %2").arg(text, e.text);
    };
    if (!report.skippedProducts.isEmpty()) {
        out += QStringLiteral("  skipped:\n");
        for (const FeedImportReport::Entry &e : report.skippedProducts)
            out += QStringLiteral("    %1\n").arg(entry(e));
        more(report.skippedProducts.size(), report.skipped);
    }
    if (!report.issues.isEmpty()) {
        out += QStringLiteral("  imported without these values:\n");
        for (const FeedImportReport::Entry &e : report.issues)
            out += QStringLiteral("    %1\n").arg(entry(e));
        more(report.issues.size(), report.issueCount);
    }
    if (!report.unresolvedReferences.isEmpty()) {
        out += QStringLiteral("  references left unresolved (the item is neither in the file nor in the catalog):\n");
        for (const FeedImportReport::Entry &e : report.unresolvedReferences)
            out += QStringLiteral("    %1 -> %2\n").arg(e.itemNumber, e.text);
        more(report.unresolvedReferences.size(), report.unresolved);
    }
    // Added parts are counted, not listed: a feed adds thousands.
    int listed = 0;
    for (const PartImport &part : report.changedParts) {
        if (part.action == PartImport::Action::Add)
            continue;
        ++listed;
        out += QStringLiteral("  part %1: %2%3\n")
                   .arg(part.itemNumber, actionText(part, dryRun),
                        part.description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(part.description));
        if (part.action == PartImport::Action::Remove)
            continue; // every value is gone
        for (const FieldChange &change : part.changes) {
            out += QStringLiteral("    %1: %2 -> %3\n")
                       .arg(change.field, shown(change.oldValue), shown(change.newValue));
        }
    }
    more(listed, report.changed + report.deleted);
    for (const PartImport &part : report.conflictParts) {
        for (const FieldChange &conflict : part.conflicts) {
            out += QStringLiteral("  conflict, kept %1 %2: %3 (the file says %4)\n")
                       .arg(part.itemNumber, conflict.field, shown(conflict.oldValue), shown(conflict.newValue));
        }
    }
    more(report.conflictParts.size(), report.conflicted);
    for (const QString &note : report.notes)
        out += QStringLiteral("  note: %1\n").arg(note);
    if (dryRun)
        out += QStringLiteral("  dry run: nothing was written\n");
    return out;
}

} // namespace cc
