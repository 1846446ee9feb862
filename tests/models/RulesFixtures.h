#pragma once

// Parts for the rule tests. Real item numbers carry only what the sources
// state (catalog-facts.md: D1 for 770-1324 and the descriptions of its
// counterparts and accessories, W2 for 890-743, T1 for pairings and pole
// counts). Item numbers starting with "T-" are made up for the tests: their
// values are test inputs, not catalog data.

#include "../common/FieldsByKey.h"
#include "models/part/AccessoryRule.h"
#include "models/part/PartRecord.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace fixtures {

using cc::PartField;
using cc::PartRecord;

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline PartRecord part(const char *item, const char *kind, const char *description = "")
{
    PartRecord record;
    record.set(PartField::ItemNumber, s(item));
    record.set(PartField::Description, s(description));
    if (*kind)
        record.set(PartField::Kind, s(kind));
    return record;
}

inline PartRecord &set(PartRecord &record, const char *key, const QVariant &value)
{
    cc::test::setByKey(record, s(key), value);
    return record;
}

inline void relate(PartRecord &record, const char *item, const char *relation,
                   const char *group = "")
{
    cc::RelationRecord link;
    link.itemNumber = s(item);
    link.relation = s(relation);
    link.group = s(group);
    record.relations.append(link);
}

// A connector with the attributes the mating rules read; null arguments
// leave the attribute unknown.
inline PartRecord connector(const char *item, const char *kind, const char *family,
                            std::optional<double> spacing, std::optional<int> poles,
                            const char *coding)
{
    PartRecord record = part(item, kind);
    if (family)
        set(record, "family", s(family));
    if (spacing)
        set(record, "pin_spacing_mm", *spacing);
    if (poles)
        set(record, "poles", *poles);
    if (coding)
        set(record, "coding", s(coding));
    return record;
}

inline PartRecord midi(const char *item, const char *kind, int poles, const char *coding)
{
    return connector(item, kind, "WINSTA MIDI", 10.0, poles, coding);
}

inline cc::RatingRecord rating(const char *standard, const char *market,
                               std::optional<double> voltage, std::optional<double> impulse,
                               std::optional<double> current, const char *condition = "")
{
    cc::RatingRecord record;
    record.standard = s(standard);
    record.market = s(market);
    if (record.market == s("IEC")) {
        record.overvoltageCategory = s("III");
        record.pollutionDegree = 3;
    }
    record.voltageV = voltage;
    record.impulseVoltageKv = impulse;
    record.currentA = current;
    record.condition = s(condition);
    return record;
}

inline cc::ConductorRangeRecord range(const char *conductorClass, double min, double max)
{
    cc::ConductorRangeRecord record;
    record.conductorClass = s(conductorClass);
    record.minMm2 = min;
    record.maxMm2 = max;
    return record;
}

inline cc::ApprovalRecord approval(const char *kind, const char *mark, const char *issuer,
                                   const char *standard, const char *certificate)
{
    return {s(kind), s(mark), s(issuer), s(standard), s(certificate)};
}

// 770-1324 as D1 states it (the fields the rules read).
inline PartRecord socket1324()
{
    PartRecord p = midi("770-1324", "socket", 4, "Q");
    set(p, "description", s("Socket; 4-pole; Cod. Q; 4,00 mm²; green"));
    set(p, "gender", s("female"));
    set(p, "colour", s("green"));
    set(p, "strip_length_mm", 9.0);
    set(p, "protection_type", s("IP20"));
    set(p, "protection_type_secured", s("IP2xC"));
    set(p, "locking_lever", s("Can be retrofitted"));
    p.ratings = {rating("IEC/EN 60664-1", "IEC", 400.0, 6.0, 32.0),
                 rating("UL 1977", "UL", 600.0, std::nullopt, 23.0)};
    p.conductorRanges = {range("solid", 0.5, 4), range("solid_push_in", 1.5, 4),
                         range("stranded", 0.5, 2.5), range("fine_stranded", 0.5, 4),
                         range("fine_stranded_insulated_ferrule", 0.25, 1.5),
                         range("fine_stranded_uninsulated_ferrule", 0.25, 2.5),
                         range("fine_stranded_ferrule_push_in", 1.5, 1.5)};
    p.approvals = {
        approval("general", "CCA", "DEKRA Certification B.V.", "EN 61535", "71- 123228"),
        approval("general", "CCA", "DEKRA Certification B.V.", "IEC 61535", "NL -84761"),
        approval("ul", "cURus", "Underwriters Laboratories Inc.", "UL 1977", "E45171"),
        approval("ul", "cURus", "Underwriters Laboratories Inc.", "UL 1059", "E 45172"),
        approval("declaration", "", "WAGO GmbH & Co. KG", "", ""),
        approval("marine", "ABS", "American Bureau of Shipping", "", "19- HG1868589- PDA"),
        approval("marine", "DNV GL", "Det Norske Veritas, Germanischer Lloyd", "",
                 "TAE00001Z6"),
        approval("marine", "LR", "Lloyds Register", "IEC 61984", "LR22429487TA")};
    for (const char *item : {"770-1334", "770-2334", "770-2334/007-000"})
        relate(p, item, "counterpart");
    for (const char *item : {"770-201", "770-221"})
        relate(p, item, "accessory", "Cover");
    for (const char *item : {"770-121", "770-131", "770-101", "770-111"})
        relate(p, item, "accessory", "Locking levers");
    for (const char *item : {"770-504/023-000", "770-514", "770-504", "770-514/023-000"})
        relate(p, item, "accessory", "Strain relief");
    for (const char *item : {"770-450", "770-450/000-001", "770-319", "770-339", "897-2005",
                             "210-719"})
        relate(p, item, "accessory");
    return p;
}

// Counterparts of 770-1324 as D1's short descriptions state them: no family,
// no pin spacing, no ratings, no approvals.
inline PartRecord plug1334()
{
    PartRecord p = connector("770-1334", "plug", nullptr, std::nullopt, 4, "Q");
    set(p, "colour", s("green"));
    set(p, "cross_section_mm2", 4.0);
    return p;
}

inline PartRecord snapInPlug2334()
{
    PartRecord p = connector("770-2334", "snap_in_plug", nullptr, std::nullopt, 4, "Q");
    set(p, "colour", s("green"));
    set(p, "cross_section_mm2", 4.0);
    return p;
}

// W2: WINSTA MINI snap-in socket.
inline PartRecord snapInSocket743()
{
    PartRecord p = connector("890-743", "snap_in_socket", "WINSTA MINI", 4.4, 3, "B");
    set(p, "colour", s("gray"));
    p.ratings = {rating("IEC 60664-1", "IEC", 250.0, 4.0, 16.0),
                 rating("IEC 60664-1", "IEC", std::nullopt, std::nullopt, 13.0,
                        "for 3-pole load"),
                 rating("UL 1977", "UL", 600.0, std::nullopt, 14.0)};
    p.conductorRanges = {range("solid", 0.25, 1.5)};
    return p;
}

inline PartRecord lever(const char *item, const char *operation, const char *colour)
{
    PartRecord p = part(item, "locking_lever");
    set(p, "for_mounting", s("flying"));
    set(p, "operation", s(operation));
    set(p, "colour", s(colour));
    return p;
}

inline PartRecord housing(const char *item, double odMin, double odMax, const char *colour)
{
    PartRecord p = part(item, "strain_relief_housing");
    set(p, "poles", 4);
    set(p, "cable_count", 2);
    set(p, "cable_od_min_mm", odMin);
    set(p, "cable_od_max_mm", odMax);
    set(p, "length_mm", 55.0);
    set(p, "colour", s(colour));
    return p;
}

inline PartRecord lockoutCap(const char *item, const char *colour)
{
    PartRecord p = part(item, "lockout_cap");
    set(p, "poles", 12);
    set(p, "separable", true);
    set(p, "for_kinds", s("sockets"));
    set(p, "colour", s(colour));
    return p;
}

inline PartRecord frame(const char *item, const char *colour)
{
    PartRecord p = part(item, "snap_in_frame");
    set(p, "poles", 4);
    set(p, "panel_thickness_min_mm", 1.0);
    set(p, "panel_thickness_max_mm", 3.0);
    set(p, "colour", s(colour));
    return p;
}

// 770-1324's accessories as D1's descriptions state them.
inline QList<PartRecord> accessories1324()
{
    PartRecord marker = part("770-450", "marker_card");
    set(marker, "colour", s("white"));
    PartRecord markerGreen = part("770-450/000-001", "marker_card");
    set(markerGreen, "colour", s("green"));
    PartRecord cap = part("897-2005", "protective_cap");
    set(cap, "for_kinds", s("sockets and plugs"));
    set(cap, "colour", s("red"));
    PartRecord tool = part("210-719", "operating_tool");
    set(tool, "blade_width_mm", 2.5);
    set(tool, "blade_thickness_mm", 0.4);
    return {lever("770-121", "manual", "white"),
            lever("770-131", "tool", "white"),
            lever("770-101", "manual", "black"),
            lever("770-111", "tool", "black"),
            housing("770-504/023-000", 5.0, 9.0, "black"),
            housing("770-514", 9.0, 13.0, "white"),
            housing("770-504", 9.0, 13.0, "black"),
            housing("770-514/023-000", 5.0, 9.0, "white"),
            lockoutCap("770-201", "black"),
            lockoutCap("770-221", "white"),
            frame("770-319", "black"),
            frame("770-339", "white"),
            marker,
            markerGreen,
            cap,
            tool};
}

inline cc::AccessoryRule assemblyRule(const char *kind, const char *appliesTo,
                                           std::optional<double> quantity, const char *per,
                                           const char *requirement, const char *source)
{
    cc::AccessoryRule record;
    record.accessoryKind = s(kind);
    record.appliesTo = s(appliesTo);
    record.quantity = quantity;
    if (*per)
        record.per = s(per);
    if (*requirement)
        record.requirement = s(requirement);
    record.sourceReference = s(source);
    return record;
}

// The rule table of the bundled catalog (db/catalog: D1 and T1) as records,
// for an InMemoryPartCatalog: quantities per assembly come from these, not
// from the code. Only T1 (one strain relief housing per flying side) and D1
// (lockout caps: one cap pole per socket pole) state a quantity.
inline QList<cc::AccessoryRule> bundledAssemblyRules()
{
    return {assemblyRule("locking_lever", "flying_connection", std::nullopt, "", "required",
                         "D1"),
            assemblyRule("strain_relief_housing", "flying_side", std::nullopt, "",
                         "required_for_ip2xc", "D1"),
            assemblyRule("lockout_cap", "unmated_socket", 1.0, "pole", "required", "D1"),
            assemblyRule("snap_in_frame", "snap_in_side", std::nullopt, "", "optional", "D1"),
            assemblyRule("protective_cap", "assembly", std::nullopt, "", "optional", "D1"),
            assemblyRule("marker_card", "assembly", std::nullopt, "", "optional", "D1"),
            assemblyRule("operating_tool", "assembly", std::nullopt, "", "optional", "D1"),
            assemblyRule("strain_relief_housing", "flying_side", 1.0, "side", "", "T1")};
}

// The trade rules of the bundled catalog (db/catalog/r1-trade-rules.json):
// one locking lever per connection with a flying lead, one housing per
// flying side, each with its basis (the note).
inline QList<cc::AccessoryRule> tradeRules()
{
    cc::AccessoryRule lever =
        assemblyRule("locking_lever", "flying_connection", 1.0, "assembly", "required", "R1");
    lever.note = s("One locking lever per mated connection with a flying lead.");
    cc::AccessoryRule housing =
        assemblyRule("strain_relief_housing", "flying_side", 1.0, "side", "required", "R1");
    housing.note = s("One strain relief housing per flying side with a cable.");
    return {lever, housing};
}

} // namespace fixtures
