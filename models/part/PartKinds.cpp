#include "models/part/PartKinds.h"

#include "models/part/PartRecord.h"

namespace cc {

namespace {

struct Kind
{
    const char *code;
    const char *label;
    const char *gender; // connectors only
    bool snapIn;
    // ETIM EF000215 "Type of accessory" values (EC002863, ETIM 6.0) that
    // mean this kind; only where the two name the same thing.
    const char *etimAccessoryType = nullptr;
};

// The one list of kinds.
const Kind kinds[] = {
    {"socket", QT_TRANSLATE_NOOP("Part", "socket"), "female", false},
    {"plug", QT_TRANSLATE_NOOP("Part", "plug"), "male", false},
    {"snap_in_socket", QT_TRANSLATE_NOOP("Part", "snap-in socket"), "female", true},
    {"snap_in_plug", QT_TRANSLATE_NOOP("Part", "snap-in plug"), "male", true},
    {"locking_lever", QT_TRANSLATE_NOOP("Part", "locking lever"), nullptr, false, "EV010162"},
    {"lockout_cap", QT_TRANSLATE_NOOP("Part", "lockout cap"), nullptr, false},
    {"protective_cap", QT_TRANSLATE_NOOP("Part", "protective cap"), nullptr, false},
    {"strain_relief_housing", QT_TRANSLATE_NOOP("Part", "strain relief housing"), nullptr, false,
     "EV008385"},
    {"marker_card", QT_TRANSLATE_NOOP("Part", "marker card"), nullptr, false},
    {"snap_in_frame", QT_TRANSLATE_NOOP("Part", "snap-in frame"), nullptr, false},
    {"operating_tool", QT_TRANSLATE_NOOP("Part", "operating tool"), nullptr, false},
};

const Kind *find(const QString &code)
{
    for (const Kind &kind : kinds) {
        if (code == QLatin1String(kind.code))
            return &kind;
    }
    return nullptr;
}

QStringList codesWhere(bool connector)
{
    QStringList codes;
    for (const Kind &kind : kinds) {
        if ((kind.gender != nullptr) == connector)
            codes.append(QString::fromLatin1(kind.code));
    }
    return codes;
}

} // namespace

const CodeTable &PartKinds::table()
{
    static const CodeTable table = [] {
        QList<CodeTable::Entry> entries;
        for (const Kind &kind : kinds) {
            QStringList etim;
            if (kind.etimAccessoryType)
                etim << QString::fromLatin1(kind.etimAccessoryType);
            entries.append(CodeTable::Entry{kind.code, kind.label, {}, etim});
        }
        return CodeTable(entries);
    }();
    return table;
}

const QStringList &PartKinds::connectorKinds()
{
    static const QStringList codes = codesWhere(true);
    return codes;
}

const QStringList &PartKinds::accessoryKinds()
{
    static const QStringList codes = codesWhere(false);
    return codes;
}

bool PartKinds::isConnector(const QString &kind)
{
    const Kind *found = find(kind);
    return found && found->gender;
}

bool PartKinds::isAccessory(const QString &kind)
{
    const Kind *found = find(kind);
    return found && !found->gender;
}

QString PartKinds::genderOf(const QString &kind)
{
    const Kind *found = find(kind);
    return found && found->gender ? QString::fromLatin1(found->gender) : QString();
}

QString PartKinds::genderOf(const PartRecord &part)
{
    const QString gender = part.gender();
    return gender.isEmpty() ? genderOf(part.kind()) : gender;
}

bool PartKinds::isFemale(const PartRecord &part)
{
    return genderOf(part) == QLatin1String("female");
}

QString PartKinds::connectorKindOf(const QString &gender)
{
    for (const Kind &kind : kinds) {
        if (kind.gender && !kind.snapIn && gender == QLatin1String(kind.gender))
            return QString::fromLatin1(kind.code);
    }
    return {};
}

bool PartKinds::isSnapIn(const QString &kind)
{
    const Kind *found = find(kind);
    return found && found->snapIn;
}

} // namespace cc
