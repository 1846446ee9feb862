#pragma once

#include "models/part/PartField.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// How a datasheet is laid out: its sections and, in each, the rows of scalar
// fields with a label and a unit. One row may show a range of two fields
// (min ... max). Text output, the datasheet pane and print all follow it, so
// that every field of a part is shown somewhere, "not known" when empty.
class DatasheetLayout
{
public:
    enum class Format { Plain, Number, YesNo, Code };
    struct Row
    {
        QString label;
        QList<PartField> fields; // one field, or two for "min ... max"
        QString unit;
        Format format = Format::Number;
    };
    struct Section
    {
        QString id;
        QString title;
        QList<Row> rows;
    };

    static const QList<Section> &sections();
    // The label of the row that shows `field` ("Colour"); the column name
    // when no row shows it.
    static QString fieldLabel(PartField field);
};

} // namespace cc
