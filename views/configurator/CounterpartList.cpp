#include "views/configurator/CounterpartList.h"

#include "views/configurator/ConfiguratorViewsTr.h"

#include <QStandardItemModel>

namespace cc {

CounterpartList::CounterpartList(QWidget *parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setWordWrap(true);
    setUniformItemSizes(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(ConfiguratorViewsTr::tr("Counterparts"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                emit currentCandidateChanged(current.data(ItemNumberRole).toString());
            });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString item = index.data(ItemNumberRole).toString();
        if (!item.isEmpty())
            emit candidateActivated(item);
    });
}

void CounterpartList::addHeading(const QString &text)
{
    auto *heading = new QStandardItem(text);
    heading->setFlags(Qt::ItemIsEnabled);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_model->appendRow(heading);
}

void CounterpartList::addCandidate(const MatingCandidate &candidate, bool mates, const QString &why)
{
    const QString text = QStringLiteral("%1 — %2\n    %3")
                             .arg(candidate.part.itemNumber(), candidate.part.description(), why);
    auto *row = new QStandardItem(text);
    row->setData(candidate.part.itemNumber(), ItemNumberRole);
    row->setData(mates, MatesRole);
    row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!mates)
        row->setForeground(QColor(120, 120, 120));
    row->setToolTip(candidate.verdict.summary());
    m_model->appendRow(row);
}

void CounterpartList::setCandidates(const QString &socket, const QList<MatingCandidate> &mates,
                                    const QList<MatingCandidate> &nearMisses,
                                    const QList<MatingCandidate> &undecided,
                                    const QList<MatingCandidate> &others)
{
    const QSignalBlocker blocker(selectionModel());
    m_model->clear();
    if (socket.isEmpty())
        return;
    addHeading(mates.isEmpty() ? ConfiguratorViewsTr::tr("Nothing in the catalog mates with %1").arg(socket)
                               : ConfiguratorViewsTr::tr("Mate with %1").arg(socket));
    for (const MatingCandidate &candidate : mates)
        addCandidate(candidate, true, candidate.verdict.listedAsCounterpart ? ConfiguratorViewsTr::tr("✓ mates (listed counterpart)")
                                                                            : ConfiguratorViewsTr::tr("✓ mates"));
    if (!nearMisses.isEmpty())
        addHeading(ConfiguratorViewsTr::tr("Near misses (do not mate)"));
    for (const MatingCandidate &candidate : nearMisses)
        addCandidate(candidate, false, ConfiguratorViewsTr::tr("✗ %1").arg(candidate.verdict.reasonMessages().join(QStringLiteral(" "))));
    if (!undecided.isEmpty())
        addHeading(ConfiguratorViewsTr::tr("Not known whether they mate"));
    for (const MatingCandidate &candidate : undecided)
        addCandidate(candidate, false, ConfiguratorViewsTr::tr("? %1").arg(candidate.verdict.missingMessages().join(QStringLiteral(" "))));
    if (!others.isEmpty())
        addHeading(ConfiguratorViewsTr::tr("Other plugs (do not mate)"));
    for (const MatingCandidate &candidate : others)
        addCandidate(candidate, false, ConfiguratorViewsTr::tr("✗ %1").arg(candidate.verdict.reasonMessages().join(QStringLiteral(" "))));
}

QString CounterpartList::currentItemNumber() const
{
    return currentIndex().data(ItemNumberRole).toString();
}

bool CounterpartList::selectItem(const QString &itemNumber)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(ItemNumberRole).toString() == itemNumber) {
            setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QStringList CounterpartList::itemNumbers() const
{
    QStringList items;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString item = m_model->index(row, 0).data(ItemNumberRole).toString();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

} // namespace cc
