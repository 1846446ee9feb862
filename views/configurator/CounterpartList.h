#pragma once

#include "models/rules/MatingCandidate.h"

#include <QListView>

class QStandardItemModel;

namespace cc {

// The connectors that may go with a socket: those that mate first, then
// the near misses greyed with their reasons in the text, then those the
// data cannot decide and the other plugs, each with its reasons. Enter (or a double click) on one mates it.
class CounterpartList : public QListView
{
    Q_OBJECT

public:
    enum Role { ItemNumberRole = Qt::UserRole + 1, MatesRole };

    explicit CounterpartList(QWidget *parent = nullptr);

    void setCandidates(const QString &socket, const QList<MatingCandidate> &mates,
                       const QList<MatingCandidate> &nearMisses, const QList<MatingCandidate> &undecided,
                       const QList<MatingCandidate> &others);
    QString currentItemNumber() const;
    // Selects the row of `itemNumber`; false when it is not listed.
    bool selectItem(const QString &itemNumber);
    // Item numbers in list order (headings left out).
    QStringList itemNumbers() const;
    QStandardItemModel *candidateModel() const { return m_model; }

signals:
    void currentCandidateChanged(const QString &itemNumber);
    void candidateActivated(const QString &itemNumber);

private:
    void addHeading(const QString &text);
    void addCandidate(const MatingCandidate &candidate, bool mates, const QString &why);

    QStandardItemModel *m_model;
};

} // namespace cc
