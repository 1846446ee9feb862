#pragma once

#include "models/import/parser/DatasheetParseResult.h"
#include "models/import/parser/DatasheetText.h"

#include <QString>
#include <optional>

namespace cc {

// Reads the counterpart and accessory blocks of a datasheet: an "Item no."
// line, the item's short description and its web address, on one line or
// spread over several, under group headings ("Locking levers") and their
// sub-labels ("Locking system"). Each item becomes a relation of the part
// and a related part with the fields its description states.
class DatasheetRelationReader
{
public:
    explicit DatasheetRelationReader(DatasheetParseResult *result);

    // Starts a "Counterpart", "Required accessories" or "Optional
    // accessories" block; `group` is a group given on the heading line.
    void start(const QString &relation, std::optional<bool> required, const QString &group);
    // Reads one non-blank line of the block; `blankBefore` tells whether a
    // blank line separates it from the previous one.
    void readLine(const DatasheetLine &line, bool blankBefore);
    // Closes the open item; call before leaving the block.
    void finish();

    static bool isItemLine(const QString &text);
    static bool isUrl(const QString &text);

private:
    struct Item
    {
        int lineNumber = 0;
        QString text; // the "Item no." line
        QString number;
        QString description;
        QString url;
    };
    void takeDescription(const QString &text);
    void close();
    void unplace(const DatasheetLine &line, const QString &reason);

    DatasheetParseResult *m_result;
    QString m_relation;
    std::optional<bool> m_required;
    QString m_group;
    bool m_expectGroup = false;
    std::optional<Item> m_item;
};

} // namespace cc
