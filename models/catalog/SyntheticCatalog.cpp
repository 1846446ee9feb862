#include "models/catalog/SyntheticCatalog.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "db/PartSearch.h"
#include "db/Transaction.h"
#include "models/part/LeverOperations.h"
#include "models/part/PartKinds.h"
#include "models/part/PartRecord.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace cc {

namespace {

struct Family
{
    const char *name;
    double pitch;
    int minPoles;
    int maxPoles;
};

// Invented families: their names say so.
const Family families[] = {
    {"Synthetic MIDI", 10.0, 2, 5},
    {"Synthetic MINI", 4.4, 2, 4},
    {"Synthetic MAXI", 12.5, 3, 6},
};
const char *const codings[] = {"A", "B", "I", "L", "P", "S", "Q"};
const char *const colours[] = {"black", "white", "red", "blue", "dark gray", "brown", "gray", "green"};
const char *const issuers[] = {"Synthetic Approvals Ltd", "Example Certification Body", "Test Register"};

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString itemNumber(int index)
{
    return QStringLiteral("SYN-%1").arg(index, 6, 10, QLatin1Char('0'));
}

// Connectors come in groups of four: socket, plug, snap-in plug, snap-in
// socket of one family, pole count and coding, so that each has mates.
PartRecord connector(int index, QRandomGenerator &random)
{
    const int group = index / 4;
    QRandomGenerator groupRandom(static_cast<quint32>(group) * 7919U + 17U);
    const Family &family = families[groupRandom.bounded(3)];
    const int poles = family.minPoles + groupRandom.bounded(family.maxPoles - family.minPoles + 1);
    const QString coding = text(codings[groupRandom.bounded(7)]);
    const QString colour = text(colours[groupRandom.bounded(8)]);
    // A group: socket, plug, snap-in plug, snap-in socket (the connector
    // kinds in the order socket, plug, then the snap-in ones reversed), so
    // that a socket lists the plug and the snap-in plug after it as its
    // counterparts.
    const QStringList &connectorKinds = PartKinds::connectorKinds();
    const int position = index % 4;
    const QString kind = connectorKinds.at(position < 2 ? position : 5 - position);
    const double crossSection = family.pitch > 5 ? 4.0 : 1.5;

    PartRecord part;
    PartRecord &f = part;
    f.set(PartField::ItemNumber, itemNumber(index));
    f.set(PartField::Description,
             QStringLiteral("Synthetic %1; %2-pole; Cod. %3; %4 mm²; %5 (test data)")
                 .arg(PartKinds::table().englishLabel(kind))
                 .arg(poles)
                 .arg(coding)
                 .arg(crossSection)
                 .arg(colour));
    f.set(PartField::Family, text(family.name));
    f.set(PartField::Kind, kind);
    f.set(PartField::Gender, PartKinds::genderOf(kind));
    f.set(PartField::Poles, poles);
    f.set(PartField::Coding, coding);
    f.set(PartField::Colour, colour);
    f.set(PartField::CrossSectionMm2, crossSection);
    f.set(PartField::Mounting, kind.startsWith(QLatin1String("snap_in")) ? QStringLiteral("snap-in")
                                                                                   : QStringLiteral("flying"));
    f.set(PartField::PinSpacingMm, family.pitch);
    f.set(PartField::WidthMm, family.pitch * poles);
    f.set(PartField::HeightMm, family.pitch * 1.3);
    f.set(PartField::DepthMm, 30.0 + random.bounded(10));
    f.set(PartField::PackagingUnit, 25 + 25 * random.bounded(4));
    f.set(PartField::WeightG, 5.0 + random.bounded(200) / 10.0);
    f.set(PartField::FireLoadMj, 0.1 + random.bounded(300) / 1000.0);
    f.set(PartField::Gtin, QStringLiteral("99%1").arg(index, 11, 10, QLatin1Char('0')));
    part.ratings.append(RatingRecord{QStringLiteral("IEC/EN 60664-1"), QStringLiteral("IEC"), QStringLiteral("III"),
                                     3, family.pitch > 5 ? 400.0 : 250.0, family.pitch > 5 ? 6.0 : 4.0,
                                     family.pitch > 5 ? 32.0 - random.bounded(3) * 4 : 16.0, QString()});
    part.ratings.append(RatingRecord{QStringLiteral("UL 1977"), QStringLiteral("UL"), QString(), std::nullopt,
                                     600.0, std::nullopt, family.pitch > 5 ? 23.0 : 14.0, QString()});
    part.conductorRanges.append(ConductorRangeRecord{QStringLiteral("solid"), 0.5, crossSection, 20,
                                                     crossSection > 2 ? 12 : 16});
    const int approvals = random.bounded(4);
    for (int a = 0; a < approvals; ++a) {
        part.approvals.append(ApprovalRecord{QStringLiteral("general"), QString(), text(issuers[a]),
                                             QStringLiteral("EN 61535"), QStringLiteral("SYN-%1-%2").arg(index).arg(a)});
    }
    // Sockets list their plug-side mates, as a datasheet would.
    if (index % 4 == 0) {
        for (int mate : {index + 1, index + 2}) {
            RelationRecord relation;
            relation.itemNumber = itemNumber(mate);
            relation.relation = QStringLiteral("counterpart");
            part.relations.append(relation);
        }
    }
    return part;
}

PartRecord accessory(int index, int connectors, QRandomGenerator &random)
{
    const QString kind = PartKinds::accessoryKinds().at(index % PartKinds::accessoryKinds().size());
    const Family &family = families[random.bounded(3)];
    PartRecord part;
    PartRecord &f = part;
    f.set(PartField::ItemNumber, itemNumber(index));
    f.set(PartField::Family, text(family.name));
    f.set(PartField::Kind, kind);
    const QString colour = text(colours[random.bounded(8)]);
    f.set(PartField::Colour, colour);
    f.set(PartField::PackagingUnit, 50 + 50 * random.bounded(3));
    f.set(PartField::WeightG, 1.0 + random.bounded(100) / 10.0);
    const int poles = family.minPoles + random.bounded(family.maxPoles - family.minPoles + 1);
    QString description = QStringLiteral("Synthetic %1").arg(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (kind == QLatin1String("strain_relief_housing")) {
        const double low = 4.0 + random.bounded(6);
        f.set(PartField::Poles, poles);
        f.set(PartField::CableCount, 1 + random.bounded(2));
        f.set(PartField::CableOdMinMm, low);
        f.set(PartField::CableOdMaxMm, low + 4);
        description += QStringLiteral("; %1-pole; %2 ... %3 mm").arg(poles).arg(low).arg(low + 4);
    } else if (kind == QLatin1String("lockout_cap")) {
        f.set(PartField::Poles, 12);
        f.set(PartField::Separable, true);
        description += QStringLiteral("; 12-pole, separable");
    } else if (kind == QLatin1String("locking_lever")) {
        const QStringList &operations = LeverOperations::table().codes();
        const QString operation = operations.at(random.bounded(2) == 1 ? 1 : 0);
        f.set(PartField::Operation, operation);
        f.set(PartField::ForMounting, QStringLiteral("flying"));
        description += QStringLiteral("; for %1 operation").arg(operation);
    } else if (kind == QLatin1String("snap_in_frame")) {
        f.set(PartField::Poles, poles);
        f.set(PartField::PanelThicknessMinMm, 1.0);
        f.set(PartField::PanelThicknessMaxMm, 3.0);
        description += QStringLiteral("; %1-pole; 1.0 ... 3.0 mm").arg(poles);
    }
    f.set(PartField::Description, description + QStringLiteral("; %1 (test data)").arg(colour));
    Q_UNUSED(connectors)
    return part;
}

} // namespace

int SyntheticCatalog::write(Database &database, const Options &options)
{
    const int total = qMax(0, options.parts);
    // Four connectors for every three accessories, roughly as in a range.
    const int connectors = (total * 4 / 7) / 4 * 4;
    QRandomGenerator random(options.seed);
    Transaction transaction = database.transaction(QStringLiteral("Writing a synthetic catalog"));
    PartRepository repository(database);
    const qint64 source = repository.saveSource(SourceRecord{
        QStringLiteral("synthetic"), QStringLiteral("synthetic"),
        QStringLiteral("Synthetic test catalog (%1 parts, seed %2), not real data").arg(total).arg(options.seed),
        QString(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    QList<std::pair<qint64, QList<RelationRecord>>> relations;
    for (int i = 0; i < total; ++i) {
        PartRecord part = i < connectors ? connector(i, random) : accessory(i, connectors, random);
        // Each connector group lists a few accessories of its own.
        if (i < connectors && i % 4 == 0 && connectors < total) {
            for (int k = 0; k < 3; ++k) {
                RelationRecord relation;
                relation.itemNumber = itemNumber(connectors + (i / 4 * 3 + k) % (total - connectors));
                relation.relation = QStringLiteral("accessory");
                relation.group = QStringLiteral("Synthetic accessories");
                relation.required = k == 0;
                part.relations.append(relation);
            }
        }
        const qint64 id = repository.save(part, QStringLiteral("user"), source);
        if (!part.relations.isEmpty())
            relations.append({id, part.relations});
        if (options.progress && i % 1000 == 0 && !options.progress(i))
            return 0; // the transaction rolls back
    }
    for (const auto &[id, list] : relations)
        repository.saveRelations(id, list, source);
    PartSearch::optimizeIndex(database);
    transaction.commit();
    if (options.progress)
        options.progress(total);
    return total;
}

} // namespace cc
