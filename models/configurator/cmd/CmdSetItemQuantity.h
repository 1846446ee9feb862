#pragma once

#include "models/configurator/AccessoryLine.h"
#include "models/configurator/cmd/CmdAssemblyEdit.h"

#include <QCoreApplication>
#include <optional>

namespace cc {

// Sets the quantity per assembly of a line of the parts table, or (empty)
// returns it to the rule's or the default's: a required accessory's quantity
// goes with its pick (`choices.items`), an optional accessory's with the
// ticked item, which never lacks one. Quantities of the same line that
// follow each other merge into one step, so that a spin box stepped ten
// times is undone at once; going back to the rule's is a step of its own.
class CmdSetItemQuantity : public CmdAssemblyEdit
{
public:
    // `line`: one of the editor's lines, with an item.
    CmdSetItemQuantity(AssemblyEditor *editor, const AccessoryLine &line,
                       std::optional<int> quantity);

    int id() const override { return 6002; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString m_lineKey;
    std::optional<int> m_quantity;
};

} // namespace cc
