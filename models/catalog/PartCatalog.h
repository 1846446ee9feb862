#pragma once

#include "models/part/AccessoryRule.h"
#include "models/part/PartRecord.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

// The parts a rule may look at. The rules need whole records: fields,
// ratings, conductor ranges, approvals and relations (counterparts and
// accessories), and the catalog's rules for accessories per assembly. An
// implementation needs three queries: parts by kind, one part by item number
// and the rule table.
class PartCatalog
{
public:
    virtual ~PartCatalog() = default;

    // Every part whose kind is one of `kinds` (codes of the part_kind table),
    // in a stable order (by item number).
    virtual QList<PartRecord> partsOfKinds(const QStringList &kinds) const = 0;
    // The part with this item number, if the catalog holds it. A superseded
    // number may lead to its successor (PartRecord::supersededItem is set then).
    virtual std::optional<PartRecord> find(const QString &itemNumber) const = 0;
    // The catalog's rules for accessories per assembly (quantities and the
    // sources that state them), with their source references. Empty when
    // the catalog states none: every quantity is then "not stated".
    virtual QList<AccessoryRule> assemblyRules() const = 0;
    // The connectors that may mate with `part` or miss by at most
    // `maxFailures` conditions the data decides (family or pin spacing,
    // gender, poles, coding), plus those listed as its counterparts. The
    // rules judge each one; this only narrows the search. By default every
    // connector; a database answers with one query.
    virtual QList<PartRecord> mateCandidates(const PartRecord &part, int maxFailures) const;
    // The accessories of `kind` that are among `listed` (item numbers) or
    // of one of `families`. By default every part of the kind (the caller
    // filters); a database answers with one query.
    virtual QList<PartRecord> accessoriesOfKind(const QString &kind, const QStringList &listed,
                                                const QStringList &families) const;

protected:
    PartCatalog() = default;
    PartCatalog(const PartCatalog &) = default;
    PartCatalog &operator=(const PartCatalog &) = default;
};

} // namespace cc
