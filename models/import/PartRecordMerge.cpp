#include "models/import/PartRecordMerge.h"

#include "models/part/PartFields.h"

#include <QHash>
#include <QMetaType>
#include <QSet>
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

QStringList PartRecordMerge::lines(const QList<DocumentRecord> &documents)
{
    QStringList result;
    for (const DocumentRecord &d : documents) {
        result << QStringLiteral("%1: %2%3")
                      .arg(d.purpose, d.location, d.title.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.title));
    }
    return result;
}

QStringList PartRecordMerge::lines(const QList<DescriptionRecord> &descriptions)
{
    QStringList result;
    for (const DescriptionRecord &d : descriptions) {
        result << QStringLiteral("%1: %2%3")
                      .arg(d.language, d.shortText,
                           d.longText.isEmpty() ? QString() : QStringLiteral(" / %1").arg(d.longText.simplified()));
    }
    return result;
}

QStringList PartRecordMerge::lines(const QList<ReferenceRecord> &references)
{
    QStringList result;
    for (const ReferenceRecord &r : references)
        result << QStringLiteral("%1 %2%3").arg(r.type, r.itemNumber, r.quantity ? QStringLiteral(" x%1").arg(*r.quantity) : QString());
    return result;
}

QString PartRecordMerge::featureValue(const FeatureRecord &feature)
{
    QString value = feature.values.join(QStringLiteral(" … "));
    if (!feature.unit.isEmpty())
        value += QLatin1Char(' ') + feature.unit;
    if (!feature.details.isEmpty())
        value += QStringLiteral(" (%1)").arg(feature.details);
    return value;
}

QString PartRecordMerge::describe(const RelationRecord &relation)
{
    QStringList parts{relation.relation};
    if (!relation.group.isEmpty())
        parts << relation.group;
    if (relation.required)
        parts << (*relation.required ? QStringLiteral("required") : QStringLiteral("optional"));
    if (relation.quantity)
        parts << QStringLiteral("quantity %1").arg(*relation.quantity);
    return parts.join(QStringLiteral(", "));
}

PartRecord PartRecordMerge::completedRows(const PartRecord &existing, const PartRecord &incoming)
{
    PartRecord result = incoming;
    if (!incoming.ratings.isEmpty()) {
        QList<RatingRecord> ratings;
        QStringList markets;
        for (RatingRecord row : incoming.ratings) {
            for (const RatingRecord &old : existing.ratings) {
                if (old.market != row.market)
                    continue;
                // The first stored row of the market, as a datasheet names it.
                row.standard = old.standard;
                if (row.overvoltageCategory.isEmpty())
                    row.overvoltageCategory = old.overvoltageCategory;
                if (!row.pollutionDegree)
                    row.pollutionDegree = old.pollutionDegree;
                if (!row.voltageV)
                    row.voltageV = old.voltageV;
                if (!row.impulseVoltageKv)
                    row.impulseVoltageKv = old.impulseVoltageKv;
                if (!row.currentA)
                    row.currentA = old.currentA;
                if (row.condition.isEmpty())
                    row.condition = old.condition;
                break;
            }
            markets << row.market;
            ratings << row;
        }
        // The other rows of those markets (conditions, a second standard)
        // and of the other markets stay.
        for (const RatingRecord &old : existing.ratings) {
            bool replaced = false;
            for (const QString &market : std::as_const(markets)) {
                if (old.market == market) {
                    replaced = true;
                    markets.removeOne(market);
                    break;
                }
            }
            if (!replaced)
                ratings << old;
        }
        result.ratings = ratings;
    }
    if (!incoming.conductorRanges.isEmpty()) {
        QList<ConductorRangeRecord> ranges = existing.conductorRanges;
        for (ConductorRangeRecord row : incoming.conductorRanges) {
            bool found = false;
            for (ConductorRangeRecord &old : ranges) {
                if (old.conductorClass != row.conductorClass)
                    continue;
                // AWG belongs to a range in mm²: kept only for the same one.
                if (!row.minAwg && !row.maxAwg && old.minMm2 == row.minMm2 && old.maxMm2 == row.maxMm2) {
                    row.minAwg = old.minAwg;
                    row.maxAwg = old.maxAwg;
                }
                old = row;
                found = true;
            }
            if (!found)
                ranges << row;
        }
        result.conductorRanges = ranges;
    }
    if (!incoming.classifications.isEmpty()) {
        QList<ClassificationRecord> classes = existing.classifications;
        for (const ClassificationRecord &row : incoming.classifications) {
            bool found = false;
            for (ClassificationRecord &old : classes) {
                if (old.scheme == row.scheme && old.version == row.version) {
                    old = row;
                    found = true;
                }
            }
            if (!found)
                classes << row;
        }
        result.classifications = classes;
    }
    return result;
}

void PartRecordMerge::merge(const PartRecord &existing, const PartRecord &given, Mode mode,
                            PartImport *part, Lists lists)
{
    const PartRecord incoming = lists == Lists::ByRow ? completedRows(existing, given) : given;
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
    // What the source states as it states it follows the source, row by
    // row: a feature, a language, a document or a reference it states
    // replaces the part's of the same key; the others are kept.
    if (!incoming.features.isEmpty()) {
        const auto key = [](const FeatureRecord &f) { return f.system + QLatin1Char(' ') + f.name; };
        QList<FeatureRecord> features = existing.features;
        QHash<QString, qsizetype> at;
        for (qsizetype i = 0; i < features.size(); ++i)
            at.insert(key(features.at(i)), i);
        for (const FeatureRecord &f : incoming.features) {
            const auto found = at.constFind(key(f));
            if (found == at.cend()) {
                at.insert(key(f), features.size());
                features << f;
                part->changes.append(FieldChange{QStringLiteral("feature ") + key(f), QString(), featureValue(f)});
            } else if (!(features.at(*found) == f)) {
                part->changes.append(FieldChange{QStringLiteral("feature ") + key(f),
                                                 featureValue(features.at(*found)), featureValue(f)});
                features[*found] = f;
            }
        }
        record.features = features;
    }
    if (!incoming.descriptions.isEmpty()) {
        QList<DescriptionRecord> descriptions = existing.descriptions;
        for (const DescriptionRecord &d : incoming.descriptions) {
            DescriptionRecord *found = nullptr;
            for (DescriptionRecord &e : descriptions) {
                if (e.language == d.language)
                    found = &e;
            }
            if (!found) {
                descriptions << d;
                continue;
            }
            if (!d.shortText.isEmpty())
                found->shortText = d.shortText;
            if (!d.longText.isEmpty())
                found->longText = d.longText;
        }
        if (descriptions != existing.descriptions) {
            part->changes.append(FieldChange{QStringLiteral("descriptions"), lines(existing.descriptions).join(listSeparator),
                                             lines(descriptions).join(listSeparator)});
            record.descriptions = descriptions;
        }
    }
    const auto addRows = [part](const QString &name, const auto &before, const auto &after, auto *target) {
        auto rows = before;
        for (const auto &row : after) {
            if (!rows.contains(row))
                rows << row;
        }
        if (rows == before)
            return;
        part->changes.append(FieldChange{name, lines(before).join(listSeparator), lines(rows).join(listSeparator)});
        *target = rows;
    };
    addRows(QStringLiteral("documents"), existing.documents, incoming.documents, &record.documents);
    addRows(QStringLiteral("references"), existing.references, incoming.references, &record.references);
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
