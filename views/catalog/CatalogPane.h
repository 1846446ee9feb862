#pragma once

#include "db/PartSearch.h"

#include <QMap>
#include <QPointer>
#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace cc {

class CatalogSession;
class CatalogTableModel;

// The catalog pane: a search field that searches as the user types, facet
// filters whose counts follow the query, and the table of parts found.
//
// Rows are read at once; the facet counts (eight GROUP BY queries, a tenth
// of a second or more on a broad query over a large catalog) are counted on
// a worker thread with its own connection and filled in when they arrive.
// Each query gets a generation number: counts for an older query are
// dropped, and the worker skips queries already superseded.
//
// The pane shows the catalog of its session and follows it: another
// catalog is listed from the start, changed parts are searched again (the
// current row stays where the query still finds it). The worker and its
// connection are the session's.
class CatalogPane : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPane(CatalogSession *session, QWidget *parent = nullptr);
    // Waits for a count of this pane under way on the session's worker.
    ~CatalogPane() override;

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QComboBox *facetBox(const QString &key) const { return m_facets.value(key); }
    CatalogTableModel *model() const { return m_model; }
    // Selects the row of a part if the current query shows it.
    bool selectItem(const QString &itemNumber);
    // Searches again with the same query and filters, keeping the current
    // row where it is still found (without announcing it again).
    void reload();
    // Whether facet counts for the current query are still being counted.
    bool facetsPending() const { return m_facetsPending; }
    // The generation of the current query (see the class comment).
    int queryGeneration() const { return m_generation; }
    // Takes facet counts counted for the query of `generation`; counts for
    // any other generation are stale and dropped. Returns whether they
    // were shown.
    // `total`: the count up to PartSearch::countCap, or -1 to keep the
    // model's own.
    bool applyFacets(int generation, const QMap<QString, QList<PartSearch::FacetValue>> &facets,
                     int total = -1);
    // Shows that counting the facets of `generation` failed.
    bool facetsFailed(int generation, const QString &message);

public slots:
    void focusSearch();
    void clearFilters();

signals:
    void currentPartChanged(const QString &itemNumber);
    void partActivated(const QString &itemNumber);

private:
    void closeCatalog();
    void openCatalog();
    QString currentItemNumber() const;
    void runQuery();
    void requestFacets();
    void updateSummary();
    void emitCurrent();

    QLineEdit *m_search;
    QToolButton *m_clear;
    QMap<QString, QComboBox *> m_facets;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_typingTimer;
    QPointer<CatalogSession> m_session;
    CatalogTableModel *m_model = nullptr;
    // The newest generation, read by the worker to skip superseded queries.
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    int m_generation = 0;
    bool m_facetsPending = false;
    QString m_facetError;
    bool m_updatingFacets = false;
};

} // namespace cc
