#pragma once

#include "models/part/PartRecord.h"
#include "models/rules/Assembly.h"
#include "models/rules/AssemblyResult.h"
#include "models/rules/MatingCandidate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <optional>

namespace cc {

class PartCatalog;
struct ProjectAssembly;

// The configurator's document: one Assembly being edited, the optional
// accessories the user ticked, and what AssemblyEvaluator makes of them. Undo
// commands change it through apply(); views listen to changed().
class AssemblyEditor : public QObject
{
    Q_OBJECT

public:
    explicit AssemblyEditor(QObject *parent = nullptr);

    // The catalog to evaluate against; nullptr: none. Resets the assembly.
    void setCatalog(const PartCatalog *catalog);
    const PartCatalog *catalog() const { return m_catalog; }

    const Assembly &assembly() const { return m_assembly; }
    const QStringList &optionalItems() const { return m_optionalItems; }
    const AssemblyResult &result() const { return m_result; }

    // Replaces the state and evaluates it again.
    void apply(const Assembly &assembly, const QStringList &optionalItems);

    // The catalog's parts changed (an import, or its undo): reads them again.
    void reloadParts();
    // Opens a project's assembly (not an undo step) and writes the edited
    // state back into it; the project's other keys are kept.
    void load(const ProjectAssembly &project);
    void storeIn(ProjectAssembly &project) const;

    // Parts by item number (cached per catalog); empty when not in the catalog.
    std::optional<PartRecord> part(const QString &itemNumber) const;
    std::optional<PartRecord> socket() const { return part(m_assembly.socket.itemNumber); }
    std::optional<PartRecord> plug() const { return part(m_assembly.plug.itemNumber); }

    // The connectors of the catalog compared with the socket: those that
    // mate first, then near misses (one condition fails), undecided ones,
    // and other connectors that fail on two conditions (those failing on
    // more are not listed: on a large catalog they would be thousands).
    QList<MatingCandidate> mates() const;
    QList<MatingCandidate> nearMisses() const;
    QList<MatingCandidate> undecided() const;
    QList<MatingCandidate> others() const;

signals:
    void changed();

private:
    void updateCounterparts() const;

    const PartCatalog *m_catalog = nullptr;
    Assembly m_assembly;
    QStringList m_optionalItems;
    AssemblyResult m_result;
    mutable QHash<QString, std::optional<PartRecord>> m_parts;
    mutable QString m_counterpartsOf;
    mutable QList<MatingCandidate> m_mates;
    mutable QList<MatingCandidate> m_nearMisses;
    mutable QList<MatingCandidate> m_undecided;
    mutable QList<MatingCandidate> m_others;
};

} // namespace cc
