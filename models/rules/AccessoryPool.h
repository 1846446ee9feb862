#pragma once

#include "models/part/PartRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cc {

class PartCatalog;

// The accessories of the catalog that belong to the connector system of some
// connectors: those the connectors' datasheets list as accessories, and those
// of the same family. An accessory of unknown family that no datasheet lists
// is left out, as nothing says it belongs to the system.
class AccessoryPool
{
public:
    AccessoryPool(const PartCatalog &catalog, const QList<PartRecord> &connectors);

    QList<PartRecord> ofKind(const QString &kind) const;

private:
    bool belongs(const PartRecord &accessory) const;

    const PartCatalog &m_catalog;
    QList<PartRecord> m_connectors;
    mutable QHash<QString, QList<PartRecord>> m_byKind; // read so far
};

} // namespace cc
