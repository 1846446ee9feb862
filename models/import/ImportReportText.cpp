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

} // namespace cc
