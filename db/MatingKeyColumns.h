#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace cc {

class Database;

// The mating key columns of the part table, part.family_key and
// part.coding_key (schema version 8): what models/part/MatingKey makes of
// the part's family and coding, NULL where it states nothing. SQL cannot
// call the normalizer, so every writer of the part table stores its keys
// (PartRepository::save, CatalogCopier) and the counterpart pre-filter
// (PartRepository::mateCandidateItems) compares them with keys computed here
// the same way: the database compares what MatingRules compares.
class MatingKeyColumns
{
public:
    // The columns, in the order of values().
    static const QStringList &names();
    // The column values of a part with this family and coding.
    static QVariantList values(const QString &family, const QString &coding);
    // One key as a column value (a null QVariant for none), for comparing
    // with the column.
    static QVariant familyValue(const QString &family);
    static QVariant codingValue(const QString &coding);

    // Computes the keys of every part again and writes those that differ,
    // in the caller's transaction. Migrator runs it right after the script
    // that added the columns; a later change of MatingKey needs a step that
    // runs it again. Returns the number of parts written.
    static int refresh(Database &database);
};

} // namespace cc
