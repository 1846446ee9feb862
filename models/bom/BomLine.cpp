#include "models/bom/BomLine.h"

namespace cc {

QString BomLine::basisText() const
{
    QStringList texts;
    for (const ItemBasis &entry : basis)
        texts.append(entry.display());
    return texts.join(QStringLiteral("; "));
}

} // namespace cc
