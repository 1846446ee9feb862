#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cc {

// What the part_kind table says about each kind, for rules that run without
// a database: whether it is a connector, its gender and whether the kind
// itself is for mounted installation.
class PartKinds
{
    Q_DECLARE_TR_FUNCTIONS(PartKinds)

public:
    static const QStringList &connectorKinds();
    static bool isConnector(const QString &kind);
    // 'female', 'male' or a null string for kinds without a gender.
    static QString genderOf(const QString &kind);
    // True for snap_in_socket and snap_in_plug.
    static bool isSnapIn(const QString &kind);
    // "socket", "strain relief housing", ... for sentences; the code itself
    // when the kind is not known.
    static QString label(const QString &kind);
    // "socket (female)" or "plug (male)" by gender.
    static QString genderLabel(const QString &gender);
};

} // namespace cc
