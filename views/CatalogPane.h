#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace cc {

class CatalogTableModel;
class Database;
class PartSearch;

// The catalog pane: a search field that searches as the user types, facet
// filters whose counts follow the query, and the table of parts found.
class CatalogPane : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPane(QWidget *parent = nullptr);
    ~CatalogPane() override;

    // Shows the catalog of `database` (which must outlive the pane's use of it).
    void setDatabase(const Database *database);
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QComboBox *facetBox(const QString &key) const { return m_facets.value(key); }
    CatalogTableModel *model() const { return m_model; }
    // Selects the row of a part if the current query shows it.
    bool selectItem(const QString &itemNumber);
    void reload();

public slots:
    void focusSearch();
    void clearFilters();

signals:
    void currentPartChanged(const QString &itemNumber);
    void partActivated(const QString &itemNumber);

private:
    void runQuery();
    void updateFacets();
    void updateSummary();
    void emitCurrent();

    QLineEdit *m_search;
    QToolButton *m_clear;
    QMap<QString, QComboBox *> m_facets;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_typingTimer;
    CatalogTableModel *m_model = nullptr;
    std::unique_ptr<PartSearch> m_partSearch;
    bool m_updatingFacets = false;
};

} // namespace cc
