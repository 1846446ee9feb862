#include "models/rules/MatingRules.h"

#include "models/catalog/PartCatalog.h"
#include "models/part/MatingKey.h"
#include "models/part/NumberText.h"
#include "models/part/PartKinds.h"
#include "models/rules/RulesTr.h"

#include <cmath>

namespace cc {

namespace {

using Code = MatingReason::Code;
using Outcome = MatingVerdict::Outcome;

void addMissing(MatingVerdict &verdict, const PartRecord &part, PartField field)
{
    verdict.missing.append({part.itemNumber(), field});
}

void addReason(MatingVerdict &verdict, Code code, const QString &message,
               const QString &itemNumber = QString())
{
    verdict.reasons.append({code, message, itemNumber});
}

// Same family and same pin spacing. Either difference alone fails the
// condition; it holds only when both are known to agree. Families are
// compared by their MatingKey, as the database's pre-filter compares them.
void checkSystem(const PartRecord &a, const PartRecord &b, MatingVerdict &verdict)
{
    const QString familyA = a.family();
    const QString familyB = b.family();
    const QString keyA = MatingKey::family(familyA);
    const QString keyB = MatingKey::family(familyB);
    const auto spacingA = a.pinSpacingMm();
    const auto spacingB = b.pinSpacingMm();

    const bool familyKnown = !keyA.isEmpty() && !keyB.isEmpty();
    const bool spacingKnown = spacingA && spacingB;
    if (familyKnown && keyA != keyB) {
        addReason(verdict, Code::Family,
                  RulesTr::tr("%1 belongs to %2, %3 to %4: parts of different connector "
                                  "systems do not mate.")
                      .arg(a.itemNumber(), familyA, b.itemNumber(), familyB));
        return;
    }
    if (spacingKnown && std::abs(*spacingA - *spacingB) > 1e-6) {
        addReason(verdict, Code::Family,
                  RulesTr::tr("%1 has a pin spacing of %2 mm, %3 of %4 mm: parts of "
                                  "different connector systems do not mate.")
                      .arg(a.itemNumber(), numberText(*spacingA), b.itemNumber(),
                           numberText(*spacingB)));
        return;
    }
    if (keyA.isEmpty())
        addMissing(verdict, a, PartField::Family);
    if (keyB.isEmpty())
        addMissing(verdict, b, PartField::Family);
    if (!spacingA)
        addMissing(verdict, a, PartField::PinSpacingMm);
    if (!spacingB)
        addMissing(verdict, b, PartField::PinSpacingMm);
}

void checkGender(const PartRecord &a, const PartRecord &b, MatingVerdict &verdict)
{
    const QString genderA = PartKinds::genderOf(a);
    const QString genderB = PartKinds::genderOf(b);
    if (genderA.isEmpty())
        addMissing(verdict, a, PartField::Gender);
    if (genderB.isEmpty())
        addMissing(verdict, b, PartField::Gender);
    if (genderA.isEmpty() || genderB.isEmpty() || genderA != genderB)
        return;
    const QString message = genderA == QLatin1String("female")
        ? RulesTr::tr("%1 and %2 are both sockets (female): a socket mates only with a "
                          "plug.")
        : RulesTr::tr("%1 and %2 are both plugs (male): a plug mates only with a socket.");
    addReason(verdict, Code::Gender, message.arg(a.itemNumber(), b.itemNumber()));
}

void checkPoles(const PartRecord &a, const PartRecord &b, MatingVerdict &verdict)
{
    const PartField key = PartField::Poles;
    const auto polesA = a.poles();
    const auto polesB = b.poles();
    if (!polesA)
        addMissing(verdict, a, key);
    if (!polesB)
        addMissing(verdict, b, key);
    if (polesA && polesB && *polesA != *polesB) {
        addReason(verdict, Code::Poles,
                  RulesTr::tr("%1 is %2-pole, %3 is %4-pole: parts with different pole "
                                  "numbers do not mate.")
                      .arg(a.itemNumber())
                      .arg(*polesA)
                      .arg(b.itemNumber())
                      .arg(*polesB));
    }
}

// Codings are compared by their MatingKey ('a' and ' A ' are one coding).
void checkCoding(const PartRecord &a, const PartRecord &b, MatingVerdict &verdict)
{
    const PartField field = PartField::Coding;
    const QString codingA = a.coding().trimmed();
    const QString codingB = b.coding().trimmed();
    const QString keyA = MatingKey::coding(codingA);
    const QString keyB = MatingKey::coding(codingB);
    if (keyA.isEmpty())
        addMissing(verdict, a, field);
    if (keyB.isEmpty())
        addMissing(verdict, b, field);
    if (!keyA.isEmpty() && !keyB.isEmpty() && keyA != keyB) {
        addReason(verdict, Code::Coding,
                  RulesTr::tr("%1 is coded %2, %3 is coded %4: the coding keys prevent "
                                  "mating.")
                      .arg(a.itemNumber(), codingA, b.itemNumber(), codingB));
    }
}

bool notAConnector(const PartRecord &part, MatingVerdict &verdict)
{
    const QString kind = part.kind();
    if (kind.isEmpty() || PartKinds::isConnector(kind))
        return false;
    addReason(verdict, Code::NotAConnector,
              RulesTr::tr("%1 (%2) is not a plug or socket.")
                  .arg(part.itemNumber(), PartKinds::label(kind)),
              part.itemNumber());
    return true;
}

void compareWithListing(const PartRecord &a, const PartRecord &b, MatingVerdict &verdict)
{
    const bool aListsB = MatingRules::listsCounterpart(a, b);
    const bool bListsA = MatingRules::listsCounterpart(b, a);
    verdict.listedAsCounterpart = aListsB || bListsA;
    const PartRecord &lister = aListsB ? a : b;
    const PartRecord &listed = aListsB ? b : a;

    if (verdict.listedAsCounterpart && !verdict.reasons.isEmpty()) {
        QStringList codes;
        for (const MatingReason &reason : verdict.reasons)
            codes.append(reason.codeName());
        verdict.inconsistency =
            RulesTr::tr("Data inconsistency: %1 lists %2 as a counterpart, but their data "
                            "say they do not mate (%3).")
                .arg(lister.itemNumber(), listed.itemNumber(),
                     codes.join(QStringLiteral(", ")));
        return;
    }
    if (verdict.listedAsCounterpart || !verdict.reasons.isEmpty() || !verdict.missing.isEmpty())
        return;
    // The data say they mate, but a part that lists its counterparts leaves
    // the other out.
    for (const PartRecord *part : {&a, &b}) {
        if (!MatingRules::hasCounterparts(*part))
            continue;
        const PartRecord &other = part == &a ? b : a;
        verdict.inconsistency =
            RulesTr::tr("Data inconsistency: their data say %1 and %2 mate, but the "
                            "counterparts listed for %1 do not include %2.")
                .arg(part->itemNumber(), other.itemNumber());
        return;
    }
}

Outcome outcomeOf(const MatingVerdict &verdict)
{
    if (!verdict.reasons.isEmpty())
        return Outcome::No;
    if (verdict.missing.isEmpty() || verdict.listedAsCounterpart)
        return Outcome::Mates;
    return Outcome::Unknown;
}

bool sameItem(const PartRecord &a, const PartRecord &b)
{
    return a.itemNumber() == b.itemNumber();
}

} // namespace

bool MatingRules::sameFamily(const QString &a, const QString &b)
{
    const QString key = MatingKey::family(a);
    return !key.isEmpty() && key == MatingKey::family(b);
}

bool MatingRules::listsCounterpart(const PartRecord &part, const PartRecord &other)
{
    for (const RelationRecord &relation : part.relations) {
        if (relation.relation != QLatin1String("counterpart") || relation.itemNumber.isEmpty())
            continue;
        if (relation.itemNumber == other.itemNumber()
            || relation.itemNumber == other.supersededItem)
            return true;
    }
    return false;
}

bool MatingRules::hasCounterparts(const PartRecord &part)
{
    for (const RelationRecord &relation : part.relations) {
        if (relation.relation == QLatin1String("counterpart"))
            return true;
    }
    return false;
}

MatingVerdict MatingRules::check(const PartRecord &a, const PartRecord &b)
{
    MatingVerdict verdict;
    const bool aIsNot = notAConnector(a, verdict);
    const bool bIsNot = notAConnector(b, verdict);
    if (!aIsNot && !bIsNot) {
        checkSystem(a, b, verdict);
        checkGender(a, b, verdict);
        checkPoles(a, b, verdict);
        checkCoding(a, b, verdict);
    }
    compareWithListing(a, b, verdict);
    verdict.outcome = outcomeOf(verdict);
    return verdict;
}

QList<MatingCandidate> MatingRules::compare(const PartRecord &part,
                                            const QList<PartRecord> &candidates)
{
    QList<MatingCandidate> result;
    for (const PartRecord &candidate : candidates) {
        if (!sameItem(part, candidate))
            result.append({candidate, check(part, candidate)});
    }
    return result;
}

QList<MatingCandidate> MatingRules::matesFor(const PartRecord &part,
                                             const QList<PartRecord> &candidates)
{
    QList<MatingCandidate> result;
    for (const MatingCandidate &candidate : compare(part, candidates)) {
        if (candidate.verdict.outcome == Outcome::Mates)
            result.append(candidate);
    }
    return result;
}

QList<MatingCandidate> MatingRules::nearMisses(const PartRecord &part,
                                               const QList<PartRecord> &candidates)
{
    QList<MatingCandidate> result;
    for (const MatingCandidate &candidate : compare(part, candidates)) {
        const MatingVerdict &verdict = candidate.verdict;
        if (verdict.reasons.size() == 1 && verdict.missing.isEmpty()
            && verdict.reasons.first().code != Code::NotAConnector)
            result.append(candidate);
    }
    return result;
}

QList<MatingCandidate> MatingRules::undecided(const PartRecord &part,
                                              const QList<PartRecord> &candidates)
{
    QList<MatingCandidate> result;
    for (const MatingCandidate &candidate : compare(part, candidates)) {
        if (candidate.verdict.outcome == Outcome::Unknown)
            result.append(candidate);
    }
    return result;
}

QList<PartRecord> MatingRules::connectorsOf(const PartCatalog &catalog)
{
    return catalog.partsOfKinds(PartKinds::connectorKinds());
}

QList<MatingCandidate> MatingRules::matesFor(const PartRecord &part, const PartCatalog &catalog)
{
    return matesFor(part, catalog.mateCandidates(part, 0));
}

QList<MatingCandidate> MatingRules::nearMisses(const PartRecord &part,
                                               const PartCatalog &catalog)
{
    return nearMisses(part, catalog.mateCandidates(part, 1));
}

} // namespace cc
