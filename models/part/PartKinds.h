#pragma once

#include "models/part/CodeTable.h"

#include <QString>
#include <QStringList>

namespace cc {

struct PartRecord;

// The kinds of part (the part_kind table of the catalog holds the same
// rows; tst_MatingAgreement compares them): connectors with their gender and
// whether the kind itself is for snap-in mounting, and accessories.
class PartKinds
{
public:
    static const CodeTable &table();
    static const QStringList &codes() { return table().codes(); }
    // "socket", "strain relief housing", ... for sentences; the code itself
    // when the kind is not known.
    static QString label(const QString &kind) { return table().label(kind); }

    static const QStringList &connectorKinds();
    static const QStringList &accessoryKinds();
    static bool isConnector(const QString &kind);
    static bool isAccessory(const QString &kind);
    // 'female', 'male' or a null string for kinds without a gender.
    static QString genderOf(const QString &kind);
    // The part's gender: its gender field, else its kind's; a null string
    // when neither says.
    static QString genderOf(const PartRecord &part);
    // The part is female (it has the contact openings of a socket) by its
    // gender, as genderOf() gives it.
    static bool isFemale(const PartRecord &part);
    // The connector kind of that gender with nothing more said (socket,
    // plug); a null string for another gender.
    static QString connectorKindOf(const QString &gender);
    // True for snap_in_socket and snap_in_plug.
    static bool isSnapIn(const QString &kind);
};

} // namespace cc
