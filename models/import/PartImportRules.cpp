#include "models/import/PartImportRules.h"

namespace cc {

PartImport PartImportRules::plan(const std::optional<PartRecord> &existing, const PartRecord &incoming,
                                 bool mainPart, bool overwriteUserEdits, PartRecordMerge::Lists lists)
{
    PartImport part;
    part.itemNumber = incoming.itemNumber();
    part.description = incoming.description();
    part.mainPart = mainPart;
    if (!existing) {
        part.action = PartImport::Action::Add;
        part.record = incoming;
        part.relations = incoming.relations;
        part.origin = QStringLiteral("import");
        return part;
    }
    part.existingOrigin = existing->origin;
    const bool userOwned = existing->origin == QLatin1String("user");
    const PartRecordMerge::Mode mode = mainPart && (!userOwned || overwriteUserEdits)
        ? PartRecordMerge::Mode::Replace
        : PartRecordMerge::Mode::FillOnly;
    PartRecordMerge::merge(*existing, incoming, mode, &part, lists);
    if (mainPart)
        PartRecordMerge::mergeRelations(existing->relations, incoming.relations, mode, &part);
    part.action = part.changes.isEmpty() ? PartImport::Action::Unchanged : PartImport::Action::Update;
    part.origin = userOwned && mode == PartRecordMerge::Mode::FillOnly ? existing->origin : QStringLiteral("import");
    part.keepsSource = mode == PartRecordMerge::Mode::FillOnly;
    return part;
}

} // namespace cc
