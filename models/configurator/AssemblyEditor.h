#pragma once

#include "models/configurator/AccessoryLine.h"
#include "models/configurator/AssemblyWarning.h"
#include "models/configurator/ConfiguredAssembly.h"
#include "models/configurator/PlugCheck.h"
#include "models/configurator/SocketCheck.h"
#include "models/part/PartRecord.h"
#include "models/rules/Assembly.h"
#include "models/rules/AssemblyDefaults.h"
#include "models/rules/AssemblyResult.h"
#include "models/rules/MatingCandidate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <optional>

namespace cc {

class CatalogSession;
class PartCatalog;
class ProjectModel;
struct ProjectAssembly;

// The configurator's document: one Assembly being edited, the user's picks
// and quantities of its accessories and the optional accessories ticked
// (ConfiguredAssembly), and what AssemblyEvaluator makes of them with the
// defaults in force (the project's): the rules' result, the lines of the
// parts table (counted as the bill of materials counts them) and what is
// left open, each with the control that resolves it. Undo commands change
// it through apply(); views listen to changed().
//
// It evaluates against the catalog of its session: another catalog starts
// over with an empty assembly, changed parts are read again (the assembly
// stays). It also answers the configurator's questions (may this part start
// an assembly, may this plug be set, where does an error belong), so that a
// view only shows the answers.
class AssemblyEditor : public QObject
{
    Q_OBJECT

public:
    // `session`: the catalog to work with; nullptr: none.
    explicit AssemblyEditor(CatalogSession *session, QObject *parent = nullptr);

    // The catalog evaluated against; nullptr: none.
    const PartCatalog *catalog() const { return m_catalog; }

    const ConfiguredAssembly &state() const { return m_state; }
    const Assembly &assembly() const { return m_state.assembly; }
    // The user's picks among fitting accessories and their quantities.
    const QList<ProjectItem> &chosenItems() const { return m_state.chosenItems; }
    // The optional accessories ticked, each with its quantity.
    const QList<ProjectItem> &optionalItems() const { return m_state.optionalItems; }
    QStringList optionalItemNumbers() const { return m_state.optionalItemNumbers(); }
    const AssemblyResult &result() const { return m_result; }
    // The parts table: one line per accessory, required and optional.
    const QList<AccessoryLine> &lines() const { return m_lines; }
    // What is left open, each with the control that resolves it.
    const QList<AssemblyWarning> &warnings() const { return m_warnings; }

    // Replaces the state and evaluates it again.
    void apply(const ConfiguredAssembly &state);
    // The same with nothing picked and no optional accessory.
    void apply(const Assembly &assembly) { apply(ConfiguredAssembly { assembly, {}, {} }); }

    // What decides the choices the user has not made (colours, lever
    // operation); empty: they stay open. Setting them evaluates again (not
    // an undo step: they are the project's).
    const AssemblyDefaults &defaults() const { return m_defaults; }
    void setDefaults(const AssemblyDefaults &defaults);
    // Evaluates with the defaults of `project`'s project, now and whenever
    // they change (a project opened, its properties edited).
    void useDefaultsOf(const ProjectModel *project);

    // The catalog's parts changed (an import, or its undo): reads them again.
    // (The session's partsChanged() calls it.)
    void reloadParts();
    // Opens a project's assembly (not an undo step) and writes the edited
    // state back into it (assembly, picks with their quantities, optional
    // accessories with theirs); the project's other keys are kept.
    void load(const ProjectAssembly &project);
    void storeIn(ProjectAssembly &project) const;

    // Parts by item number (cached per catalog); empty when not in the catalog.
    std::optional<PartRecord> part(const QString &itemNumber) const;
    std::optional<PartRecord> socket() const { return part(assembly().socket.itemNumber); }
    std::optional<PartRecord> plug() const { return part(assembly().plug.itemNumber); }

    // The connectors of the catalog compared with the socket: those that
    // mate first, then near misses (one condition fails), undecided ones,
    // and other plugs that fail on two conditions (those failing on more
    // are not listed: on a large catalog they would be thousands; sockets
    // and parts that are no connector are never offered as a plug).
    QList<MatingCandidate> mates() const;
    QList<MatingCandidate> nearMisses() const;
    QList<MatingCandidate> undecided() const;
    QList<MatingCandidate> others() const;

    // Whether `itemNumber` can start an assembly: a part of the catalog that
    // can be a socket.
    SocketCheck checkSocket(const QString &itemNumber) const;
    // A socket is the female side of the pair.
    static bool canBeSocket(const PartRecord &part);
    // Whether `itemNumber` may be set as the plug of the assembly's socket:
    // refused when the mating rules say the pair does not mate (an
    // undecided pair may be set; its evaluation says what is not known).
    PlugCheck checkPlug(const QString &itemNumber) const;
    // The plug to mate when the user asks for one without naming it: the
    // first that mates; empty when none does.
    QString firstMate() const;
    // The evaluation's errors about one side (errors about the connection or
    // the assembly's choices belong to neither side).
    QStringList socketErrors() const;
    QStringList plugErrors() const;

signals:
    // The catalog was replaced or its parts changed: what a view listed from
    // it (the counterparts) is out of date. changed() follows.
    void catalogChanged();
    void changed();

private:
    // The catalog to evaluate against; nullptr: none. Resets the assembly.
    void useCatalog(const PartCatalog *catalog);
    void updateCounterparts() const;
    // The errors about one side.
    QStringList errorsOf(RuleMessage::Side side) const;

    void evaluate();

    const PartCatalog *m_catalog = nullptr;
    ConfiguredAssembly m_state;
    AssemblyDefaults m_defaults;
    AssemblyResult m_result;
    QList<AccessoryLine> m_lines;
    QList<AssemblyWarning> m_warnings;
    mutable QHash<QString, std::optional<PartRecord>> m_parts;
    mutable QString m_counterpartsOf;
    mutable QList<MatingCandidate> m_mates;
    mutable QList<MatingCandidate> m_nearMisses;
    mutable QList<MatingCandidate> m_undecided;
    mutable QList<MatingCandidate> m_others;
};

} // namespace cc
