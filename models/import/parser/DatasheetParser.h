#pragma once

#include "models/import/parser/DatasheetParseResult.h"

#include <QByteArray>
#include <QString>

namespace cc {

// Reads a vendor datasheet as text (a PDF's text, page footers and all):
// the header with item number, short description and web address; the data
// sections as `name<TAB>value` rows; the approval tables; the counterpart
// and accessory blocks; the installation notes and the product family.
// Marketing prose is skipped; every row it cannot place is reported in
// DatasheetParseResult::unplaced. Never throws: a text that is not a
// datasheet, truncated, binary, empty or too large gives an error.
class DatasheetParser
{
public:
    static DatasheetParseResult parse(const QByteArray &data, const QString &fileName);
};

} // namespace cc
