#include "models/import/PartRecordMerge.h"

#include "models/part/PartFields.h"

#include <QMetaType>
#include <algorithm>

namespace cc {

namespace {

template<typename T>
QString optional(const std::optional<T> &value, const QString &unit = QString())
{
    if (!value)
        return QStringLiteral("?");
    return PartRecordMerge::display(QVariant::fromValue(*value)) + unit;
}

const QString listSeparator = QStringLiteral("; ");

// Compares two lists as their report lines; applies the merge mode.
// `sorted`: the order of the list does not matter (the database keeps its own).
template<typename T>
void mergeList(const QString &name, const QList<T> &existing, const QList<T> &incoming,
               PartRecordMerge::Mode mode, QList<T> *target, PartImport *part, bool sorted = false)
{
    if (incoming.isEmpty())
        return;
    QStringList before = PartRecordMerge::lines(existing);
    QStringList after = PartRecordMerge::lines(incoming);
    if (sorted) {
        before.sort();
        after.sort();
    }
    if (before == after)
        return;
    const FieldChange change{name, before.join(listSeparator), after.join(listSeparator)};
    if (mode == PartRecordMerge::Mode::FillOnly && !existing.isEmpty()) {
        part->conflicts.append(change);
        return;
    }
    *target = incoming;
    part->changes.append(change);
}

} // namespace

QString PartRecordMerge::display(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 12);
    default:
        return value.toString();
    }
}

QString PartRecordMerge::display(const PartFieldValues &values, PartField field)
{
    const QString text = display(values.value(field));
    const std::optional<Provenance> provenance = values.provenance(field);
    if (text.isEmpty() || !provenance)
        return text;
    return QStringLiteral("%1 (derived from the %2)").arg(text, provenance->description());
}

QStringList PartRecordMerge::lines(const QList<RatingRecord> &ratings)
{
    QStringList result;
    for (const RatingRecord &r : ratings) {
        result << QStringLiteral("%1 (%2) %3/%4: %5, %6, %7%8")
                      .arg(r.standard, r.market, r.overvoltageCategory,
                           optional(r.pollutionDegree), optional(r.voltageV, QStringLiteral(" V")),
                           optional(r.impulseVoltageKv, QStringLiteral(" kV")),
                           optional(r.currentA, QStringLiteral(" A")),
                           r.condition.isEmpty() ? QString() : QStringLiteral(" ") + r.condition);
    }
    return result;
}

QStringList PartRecordMerge::lines(const QList<ConductorRangeRecord> &ranges)
{
    QStringList result;
    for (const ConductorRangeRecord &r : ranges) {
        result << QStringLiteral("%1: %2 … %3 mm² / %4 … %5 AWG")
                      .arg(r.conductorClass, optional(r.minMm2), optional(r.maxMm2),
                           optional(r.minAwg), optional(r.maxAwg));
    }
    return result;
}

QStringList PartRecordMerge::lines(const QList<ApprovalRecord> &approvals)
{
    QStringList result;
    for (const ApprovalRecord &a : approvals) {
        result << QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(a.kind, a.mark, a.issuer, a.standard, a.certificate)
                      .simplified();
    }
    return result;
}

QStringList PartRecordMerge::lines(const QList<ClassificationRecord> &classifications)
{
    QStringList result;
    for (const ClassificationRecord &c : classifications)
        result << QStringLiteral("%1 %2: %3").arg(c.scheme, c.version, c.code);
    return result;
}

QString PartRecordMerge::describe(const RelationRecord &relation)
{
    QStringList parts{relation.relation};
    if (!relation.group.isEmpty())
        parts << relation.group;
    if (relation.required)
        parts << (*relation.required ? QStringLiteral("required") : QStringLiteral("optional"));
    return parts.join(QStringLiteral(", "));
}

void PartRecordMerge::merge(const PartRecord &existing, const PartRecord &incoming, Mode mode,
                            PartImport *part)
{
    PartRecord &record = part->record;
    record = existing;
    record.supersededItem.clear();
    // Reported by column name, in alphabetical order.
    QList<PartField> fields = incoming.knownFields();
    std::sort(fields.begin(), fields.end(), [](PartField a, PartField b) {
        return PartFields::key(a) < PartFields::key(b);
    });
    for (const PartField field : std::as_const(fields)) {
        const QString before = display(existing, field);
        const QString after = display(incoming, field);
        if (after.isEmpty() || before == after)
            continue;
        const FieldChange change{PartFields::key(field), before, after};
        // A derived value is no conflict: a stated one replaces it.
        const bool stated = !before.isEmpty() && !existing.isDerived(field);
        if (mode == Mode::FillOnly && stated) {
            part->conflicts.append(change);
            continue;
        }
        record.take(field, incoming);
        part->changes.append(change);
    }
    mergeList(QStringLiteral("ratings"), existing.ratings, incoming.ratings, mode, &record.ratings,
              part);
    mergeList(QStringLiteral("conductor_ranges"), existing.conductorRanges,
              incoming.conductorRanges, mode, &record.conductorRanges, part);
    mergeList(QStringLiteral("approvals"), existing.approvals, incoming.approvals, mode,
              &record.approvals, part);
    mergeList(QStringLiteral("classifications"), existing.classifications,
              incoming.classifications, mode, &record.classifications, part, true);
    for (const NoteRecord &note : incoming.notes) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < record.notes.size(); ++i) {
            if (record.notes.at(i).topic == note.topic)
                at = i;
        }
        const QString before = at < 0 ? QString() : record.notes.at(at).text;
        if (before == note.text)
            continue;
        // A note of the catalog or of the user keeps its wording.
        if (at >= 0 && (mode == Mode::FillOnly || existing.origin != QLatin1String("import")))
            continue;
        const FieldChange change{QStringLiteral("note: ") + note.topic, before, note.text};
        if (at < 0)
            record.notes.append(note);
        else
            record.notes[at].text = note.text;
        part->changes.append(change);
    }
}

void PartRecordMerge::mergeRelations(const QList<RelationRecord> &existing,
                                     const QList<RelationRecord> &incoming, Mode mode,
                                     PartImport *part)
{
    for (const RelationRecord &relation : incoming) {
        const RelationRecord *found = nullptr;
        for (const RelationRecord &e : existing) {
            if (e.itemNumber == relation.itemNumber && e.relation == relation.relation)
                found = &e;
        }
        const QString name = relation.relation + QLatin1Char(' ') + relation.itemNumber;
        const QString after = describe(relation);
        const QString before = found ? describe(*found) : QString();
        if (before == after) {
            part->relations.append(relation);
            continue;
        }
        const FieldChange change{name, before, after};
        if (mode == Mode::FillOnly && found) {
            part->conflicts.append(change);
            continue;
        }
        part->relations.append(relation);
        part->changes.append(change);
    }
}

} // namespace cc
