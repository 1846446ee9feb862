// libFuzzer target: the datasheet parser must answer every input without
// crashing, hanging or touching memory it does not own.
#include "models/import/parser/DatasheetParser.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const cc::DatasheetParseResult result
        = cc::DatasheetParser::parse(bytes, QStringLiteral("fuzz.txt"));
    // The result is consistent: an accepted text has an item number.
    if (result.ok() && result.part.itemNumber().isEmpty())
        __builtin_trap();
    return 0;
}
