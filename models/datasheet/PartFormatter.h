#pragma once

#include "models/datasheet/DatasheetLayout.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace cc {

struct PartRecord;
struct RatingRecord;
struct ConductorRangeRecord;

// Turns a part record into words: plain text for the command line and HTML
// for the datasheet pane and print. Every field of the layout appears; an
// unknown value reads "not known", a derived one says where it comes from
// ("WINSTA MIDI (derived from the listing on the datasheet of 770-1324,
// source D1)"; in HTML its cell has the class 'derived').
class PartFormatter
{
public:
    // What the user wants to read first (Settings): UL before IEC ratings,
    // AWG before mm². The command line keeps the defaults.
    struct Preferences
    {
        bool ulFirst = false;
        bool awgFirst = false;
    };

    explicit PartFormatter(QLocale locale = QLocale::c());
    PartFormatter(QLocale locale, Preferences preferences);

    QString number(double value) const;
    QString number(const std::optional<double> &value, const QString &unit) const;
    // A row's value as the datasheet shows it, a derived one with its provenance.
    QString row(const PartRecord &record, const DatasheetLayout::Row &row) const;
    QString rating(const RatingRecord &rating) const;
    QString conductorRange(const ConductorRangeRecord &range) const;

    QString text(const PartRecord &record) const;
    QString html(const PartRecord &record) const;

private:
    // A row's value alone.
    QString valueText(const PartRecord &record, const DatasheetLayout::Row &row) const;
    QList<RatingRecord> orderedRatings(const PartRecord &record) const;
    QLocale m_locale;
    Preferences m_preferences;
};

} // namespace cc
