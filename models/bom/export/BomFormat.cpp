#include "models/bom/export/BomFormat.h"

#include "models/bom/export/BomExportTr.h"

namespace cc {

BomFormat::BomFormat(const QString &id, const char *displayName, const QStringList &suffixes,
                     bool binary, Warnings warnings, Writer writer)
    : m_id(id)
    , m_displayName(displayName)
    , m_suffixes(suffixes)
    , m_binary(binary)
    , m_warnings(warnings)
    , m_writer(writer)
{
    Q_ASSERT(!m_suffixes.isEmpty());
    Q_ASSERT(m_writer);
}

QString BomFormat::displayName() const
{
    return BomExportTr::tr(m_displayName);
}

bool BomFormat::hasSuffix(const QString &suffix) const
{
    QString bare = suffix.toLower();
    if (bare.startsWith(QLatin1Char('.')))
        bare.remove(0, 1);
    return m_suffixes.contains(bare);
}

QString BomFormat::fileDialogFilter() const
{
    QStringList patterns;
    for (const QString &suffix : m_suffixes)
        patterns << QStringLiteral("*.") + suffix;
    return QStringLiteral("%1 (%2)").arg(displayName(), patterns.join(QLatin1Char(' ')));
}

QByteArray BomFormat::write(const BillOfMaterials &bom, const BomWriteOptions &options,
                            QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message.clear();
    QByteArray bytes = m_writer(bom, options, &message);
    if (!message.isEmpty())
        bytes.clear();
    return bytes;
}

} // namespace cc
