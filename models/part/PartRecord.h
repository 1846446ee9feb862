#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <optional>

namespace cc {

// Plain data as the catalog stores it. Numbers carry the unit named in their
// field; an absent value (no source states it) is a null QVariant, an empty
// std::optional or a null QString, never zero.

struct SourceRecord
{
    QString reference; // 'D1', a datasheet file name, ...
    QString kind;      // datasheet, web, reference, user, synthetic
    QString title;
    QString location;
    QString importedAt; // ISO 8601
};

struct RatingRecord
{
    QString standard; // 'IEC/EN 60664-1', 'UL 1977'
    QString market;   // 'IEC' or 'UL'
    QString overvoltageCategory;
    std::optional<int> pollutionDegree;
    std::optional<double> voltageV;
    std::optional<double> impulseVoltageKv;
    std::optional<double> currentA;
    QString condition;
};

struct ConductorRangeRecord
{
    QString conductorClass; // see PartFields::conductorClasses()
    std::optional<double> minMm2;
    std::optional<double> maxMm2;
    std::optional<int> minAwg; // AWG of minMm2 (the larger number)
    std::optional<int> maxAwg;
};

struct ApprovalRecord
{
    QString kind; // general, ul, marine, declaration
    QString mark;
    QString issuer;
    QString standard;
    QString certificate;
};

struct ClassificationRecord
{
    QString scheme; // 'eCl@ss' or 'ETIM'
    QString version;
    QString code;
};

struct RelationRecord
{
    QString itemNumber; // the related part
    QString relation;   // 'counterpart' or 'accessory'
    QString group;      // accessory group, e.g. 'Locking levers'
    std::optional<bool> required;
    QString description; // filled when read back from the database
    QString kind;        // filled when read back from the database
    QString sourceReference;
};

struct NoteRecord
{
    QString topic;
    QString text;
};

struct PartRecord
{
    // Scalar columns of the part table by name (see PartFields); item_number
    // and description are always present.
    QVariantMap fields;
    QList<RatingRecord> ratings;
    QList<ConductorRangeRecord> conductorRanges;
    QList<ApprovalRecord> approvals;
    QList<ClassificationRecord> classifications;
    QList<RelationRecord> relations;
    QList<NoteRecord> notes;
    SourceRecord source;
    QString origin;          // catalog, import, user
    QString supersededItem;  // set when the part was found by a superseded number

    QString itemNumber() const { return text(QStringLiteral("item_number")); }
    QString description() const { return text(QStringLiteral("description")); }
    QVariant value(const QString &key) const { return fields.value(key); }
    QString text(const QString &key) const
    {
        const QVariant v = fields.value(key);
        return v.isNull() ? QString() : v.toString();
    }
    std::optional<double> number(const QString &key) const
    {
        const QVariant v = fields.value(key);
        if (v.isNull())
            return std::nullopt;
        return v.toDouble();
    }
    std::optional<int> integer(const QString &key) const
    {
        const QVariant v = fields.value(key);
        if (v.isNull())
            return std::nullopt;
        return v.toInt();
    }
};

} // namespace cc
