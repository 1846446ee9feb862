#include "models/part/ApprovalKinds.h"

namespace cc {

const CodeTable &ApprovalKinds::table()
{
    static const CodeTable table({
        {"general", QT_TRANSLATE_NOOP("Part", "general approvals")},
        {"ul", QT_TRANSLATE_NOOP("Part", "UL approvals")},
        {"marine", QT_TRANSLATE_NOOP("Part", "approvals for marine applications"),
         {QStringLiteral("marine approvals")}},
        {"declaration", QT_TRANSLATE_NOOP("Part", "declarations of conformity"),
         {QStringLiteral("declarations")}},
    });
    return table;
}

} // namespace cc
