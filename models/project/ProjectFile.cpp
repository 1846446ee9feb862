#include "models/project/ProjectFile.h"

#include "models/catalog/PartCatalog.h"
#include "models/part/ConductorClasses.h"
#include "models/part/LeverOperations.h"
#include "models/part/Mountings.h"
#include "models/part/PartKinds.h"
#include "models/project/ProjectFileError.h"
#include "models/project/ProjectTr.h"
#include "models/tasks/AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace cc {

namespace {

// (An alias: lupdate loses the translation context on a member function
// whose return type is qualified with a class it does not resolve.)
using AssemblySide = Assembly::Side;

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Known keys over the kept unknown ones.
QJsonObject merged(QJsonObject base, const QJsonObject &known)
{
    for (auto it = known.begin(); it != known.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject withoutKeys(QJsonObject object, const QStringList &known)
{
    for (const QString &key : known)
        object.remove(key);
    return object;
}

bool hasCable(const Assembly::Side &side)
{
    const Assembly::Cable &c = side.cable;
    return Mountings::isFlying(side.mounting) || c.outerDiameterMm || c.count
        || !c.conductorClass.isEmpty() || c.crossSectionMm2;
}

QJsonObject itemJson(const ProjectItem &item)
{
    QJsonObject known{{QStringLiteral("item"), item.itemNumber},
                      {QStringLiteral("quantity"), optionalInt(item.quantity)}};
    if (!item.kind.isEmpty())
        known.insert(QStringLiteral("kind"), item.kind);
    if (!item.side.isEmpty())
        known.insert(QStringLiteral("side"), item.side);
    return merged(item.extra, known);
}

QJsonArray itemsJson(const QList<ProjectItem> &items)
{
    QJsonArray array;
    for (const ProjectItem &item : items)
        array.append(itemJson(item));
    return array;
}

// Reads JSON values and says where a value is wrong.
class Reader
{
public:
    explicit Reader(const QString &source)
        : m_source(source)
    {
    }

    [[noreturn]] void fail(const QString &where, const QString &what) const
    {
        throw ProjectFileError(ProjectFileError::Kind::Malformed,
                               ProjectTr::tr("%1 is not a valid project file: %2 %3.")
                                   .arg(m_source, where, what));
    }

    QString text(const QJsonObject &object, const QString &key, const QString &where,
                 bool required = false) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(where + QLatin1Char('.') + key, ProjectTr::tr("is missing"));
            return {};
        }
        if (!value.isString())
            fail(where + QLatin1Char('.') + key, ProjectTr::tr("must be a text"));
        return value.toString();
    }

    // A domain code in any spelling its table accepts ("fine-stranded",
    // "Fine-stranded conductor" and "fine_stranded" mean one class); an
    // unknown one is refused with the list of valid codes.
    QString code(const QJsonObject &object, const QString &key, const QString &where,
                 const CodeTable &table) const
    {
        return code(text(object, key, where), where + QLatin1Char('.') + key, table);
    }

    QString code(const QString &spelling, const QString &where, const CodeTable &table) const
    {
        if (spelling.isEmpty())
            return {};
        const QString found = table.codeFor(spelling);
        if (found.isNull()) {
            fail(where, ProjectTr::tr("must be one of %1, not \"%2\"")
                            .arg(table.codeList(), spelling));
        }
        return found;
    }

    std::optional<double> number(const QJsonObject &object, const QString &key,
                                 const QString &where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || value.toDouble() < 0)
            fail(where + QLatin1Char('.') + key, ProjectTr::tr("must be a number of at least 0"));
        return value.toDouble();
    }

    std::optional<int> integer(const QJsonObject &object, const QString &key, const QString &where,
                               int minimum, bool required = false) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(where + QLatin1Char('.') + key, ProjectTr::tr("is missing"));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < minimum
            || number > 1e9) {
            fail(where + QLatin1Char('.') + key,
                 ProjectTr::tr("must be a whole number of at least %1").arg(minimum));
        }
        return static_cast<int>(number);
    }

    QJsonObject object(const QJsonValue &value, const QString &where) const
    {
        if (!value.isObject())
            fail(where, ProjectTr::tr("must be an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(where + QLatin1Char('.') + key, ProjectTr::tr("must be a list"));
        return value.toArray();
    }

    AssemblySide readSide(const QJsonObject &json, const QString &where, QJsonObject *extra,
                        QJsonObject *cableExtra) const
    {
        AssemblySide side;
        side.itemNumber = text(json, QStringLiteral("item"), where, true).trimmed();
        if (side.itemNumber.isEmpty())
            fail(where + QStringLiteral(".item"), ProjectTr::tr("is empty"));
        side.mounting = code(json, QStringLiteral("mounting"), where, Mountings::table());
        side.panelThicknessMm = number(json, QStringLiteral("panel_thickness_mm"), where);
        const QJsonValue cableValue = json.value(QStringLiteral("cable"));
        if (!cableValue.isUndefined() && !cableValue.isNull()) {
            const QString at = where + QStringLiteral(".cable");
            const QJsonObject cable = object(cableValue, at);
            side.cable.outerDiameterMm = number(cable, QStringLiteral("outer_diameter_mm"), at);
            side.cable.count = integer(cable, QStringLiteral("count"), at, 1);
            side.cable.conductorClass =
                code(cable, QStringLiteral("conductor_class"), at, ConductorClasses::table());
            side.cable.crossSectionMm2 = number(cable, QStringLiteral("cross_section_mm2"), at);
            *cableExtra = withoutKeys(cable, {QStringLiteral("outer_diameter_mm"),
                                              QStringLiteral("count"),
                                              QStringLiteral("conductor_class"),
                                              QStringLiteral("cross_section_mm2")});
        }
        *extra = withoutKeys(json, {QStringLiteral("item"), QStringLiteral("mounting"),
                                    QStringLiteral("cable"), QStringLiteral("panel_thickness_mm")});
        return side;
    }

    QList<ProjectItem> items(const QJsonArray &array, const QString &where) const
    {
        QList<ProjectItem> list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
            const QJsonObject json = object(array.at(i), at);
            ProjectItem item;
            item.itemNumber = text(json, QStringLiteral("item"), at, true).trimmed();
            if (item.itemNumber.isEmpty())
                fail(at + QStringLiteral(".item"), ProjectTr::tr("is empty"));
            item.quantity = integer(json, QStringLiteral("quantity"), at, 1);
            item.kind = code(json, QStringLiteral("kind"), at, PartKinds::table());
            item.side = text(json, QStringLiteral("side"), at);
            item.extra = withoutKeys(json, {QStringLiteral("item"), QStringLiteral("quantity"),
                                            QStringLiteral("kind"), QStringLiteral("side")});
            list.append(item);
        }
        return list;
    }

    AssemblyDefaults defaults(const QJsonObject &json, const QString &where) const
    {
        AssemblyDefaults result;
        const QJsonArray colours = array(json, QStringLiteral("colour_order"), where);
        for (qsizetype i = 0; i < colours.size(); ++i) {
            const QString at = QStringLiteral("%1.colour_order[%2]").arg(where).arg(i);
            if (!colours.at(i).isString() || colours.at(i).toString().trimmed().isEmpty())
                fail(at, ProjectTr::tr("must be a colour name"));
            result.colourOrder.append(colours.at(i).toString().trimmed());
        }
        result.leverOperation =
            code(json, QStringLiteral("lever_operation"), where, LeverOperations::table());
        return result;
    }

    ProjectAssembly assembly(const QJsonObject &json, const QString &where) const
    {
        ProjectAssembly entry;
        entry.designation = text(json, QStringLiteral("designation"), where, true);
        entry.quantity = *integer(json, QStringLiteral("quantity"), where, 1, true);
        entry.assembly.socket =
            readSide(object(json.value(QStringLiteral("socket")), where + QStringLiteral(".socket")),
                 where + QStringLiteral(".socket"), &entry.socketExtra, &entry.socketCableExtra);
        const QJsonValue plug = json.value(QStringLiteral("plug"));
        if (!plug.isUndefined() && !plug.isNull()) {
            entry.assembly.plug = readSide(object(plug, where + QStringLiteral(".plug")),
                                       where + QStringLiteral(".plug"), &entry.plugExtra,
                                       &entry.plugCableExtra);
        }
        // One panel thickness for the assembly; a side may state its own.
        const auto panel = number(json, QStringLiteral("panel_thickness_mm"), where);
        const QString panelKey = QStringLiteral("panel_thickness_mm");
        if (!json.value(QStringLiteral("socket")).toObject().contains(panelKey))
            entry.assembly.socket.panelThicknessMm = panel;
        if (!entry.assembly.isSpareOutlet() && !plug.toObject().contains(panelKey))
            entry.assembly.plug.panelThicknessMm = panel;
        const QJsonValue choicesValue = json.value(QStringLiteral("choices"));
        if (!choicesValue.isUndefined() && !choicesValue.isNull()) {
            const QString at = where + QStringLiteral(".choices");
            const QJsonObject choices = object(choicesValue, at);
            entry.assembly.leverOperation =
                code(choices, QStringLiteral("lever_operation"), at, LeverOperations::table());
            const QJsonValue colours = choices.value(QStringLiteral("colours"));
            if (!colours.isUndefined() && !colours.isNull()) {
                const QJsonObject map = object(colours, at + QStringLiteral(".colours"));
                for (auto it = map.begin(); it != map.end(); ++it) {
                    if (!it.value().isString())
                        fail(at + QStringLiteral(".colours.") + it.key(),
                             ProjectTr::tr("must be a text"));
                    const QString kind = code(it.key(), at + QStringLiteral(".colours"),
                                              PartKinds::table());
                    entry.assembly.colours.insert(kind, it.value().toString());
                }
            }
            entry.chosenItems = items(array(choices, QStringLiteral("items"), at),
                                      at + QStringLiteral(".items"));
            entry.choicesExtra = withoutKeys(choices, {QStringLiteral("lever_operation"),
                                                       QStringLiteral("colours"),
                                                       QStringLiteral("items")});
        }
        entry.optionalItems = items(array(json, QStringLiteral("optional"), where),
                                    where + QStringLiteral(".optional"));
        entry.notes = text(json, QStringLiteral("notes"), where);
        entry.extra = withoutKeys(json, {QStringLiteral("designation"), QStringLiteral("quantity"),
                                         QStringLiteral("socket"), QStringLiteral("plug"),
                                         QStringLiteral("panel_thickness_mm"),
                                         QStringLiteral("choices"), QStringLiteral("optional"),
                                         QStringLiteral("notes")});
        return entry;
    }

private:
    QString m_source;
};

QJsonObject sideJson(const Assembly::Side &side, const std::optional<double> &assemblyPanel,
                     const QJsonObject &extra, const QJsonObject &cableExtra)
{
    QJsonObject known{{QStringLiteral("item"), side.itemNumber},
                      {QStringLiteral("mounting"), optionalText(side.mounting)}};
    if (hasCable(side) || !cableExtra.isEmpty()) {
        const Assembly::Cable &c = side.cable;
        known.insert(QStringLiteral("cable"),
                     merged(cableExtra,
                            {{QStringLiteral("outer_diameter_mm"), optionalNumber(c.outerDiameterMm)},
                             {QStringLiteral("count"), optionalInt(c.count)},
                             {QStringLiteral("conductor_class"), optionalText(c.conductorClass)},
                             {QStringLiteral("cross_section_mm2"),
                              optionalNumber(c.crossSectionMm2)}}));
    }
    if (side.panelThicknessMm != assemblyPanel)
        known.insert(QStringLiteral("panel_thickness_mm"), optionalNumber(side.panelThicknessMm));
    return merged(extra, known);
}

QJsonObject assemblyJson(const ProjectAssembly &entry)
{
    const Assembly &a = entry.assembly;
    const std::optional<double> panel =
        a.socket.panelThicknessMm ? a.socket.panelThicknessMm : a.plug.panelThicknessMm;
    QJsonObject colours;
    for (auto it = a.colours.begin(); it != a.colours.end(); ++it)
        colours.insert(it.key(), it.value());
    const QJsonObject choices =
        merged(entry.choicesExtra, {{QStringLiteral("lever_operation"), optionalText(a.leverOperation)},
                                    {QStringLiteral("colours"), colours},
                                    {QStringLiteral("items"), itemsJson(entry.chosenItems)}});
    QJsonObject known{
        {QStringLiteral("designation"), entry.designation},
        {QStringLiteral("quantity"), entry.quantity},
        {QStringLiteral("socket"), sideJson(a.socket, panel, entry.socketExtra, entry.socketCableExtra)},
        {QStringLiteral("plug"), a.isSpareOutlet()
                                     ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(sideJson(a.plug, panel, entry.plugExtra,
                                                           entry.plugCableExtra))},
        {QStringLiteral("panel_thickness_mm"), optionalNumber(panel)},
        {QStringLiteral("choices"), choices},
        {QStringLiteral("optional"), itemsJson(entry.optionalItems)},
        {QStringLiteral("notes"), entry.notes},
    };
    return merged(entry.extra, known);
}

QJsonObject defaultsJson(const AssemblyDefaults &defaults)
{
    return {{QStringLiteral("colour_order"), QJsonArray::fromStringList(defaults.colourOrder)},
            {QStringLiteral("lever_operation"), optionalText(defaults.leverOperation)}};
}

int lineOf(const QByteArray &bytes, int offset)
{
    return static_cast<int>(bytes.left(offset).count('\n')) + 1;
}

} // namespace

QJsonObject ProjectFile::toJson(const Project &project)
{
    QJsonArray assemblies;
    for (const ProjectAssembly &entry : project.assemblies)
        assemblies.append(assemblyJson(entry));
    return merged(project.extra, {{QStringLiteral("format_version"), formatVersion},
                                  {QStringLiteral("name"), project.name},
                                  {QStringLiteral("defaults"), defaultsJson(project.defaults)},
                                  {QStringLiteral("assemblies"), assemblies}});
}

Project ProjectFile::fromJson(const QJsonObject &json, const QString &source)
{
    const Reader reader(source);
    const QJsonValue version = json.value(QStringLiteral("format_version"));
    if (version.isUndefined())
        reader.fail(QStringLiteral("format_version"), ProjectTr::tr("is missing"));
    const std::optional<int> number =
        reader.integer(json, QStringLiteral("format_version"), QString(), 1, true);
    if (*number > formatVersion) {
        throw ProjectFileError(ProjectFileError::Kind::NewerVersion,
                               ProjectTr::tr("%1 was written by a newer version of the program (project "
                                  "format %2; this version reads format %3 and older). Update "
                                  "the program to open it.")
                                   .arg(source)
                                   .arg(*number)
                                   .arg(formatVersion));
    }
    Project project;
    project.name = reader.text(json, QStringLiteral("name"), QString());
    const QJsonValue defaults = json.value(QStringLiteral("defaults"));
    if (!defaults.isUndefined() && !defaults.isNull()) {
        project.defaults = reader.defaults(reader.object(defaults, QStringLiteral("defaults")),
                                           QStringLiteral("defaults"));
        project.defaultsStated = true;
    }
    const QJsonValue assemblies = json.value(QStringLiteral("assemblies"));
    if (!assemblies.isArray())
        reader.fail(QStringLiteral("assemblies"),
                    assemblies.isUndefined() ? ProjectTr::tr("is missing") : ProjectTr::tr("must be a list"));
    const QJsonArray list = assemblies.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("assemblies[%1]").arg(i);
        project.assemblies.append(reader.assembly(reader.object(list.at(i), where), where));
    }
    project.extra = withoutKeys(json, {QStringLiteral("format_version"), QStringLiteral("name"),
                                       QStringLiteral("defaults"), QStringLiteral("assemblies")});
    return project;
}

QByteArray ProjectFile::toBytes(const Project &project)
{
    return QJsonDocument(toJson(project)).toJson(QJsonDocument::Indented);
}

Project ProjectFile::fromBytes(const QByteArray &bytes, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        throw ProjectFileError(ProjectFileError::Kind::Malformed,
                               ProjectTr::tr("%1 is not a valid project file: not JSON (%2 at line %3).")
                                   .arg(source, error.errorString())
                                   .arg(lineOf(bytes, error.offset)));
    }
    if (!document.isObject()) {
        throw ProjectFileError(ProjectFileError::Kind::Malformed,
                               ProjectTr::tr("%1 is not a valid project file: the JSON is not an object.")
                                   .arg(source));
    }
    return fromJson(document.object(), source);
}

Project ProjectFile::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw ProjectFileError(ProjectFileError::Kind::Unreadable,
                               ProjectTr::tr("Cannot open the project %1: %2").arg(shown, file.errorString()));
    }
    return fromBytes(file.readAll(), shown);
}

QStringList ProjectFile::missingItems(const Project &project, const PartCatalog &catalog)
{
    QStringList missing;
    for (const QString &item : project.itemNumbers()) {
        if (!catalog.find(item))
            missing.append(item);
    }
    return missing;
}

ProjectFile::Opened ProjectFile::open(const QString &path, const PartCatalog &catalog)
{
    Opened opened;
    opened.project = read(path);
    opened.missingItems = missingItems(opened.project, catalog);
    if (!opened.missingItems.isEmpty()) {
        opened.missingMessage =
            ProjectTr::tr("The project %1 names parts that are not in the catalog: %2. Import or add "
               "them, or change the assemblies that use them.")
                .arg(QDir::toNativeSeparators(path), opened.missingItems.join(QStringLiteral(", ")));
    }
    return opened;
}

void ProjectFile::write(const Project &project, const QString &path)
{
    if (const auto error = AtomicFileWriter::write(path, toBytes(project)))
        throw ProjectFileError(ProjectFileError::Kind::WriteFailed, *error);
}

} // namespace cc
