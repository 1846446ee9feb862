#include "models/bom/export/BomJsonWriter.h"

#include "models/bom/BillOfMaterials.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc {

namespace {

// What a line rests on: [{"kind": "rule", "source": "R1", "text": ...},
// {"kind": "default", "text": "colour: black"}].
QJsonArray basisJson(const QList<ItemBasis> &basis)
{
    QJsonArray array;
    for (const ItemBasis &entry : basis) {
        QJsonObject object{{QStringLiteral("kind"), entry.kindName()},
                           {QStringLiteral("text"), entry.text}};
        if (!entry.source.isEmpty())
            object.insert(QStringLiteral("source"), entry.source);
        array.append(object);
    }
    return array;
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue number(const std::optional<double> &value, int decimals)
{
    return value ? QJsonValue(BillOfMaterials::rounded(*value, decimals))
                 : QJsonValue(QJsonValue::Null);
}

QJsonValue rating(const std::optional<RatingRecord> &rating)
{
    if (!rating || (!rating->voltageV && !rating->currentA))
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("text"), BillOfMaterials::ratingText(rating)},
                       {QStringLiteral("standard"), text(rating->standard)},
                       {QStringLiteral("voltage_v"), number(rating->voltageV, 3)},
                       {QStringLiteral("current_a"), number(rating->currentA, 3)}};
}

QJsonObject lineJson(const BomLine &line)
{
    QJsonArray approvals;
    for (const ApprovalRecord &a : line.approvals) {
        approvals.append(QJsonObject{{QStringLiteral("kind"), text(a.kind)},
                                     {QStringLiteral("mark"), text(a.mark)},
                                     {QStringLiteral("issuer"), text(a.issuer)},
                                     {QStringLiteral("standard"), text(a.standard)},
                                     {QStringLiteral("certificate"), text(a.certificate)},
                                     {QStringLiteral("text"), BillOfMaterials::approvalText(a)}});
    }
    return {
        {QStringLiteral("position"), line.position},
        {QStringLiteral("item_number"), line.itemNumber},
        {QStringLiteral("description"), text(line.description)},
        {QStringLiteral("in_catalog"), line.inCatalog},
        {QStringLiteral("quantity"), line.quantity},
        {QStringLiteral("packaging_unit"),
         line.packagingUnit ? QJsonValue(*line.packagingUnit) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("order_quantity"), line.orderQuantity},
        {QStringLiteral("surplus"),
         line.packagingUnit ? QJsonValue(line.surplus()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("gtin"), text(line.gtin)},
        {QStringLiteral("ratings"), QJsonObject{{QStringLiteral("iec"), rating(line.iecRating)},
                                                {QStringLiteral("ul"), rating(line.ulRating)}}},
        {QStringLiteral("approvals"), approvals},
        {QStringLiteral("customs_tariff"), text(line.customsTariff)},
        {QStringLiteral("country_of_origin"), text(line.countryOfOrigin)},
        {QStringLiteral("unit_weight_g"), number(line.unitWeightG, 3)},
        {QStringLiteral("weight_g"), number(line.weightG(), 3)},
        {QStringLiteral("unit_fire_load_mj"), number(line.unitFireLoadMj, 4)},
        {QStringLiteral("fire_load_mj"), number(line.fireLoadMj(), 4)},
        {QStringLiteral("used_in"), QJsonArray::fromStringList(line.usedIn)},
        {QStringLiteral("basis"), basisJson(line.basis)},
    };
}

} // namespace

QJsonObject BomJsonWriter::toJson(const BillOfMaterials &bom)
{
    QJsonArray lines;
    for (const BomLine &line : bom.lines)
        lines.append(lineJson(line));
    const QJsonObject totals{
        {QStringLiteral("pieces"), bom.pieces()},
        {QStringLiteral("order_pieces"), bom.orderPieces()},
        {QStringLiteral("weight_g"), number(bom.weightG(), 3)},
        {QStringLiteral("known_weight_g"), BillOfMaterials::rounded(bom.knownWeightG(), 3)},
        {QStringLiteral("fire_load_mj"), number(bom.fireLoadMj(), 4)},
        {QStringLiteral("known_fire_load_mj"), BillOfMaterials::rounded(bom.knownFireLoadMj(), 4)},
    };
    return {{QStringLiteral("project"), bom.projectName},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(bom.warnings)}};
}

QByteArray BomJsonWriter::write(const BillOfMaterials &bom)
{
    return QJsonDocument(toJson(bom)).toJson(QJsonDocument::Indented);
}

} // namespace cc
