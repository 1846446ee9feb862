#include "models/part/PartJson.h"

#include "models/part/PartFields.h"
#include "models/part/PartRecord.h"

#include <QJsonArray>

namespace cc {

namespace {

template<typename T>
QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue field(const PartRecord &record, const PartFields::Field &f)
{
    const QVariant value = record.value(f.id);
    if (value.isNull())
        return QJsonValue::Null;
    switch (f.type) {
    case PartFieldType::Text:
        return value.toString();
    case PartFieldType::Real:
        return value.toDouble();
    case PartFieldType::Integer:
        return value.toLongLong();
    case PartFieldType::Boolean:
        return value.toBool();
    }
    return QJsonValue::Null;
}

// The code of the newest version of a classification scheme.
QJsonValue classification(const PartRecord &record, const QString &scheme)
{
    const ClassificationRecord *newest = nullptr;
    for (const ClassificationRecord &c : record.classifications) {
        if (c.scheme == scheme && (!newest || c.version.toDouble() > newest->version.toDouble()))
            newest = &c;
    }
    return newest ? QJsonValue(newest->code) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject PartJson::toJson(const PartRecord &record)
{
    QJsonObject json;
    for (const PartFields::Field &f : PartFields::all())
        json.insert(f.key, field(record, f));

    QJsonArray ratings;
    for (const RatingRecord &r : record.ratings) {
        ratings.append(QJsonObject{{QStringLiteral("standard"), r.standard},
                                   {QStringLiteral("market"), r.market},
                                   {QStringLiteral("overvoltage_category"), text(r.overvoltageCategory)},
                                   {QStringLiteral("pollution_degree"), optional(r.pollutionDegree)},
                                   {QStringLiteral("voltage_v"), optional(r.voltageV)},
                                   {QStringLiteral("impulse_voltage_kv"), optional(r.impulseVoltageKv)},
                                   {QStringLiteral("current_a"), optional(r.currentA)},
                                   {QStringLiteral("condition"), text(r.condition)}});
    }
    json.insert(QStringLiteral("ratings"), ratings);

    QJsonArray ranges;
    for (const ConductorRangeRecord &r : record.conductorRanges) {
        ranges.append(QJsonObject{{QStringLiteral("class"), r.conductorClass},
                                  {QStringLiteral("min_mm2"), optional(r.minMm2)},
                                  {QStringLiteral("max_mm2"), optional(r.maxMm2)},
                                  {QStringLiteral("min_awg"), optional(r.minAwg)},
                                  {QStringLiteral("max_awg"), optional(r.maxAwg)}});
    }
    json.insert(QStringLiteral("conductor_ranges"), ranges);

    json.insert(QStringLiteral("dimensions_mm"),
                QJsonObject{{QStringLiteral("width"), json.value(QStringLiteral("width_mm"))},
                            {QStringLiteral("height"), json.value(QStringLiteral("height_mm"))},
                            {QStringLiteral("depth"), json.value(QStringLiteral("depth_mm"))},
                            {QStringLiteral("length"), json.value(QStringLiteral("length_mm"))},
                            {QStringLiteral("pin_spacing"),
                             json.value(QStringLiteral("pin_spacing_mm"))}});

    QJsonArray approvals;
    for (const ApprovalRecord &a : record.approvals) {
        approvals.append(QJsonObject{{QStringLiteral("kind"), a.kind},
                                     {QStringLiteral("mark"), text(a.mark)},
                                     {QStringLiteral("issuer"), a.issuer},
                                     {QStringLiteral("standard"), text(a.standard)},
                                     {QStringLiteral("certificate"), text(a.certificate)}});
    }
    json.insert(QStringLiteral("approvals"), approvals);

    QJsonArray classifications;
    for (const ClassificationRecord &c : record.classifications) {
        classifications.append(QJsonObject{{QStringLiteral("scheme"), c.scheme},
                                           {QStringLiteral("version"), c.version},
                                           {QStringLiteral("code"), c.code}});
    }
    json.insert(QStringLiteral("classifications"), classifications);
    json.insert(QStringLiteral("eclass"), classification(record, QStringLiteral("eCl@ss")));
    json.insert(QStringLiteral("etim"), classification(record, QStringLiteral("ETIM")));

    QJsonArray counterparts;
    QJsonArray accessories;
    QJsonArray related;
    for (const RelationRecord &r : record.relations) {
        if (r.relation == QLatin1String("counterpart")) {
            counterparts.append(r.itemNumber);
        } else if (r.relation == QLatin1String("accessory")) {
            accessories.append(QJsonObject{{QStringLiteral("item_number"), r.itemNumber},
                                           {QStringLiteral("description"), r.description},
                                           {QStringLiteral("group"), text(r.group)},
                                           {QStringLiteral("required"), optional(r.required)}});
        } else {
            related.append(QJsonObject{{QStringLiteral("item_number"), r.itemNumber},
                                       {QStringLiteral("relation"), r.relation},
                                       {QStringLiteral("description"), r.description},
                                       {QStringLiteral("quantity"), optional(r.quantity)}});
        }
    }
    json.insert(QStringLiteral("counterparts"), counterparts);
    json.insert(QStringLiteral("accessories"), accessories);
    // Kit contents, spare parts and similar parts (catalog feeds).
    json.insert(QStringLiteral("related"), related);

    QJsonArray documents;
    for (const DocumentRecord &d : record.documents) {
        documents.append(QJsonObject{{QStringLiteral("purpose"), d.purpose},
                                     {QStringLiteral("location"), d.location},
                                     {QStringLiteral("title"), text(d.title)},
                                     {QStringLiteral("mime_type"), text(d.mimeType)}});
    }
    json.insert(QStringLiteral("documents"), documents);

    QJsonArray descriptions;
    for (const DescriptionRecord &d : record.descriptions) {
        descriptions.append(QJsonObject{{QStringLiteral("language"), d.language},
                                        {QStringLiteral("short"), text(d.shortText)},
                                        {QStringLiteral("long"), text(d.longText)}});
    }
    json.insert(QStringLiteral("descriptions"), descriptions);

    QJsonArray features;
    for (const FeatureRecord &f : record.features) {
        features.append(QJsonObject{{QStringLiteral("system"), text(f.system)},
                                    {QStringLiteral("group"), text(f.group)},
                                    {QStringLiteral("name"), f.name},
                                    {QStringLiteral("values"), QJsonArray::fromStringList(f.values)},
                                    {QStringLiteral("unit"), text(f.unit)},
                                    {QStringLiteral("details"), text(f.details)}});
    }
    json.insert(QStringLiteral("features"), features);

    QJsonArray references;
    for (const ReferenceRecord &r : record.references) {
        references.append(QJsonObject{{QStringLiteral("type"), r.type},
                                      {QStringLiteral("item_number"), r.itemNumber},
                                      {QStringLiteral("quantity"), optional(r.quantity)}});
    }
    json.insert(QStringLiteral("references"), references);

    QJsonArray notes;
    for (const NoteRecord &n : record.notes) {
        notes.append(QJsonObject{{QStringLiteral("topic"), n.topic},
                                 {QStringLiteral("text"), n.text}});
    }
    json.insert(QStringLiteral("notes"), notes);

    // Values derived from another source's listing, with their provenance;
    // the value itself is also under its column name above.
    QJsonObject derived;
    for (const PartField id : record.derivedFields()) {
        const Provenance provenance = *record.provenance(id);
        derived.insert(PartFields::key(id),
                       QJsonObject{{QStringLiteral("value"), field(record, PartFields::field(id))},
                                   {QStringLiteral("basis"), provenance.basis},
                                   {QStringLiteral("listed_by"), text(provenance.listingItem)},
                                   {QStringLiteral("from"), provenance.description()},
                                   {QStringLiteral("source"), provenance.sourceReference}});
    }
    json.insert(QStringLiteral("derived"), derived);

    json.insert(QStringLiteral("source"),
                QJsonObject{{QStringLiteral("reference"), record.source.reference},
                            {QStringLiteral("kind"), record.source.kind},
                            {QStringLiteral("title"), record.source.title},
                            {QStringLiteral("location"), text(record.source.location)},
                            {QStringLiteral("imported_at"), text(record.source.importedAt)}});
    json.insert(QStringLiteral("origin"), record.origin);
    json.insert(QStringLiteral("superseded_item"), text(record.supersededItem));
    return json;
}

} // namespace cc
