#include "PartKinds.h"

namespace cc {

const QStringList &PartKinds::connectorKinds()
{
    static const QStringList kinds{QStringLiteral("socket"), QStringLiteral("plug"),
                                   QStringLiteral("snap_in_socket"),
                                   QStringLiteral("snap_in_plug")};
    return kinds;
}

bool PartKinds::isConnector(const QString &kind)
{
    return connectorKinds().contains(kind);
}

QString PartKinds::genderOf(const QString &kind)
{
    if (kind == QLatin1String("socket") || kind == QLatin1String("snap_in_socket"))
        return QStringLiteral("female");
    if (kind == QLatin1String("plug") || kind == QLatin1String("snap_in_plug"))
        return QStringLiteral("male");
    return {};
}

bool PartKinds::isSnapIn(const QString &kind)
{
    return kind == QLatin1String("snap_in_socket") || kind == QLatin1String("snap_in_plug");
}

QString PartKinds::label(const QString &kind)
{
    if (kind == QLatin1String("socket"))
        return tr("socket");
    if (kind == QLatin1String("plug"))
        return tr("plug");
    if (kind == QLatin1String("snap_in_socket"))
        return tr("snap-in socket");
    if (kind == QLatin1String("snap_in_plug"))
        return tr("snap-in plug");
    if (kind == QLatin1String("locking_lever"))
        return tr("locking lever");
    if (kind == QLatin1String("lockout_cap"))
        return tr("lockout cap");
    if (kind == QLatin1String("protective_cap"))
        return tr("protective cap");
    if (kind == QLatin1String("strain_relief_housing"))
        return tr("strain relief housing");
    if (kind == QLatin1String("marker_card"))
        return tr("marker card");
    if (kind == QLatin1String("snap_in_frame"))
        return tr("snap-in frame");
    if (kind == QLatin1String("operating_tool"))
        return tr("operating tool");
    return kind;
}

QString PartKinds::genderLabel(const QString &gender)
{
    if (gender == QLatin1String("female"))
        return tr("socket (female)");
    if (gender == QLatin1String("male"))
        return tr("plug (male)");
    return gender;
}

} // namespace cc
