#include "db/BundledCatalog.h"

#include "db/AccessoryRuleRepository.h"
#include "db/CatalogJson.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartRepository.h"
#include "db/PartSearch.h"
#include "db/SqlDialect.h"
#include "db/Transaction.h"
#include "models/part/ListingDerivation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <utility>

namespace cc {

namespace {

const QString metaKey = QStringLiteral("bundled_catalog");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw DatabaseError(DatabaseError::Kind::Catalog,
                            QStringLiteral("Reading the catalog file %1").arg(path),
                            file.errorString());
    }
    return file.readAll();
}

// The values that the bundle's listings derive for the bundled parts they
// list (ListingDerivation), worked out over every file before anything is
// written: a part listed in one file may be defined in another.
void deriveFromListings(QList<CatalogDocument> &documents)
{
    QHash<QString, std::pair<qsizetype, qsizetype>> where; // item -> document, part
    for (qsizetype d = 0; d < documents.size(); ++d) {
        for (qsizetype p = 0; p < documents.at(d).parts.size(); ++p)
            where.insert(documents.at(d).parts.at(p).itemNumber(), {d, p});
    }
    for (qsizetype d = 0; d < documents.size(); ++d) {
        for (qsizetype p = 0; p < documents.at(d).parts.size(); ++p) {
            if (documents.at(d).parts.at(p).relations.isEmpty())
                continue;
            // A copy: the parts it lists may sit in the same list.
            const PartRecord listing = documents.at(d).parts.at(p);
            for (const RelationRecord &relation : listing.relations) {
                const auto found = where.constFind(relation.itemNumber);
                if (found != where.cend()) {
                    ListingDerivation::derive(listing, documents.at(d).source,
                                              documents[found->first].parts[found->second]);
                }
            }
        }
    }
}

} // namespace

QString BundledCatalog::defaultDirectory()
{
    return QStringLiteral(":/db/catalog");
}

BundledCatalog::BundledCatalog(QString directory)
    : m_directory(std::move(directory))
{
}

QStringList BundledCatalog::files() const
{
    const QDir dir(m_directory);
    QStringList result;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        result << dir.filePath(name);
    return result;
}

QString BundledCatalog::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(CatalogJson::formatVersion));
    // What the install derives from the files is part of the catalog too.
    hash.addData("derivation " + QByteArray::number(ListingDerivation::version));
    for (const QString &path : files()) {
        hash.addData(QFileInfo(path).fileName().toUtf8());
        hash.addData(readFile(path));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool BundledCatalog::isInstalled(const Database &database) const
{
    return installedFingerprint(database) == fingerprint();
}

QString BundledCatalog::installedFingerprint(const Database &database)
{
    return database
        .scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {metaKey},
                QStringLiteral("Reading which catalog the database holds"))
        .toString();
}

BundledCatalog::Result BundledCatalog::install(Database &database) const
{
    Result result;
    // Hashes every bundled file: worked out once.
    const QString bundle = fingerprint();
    if (installedFingerprint(database) == bundle)
        return result;

    QList<CatalogDocument> documents;
    for (const QString &path : files())
        documents.append(CatalogJson::parse(readFile(path), QFileInfo(path).fileName()));
    deriveFromListings(documents);

    const QString operation = QStringLiteral("Installing the bundled catalog");
    Transaction transaction = database.transaction(operation);
    // Two programs starting at once against one server: the second waits
    // here, then finds the catalog installed.
    const QString lock = database.dialect().lockTable(QStringLiteral("meta"));
    if (!lock.isEmpty())
        database.run(lock, operation);
    if (installedFingerprint(database) == bundle) {
        transaction.commit();
        return result;
    }
    PartRepository parts(database);
    const AccessoryRuleRepository rules(database);

    // Parts the user owns stay untouched; catalog parts are replaced.
    QHash<QString, QString> originOf;
    QSqlQuery existing = database.run(QStringLiteral("SELECT item_number, origin FROM part"),
                                      operation);
    while (existing.next())
        originOf.insert(existing.value(0).toString(), existing.value(1).toString());

    // Every source first: a derived value names the source of its listing.
    QList<qint64> sourceIds;
    for (const CatalogDocument &document : documents)
        sourceIds.append(parts.saveSource(document.source));
    QSet<QString> bundled;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const CatalogDocument &document = documents.at(i);
        const qint64 sourceId = sourceIds.at(i);
        for (const PartRecord &part : document.parts) {
            const QString item = part.itemNumber();
            if (bundled.contains(item)) {
                throw DatabaseError(DatabaseError::Kind::Catalog, operation,
                                    QStringLiteral("%1 is defined twice").arg(item));
            }
            bundled.insert(item);
            const QString origin = originOf.value(item);
            if (!origin.isEmpty() && origin != QLatin1String("catalog")) {
                result.keptUserParts << item;
                continue;
            }
            parts.save(part, QStringLiteral("catalog"), sourceId);
            ++result.parts;
        }
    }
    for (auto it = originOf.cbegin(); it != originOf.cend(); ++it) {
        if (it.value() == QLatin1String("catalog") && !bundled.contains(it.key())) {
            parts.removePart(*parts.idOf(it.key()));
            result.removedParts << it.key();
        }
    }
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const CatalogDocument &document = documents.at(i);
        const qint64 sourceId = sourceIds.at(i);
        for (const PartRecord &part : document.parts) {
            if (!part.relations.isEmpty())
                parts.saveRelations(*parts.idOf(part.itemNumber()), part.relations, sourceId);
        }
        for (const SupersessionRecord &s : document.supersessions) {
            const std::optional<qint64> successor = parts.idOf(s.successor);
            if (!successor) {
                throw DatabaseError(DatabaseError::Kind::Catalog, operation,
                                    QStringLiteral("the successor %1 of %2 is not in the catalog")
                                        .arg(s.successor, s.oldItemNumber));
            }
            parts.saveSupersession(s.oldItemNumber, *successor, sourceId);
        }
        database.run(QStringLiteral("DELETE FROM coding_recommendation WHERE source_id = ?"),
                     {sourceId}, operation);
        for (const CodingRecommendationRecord &r : document.codingRecommendations) {
            database.run(QStringLiteral("INSERT INTO coding_recommendation "
                                        "(application, coding, colour, source_id) VALUES (?, ?, ?, ?)"),
                         {r.application, r.coding.isNull() ? QVariant() : QVariant(r.coding),
                          r.colour, sourceId},
                         operation);
        }
        // Like the coding recommendations: the source's rules are replaced
        // as a whole, so a rule dropped from the bundle leaves the database.
        rules.replaceForSource(sourceId, document.assemblyRules);
    }
    database.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {metaKey, bundle}, operation);
    PartSearch::optimizeIndex(database);
    transaction.commit();
    result.changed = true;
    result.keptUserParts.sort();
    result.removedParts.sort();
    return result;
}

} // namespace cc
