#pragma once

#include <QString>
#include <QStringList>

namespace cc {

class Database;

// The catalog that ships with the program (db/catalog/*.json, embedded as
// resources). install() writes it into a database the first time and again
// whenever the program brings a different catalog: catalog rows are
// replaced, the user's own and imported parts are left as they are. The
// values the bundle's listings derive (ListingDerivation: the family of a
// part listed on a datasheet of a part of that family) are written with
// their provenance; a change of that rule is a different catalog too.
class BundledCatalog
{
public:
    struct Result
    {
        bool changed = false;
        int parts = 0;
        // Item numbers the bundle has but the user owns (edited or imported):
        // kept as the user has them.
        QStringList keptUserParts;
        QStringList removedParts;
    };

    // Default folder of the embedded files; tests may pass another folder.
    static QString defaultDirectory();
    explicit BundledCatalog(QString directory = defaultDirectory());

    // A fingerprint of the catalog files: equal fingerprints, equal content.
    QString fingerprint() const;
    bool isInstalled(const Database &database) const;
    Result install(Database &database) const;

private:
    QStringList files() const;
    // The fingerprint of the catalog the database holds (empty: none).
    static QString installedFingerprint(const Database &database);
    QString m_directory;
};

} // namespace cc
