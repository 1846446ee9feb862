#include "models/configurator/AssemblyEditor.h"

#include "models/catalog/CatalogSession.h"
#include "models/catalog/PartCatalog.h"
#include "models/configurator/AccessoryLines.h"
#include "models/configurator/AssemblyWarnings.h"
#include "models/part/PartKinds.h"
#include "models/project/ProjectAssembly.h"
#include "models/project/ProjectModel.h"
#include "models/rules/AssemblyEvaluator.h"
#include "models/rules/MatingRules.h"

namespace cc {

AssemblyEditor::AssemblyEditor(CatalogSession *session, QObject *parent)
    : QObject(parent)
{
    if (!session)
        return;
    m_catalog = session->catalog();
    session->follow(
        this, [this](const PartCatalog *catalog) { useCatalog(catalog); }, [this] { reloadParts(); });
}

void AssemblyEditor::useCatalog(const PartCatalog *catalog)
{
    m_catalog = catalog;
    m_parts.clear();
    m_counterpartsOf.clear();
    m_mates.clear();
    m_nearMisses.clear();
    m_undecided.clear();
    m_others.clear();
    emit catalogChanged();
    apply(Assembly());
}

void AssemblyEditor::apply(const ConfiguredAssembly &state)
{
    m_state = state;
    evaluate();
}

void AssemblyEditor::setDefaults(const AssemblyDefaults &defaults)
{
    if (defaults == m_defaults)
        return;
    m_defaults = defaults;
    evaluate();
}

void AssemblyEditor::useDefaultsOf(const ProjectModel *project)
{
    connect(project, &ProjectModel::defaultsChanged, this,
            [this, project] { setDefaults(project->project().defaults); });
    setDefaults(project->project().defaults);
}

void AssemblyEditor::evaluate()
{
    m_result = AssemblyResult();
    if (m_catalog && !assembly().socket.itemNumber.isEmpty())
        m_result = AssemblyEvaluator(*m_catalog, m_defaults).evaluate(assembly());
    m_lines = AccessoryLines::of(m_result, m_state);
    m_warnings = AssemblyWarnings::of(m_result, m_lines);
    emit changed();
}

void AssemblyEditor::reloadParts()
{
    m_parts.clear();
    m_counterpartsOf = QStringLiteral("\n"); // no item number: compared again
    emit catalogChanged();
    evaluate();
}

void AssemblyEditor::load(const ProjectAssembly &project)
{
    apply(ConfiguredAssembly { project.assembly, project.chosenItems, project.optionalItems });
}

void AssemblyEditor::storeIn(ProjectAssembly &project) const
{
    project.assembly = m_state.assembly;
    project.chosenItems = m_state.chosenItems;
    project.optionalItems = m_state.optionalItems;
    // An optional accessory ticked without its kind gets the kind it is
    // offered as.
    for (ProjectItem &item : project.optionalItems) {
        for (const AssemblyItem &offered : m_result.optionalItems) {
            if (item.kind.isEmpty() && offered.candidates.contains(item.itemNumber))
                item.kind = offered.kind;
        }
    }
}

std::optional<PartRecord> AssemblyEditor::part(const QString &itemNumber) const
{
    if (!m_catalog || itemNumber.isEmpty())
        return std::nullopt;
    const auto cached = m_parts.constFind(itemNumber);
    if (cached != m_parts.constEnd())
        return *cached;
    const std::optional<PartRecord> found = m_catalog->find(itemNumber);
    m_parts.insert(itemNumber, found);
    return found;
}

void AssemblyEditor::updateCounterparts() const
{
    if (m_counterpartsOf == assembly().socket.itemNumber)
        return;
    m_counterpartsOf = assembly().socket.itemNumber;
    m_mates.clear();
    m_nearMisses.clear();
    m_undecided.clear();
    m_others.clear();
    const std::optional<PartRecord> socketPart = socket();
    if (!socketPart || !m_catalog)
        return;
    // Mates, undecided parts and near misses fail on at most one known
    // condition; "others" are kept to those failing on two, the instructive
    // refusals. A large catalog is not read as a whole for this.
    const QList<PartRecord> connectors = m_catalog->mateCandidates(*socketPart, 2);
    m_nearMisses = MatingRules::nearMisses(*socketPart, connectors);
    QStringList near;
    for (const MatingCandidate &candidate : std::as_const(m_nearMisses))
        near << candidate.part.itemNumber();
    for (const MatingCandidate &candidate : MatingRules::compare(*socketPart, connectors)) {
        if (candidate.verdict.outcome == MatingVerdict::Outcome::Mates)
            m_mates << candidate;
        else if (candidate.verdict.outcome == MatingVerdict::Outcome::Unknown)
            m_undecided << candidate;
        else if (!near.contains(candidate.part.itemNumber())
                 // only a plug can go onto the socket: other sockets and
                 // parts that are no connector are not offered
                 && !candidate.verdict.hasReason(MatingReason::Code::Gender)
                 && !candidate.verdict.hasReason(MatingReason::Code::NotAConnector))
            m_others << candidate;
    }
}

QList<MatingCandidate> AssemblyEditor::mates() const
{
    updateCounterparts();
    return m_mates;
}

QList<MatingCandidate> AssemblyEditor::nearMisses() const
{
    updateCounterparts();
    return m_nearMisses;
}

QList<MatingCandidate> AssemblyEditor::undecided() const
{
    updateCounterparts();
    return m_undecided;
}

QList<MatingCandidate> AssemblyEditor::others() const
{
    updateCounterparts();
    return m_others;
}

SocketCheck AssemblyEditor::checkSocket(const QString &itemNumber) const
{
    SocketCheck check;
    const std::optional<PartRecord> found = part(itemNumber);
    if (!found) {
        check.outcome = SocketCheck::Outcome::NotInCatalog;
    } else if (!canBeSocket(*found)) {
        check.outcome = SocketCheck::Outcome::NotASocket;
    } else {
        check.outcome = SocketCheck::Outcome::Fits;
        check.itemNumber = found->itemNumber();
    }
    return check;
}

bool AssemblyEditor::canBeSocket(const PartRecord &part)
{
    return PartKinds::isFemale(part);
}

PlugCheck AssemblyEditor::checkPlug(const QString &itemNumber) const
{
    PlugCheck check;
    const std::optional<PartRecord> socketPart = socket();
    if (!socketPart) {
        check.outcome = PlugCheck::Outcome::NoSocket;
        return check;
    }
    const std::optional<PartRecord> plugPart = part(itemNumber);
    if (!plugPart) {
        check.outcome = PlugCheck::Outcome::NotInCatalog;
        return check;
    }
    check.itemNumber = plugPart->itemNumber();
    check.verdict = MatingRules::check(*socketPart, *plugPart);
    check.outcome = check.verdict->outcome == MatingVerdict::Outcome::No ? PlugCheck::Outcome::Refused
                                                                         : PlugCheck::Outcome::CanBeSet;
    return check;
}

QString AssemblyEditor::firstMate() const
{
    const QList<MatingCandidate> found = mates();
    return found.isEmpty() ? QString() : found.first().part.itemNumber();
}

QStringList AssemblyEditor::errorsOf(RuleMessage::Side side) const
{
    QStringList errors;
    for (const RuleMessage &error : m_result.errors()) {
        if (error.side == side)
            errors << error.text;
    }
    return errors;
}

QStringList AssemblyEditor::socketErrors() const
{
    return errorsOf(RuleMessage::Side::Socket);
}

QStringList AssemblyEditor::plugErrors() const
{
    return errorsOf(RuleMessage::Side::Plug);
}

} // namespace cc
