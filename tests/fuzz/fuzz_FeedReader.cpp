// libFuzzer target: the catalog feed reader (archive, encoding, BMEcat
// XML) and the mapping of every product it reads must answer every input
// without crashing, hanging, growing without bound or touching memory it
// does not own.
#include "models/import/feed/BmecatReader.h"
#include "models/import/feed/FeedInput.h"
#include "models/import/feed/FeedMapper.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    cc::FeedInput input;
    if (!input.openData(bytes))
        return 0;
    cc::BmecatReader reader(input);
    if (!reader.start())
        return 0;
    cc::FeedMapOptions options;
    options.language = QStringLiteral("de");
    const cc::FeedMapper mapper(reader.header(), options);
    cc::BmecatReader::Next next;
    int products = 0;
    while (reader.next(&next)) {
        const cc::MappedProduct mapped = mapper.map(next.product);
        // The result is consistent: an imported product has an item number
        // and a description.
        if (mapped.skipReason.isEmpty() && next.skipReason.isEmpty()
            && (mapped.record.itemNumber().isEmpty() || (!mapped.remove && mapped.record.description().isEmpty())))
            __builtin_trap();
        if (++products > 100000)
            __builtin_trap(); // more products than bytes could hold
    }
    // An error names its line.
    if (!reader.error().isEmpty() && reader.errorLine() < 0)
        __builtin_trap();
    return 0;
}
