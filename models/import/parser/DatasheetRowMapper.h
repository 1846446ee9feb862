#pragma once

#include "models/part/PartRecord.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace cc {

// Places the `name<TAB>value` rows of a datasheet's data sections (and the
// few value lines without a tab) in a PartRecord: scalar fields in the units
// their column names, ratings, conductor ranges, classifications and notes.
class DatasheetRowMapper
{
public:
    DatasheetRowMapper(PartRecord *part, QStringList *warnings);

    // Whether `name` is a row name this mapper knows.
    bool knows(const QString &name) const;
    // Places one row; false (with `reason`) when the name is unknown or the
    // value cannot be read.
    bool mapRow(const QString &name, const QString &value, QString *reason);
    // A sub-heading "Ratings per UL 1977": the standard of the rows below.
    void setRatingStandard(const QString &standard);
    // "approx. 1 mΩ of contact resistance" under "Note on contact resistance".
    bool mapResistanceLine(const QString &line);
    // "(III / 3) ≙ Overvoltage category III / Pollution degree 3".
    bool mapLegendLine(const QString &line);
    // A note under a "Note ..." sub-heading or row; the topic comes from the
    // name ("Note for the US market" -> "US market").
    void addNote(const QString &noteName, const QString &text);
    static QString noteTopic(const QString &noteName);
    // Adds the notes collected from several rows and the facts that follow
    // from the rows together; call once after the last row.
    void finish();

    // Sets a field, typed per PartFields; a different earlier value (from the
    // short description) is replaced and reported in `warnings`.
    void setField(PartField field, const QVariant &value, const QString &rowName);

private:
    using Handler = std::function<bool(const QString &name, const QString &value)>;
    void addHandlers();
    void text(const char *name, PartField field);
    void integer(const char *name, PartField field);
    void boolean(const char *name, PartField field);
    void quantity(const char *name, PartField field, const char16_t *unit);
    void range(const char *name, PartField minField, PartField maxField, const char16_t *unit);
    void conductor(const QString &name, const QString &conductorClass);
    bool mapRating(const QString &name, const QString &value);
    bool mapProtection(const QString &value);
    RatingRecord &rating(const QString &standard);

    PartRecord *m_part;
    QStringList *m_warnings;
    QHash<QString, Handler> m_handlers;
    QString m_ratingStandard;
    QStringList m_forceRows;
    bool m_forceQualified = false;
};

} // namespace cc
