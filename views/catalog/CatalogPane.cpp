#include "views/catalog/CatalogPane.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/PartSearch.h"
#include "models/browser/CatalogTableModel.h"
#include "models/catalog/CatalogSession.h"
#include "models/catalog/DatabaseWorker.h"
#include "models/datasheet/DatasheetLayout.h"
#include "models/datasheet/PartFormatter.h"
#include "models/part/CodeTable.h"
#include "models/part/PartFields.h"
#include "models/part/PartTr.h"
#include "views/catalog/CatalogViewsTr.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {

QString facetTitle(const QString &key)
{
    static const QMap<QString, const char *> titles{
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("CatalogViews", "Kind")},
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("CatalogViews", "Family")},
        {QStringLiteral("poles"), QT_TRANSLATE_NOOP("CatalogViews", "Poles")},
        {QStringLiteral("coding"), QT_TRANSLATE_NOOP("CatalogViews", "Coding")},
        {QStringLiteral("colour"), QT_TRANSLATE_NOOP("CatalogViews", "Colour")},
        {QStringLiteral("cross_section"), QT_TRANSLATE_NOOP("CatalogViews", "Cross-section")},
        {QStringLiteral("mounting"), QT_TRANSLATE_NOOP("CatalogViews", "Mounting")},
        {QStringLiteral("issuer"), QT_TRANSLATE_NOOP("CatalogViews", "Approval")},
    };
    return CatalogViewsTr::tr(titles.value(key));
}

QString facetLabel(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return PartTr::notKnown();
    const PartFields::Field *field = PartFields::find(key);
    if (const CodeTable *codes = field ? PartFields::codeTable(field->id) : nullptr)
        return codes->title(value);
    if (key == QLatin1String("cross_section"))
        return value + QStringLiteral(" mm²");
    return value;
}

// Enter in the table opens the datasheet of the current row.
class CatalogTable : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

CatalogPane::CatalogPane(CatalogSession *session, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_table(new CatalogTable(this))
    , m_summary(new QLabel(this))
    , m_typingTimer(new QTimer(this))
{
    m_search->setPlaceholderText(CatalogViewsTr::tr("Search item number, GTIN or words (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_clear->setText(CatalogViewsTr::tr("Clear filters"));
    m_clear->setToolTip(CatalogViewsTr::tr("Show the whole catalog again"));

    auto *filters = new QGridLayout;
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    int position = 0;
    for (const QString &key : PartSearch::facetKeys()) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("facet_") + key);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        m_facets.insert(key, box);
        auto *label = new QLabel(facetTitle(key), this);
        label->setBuddy(box);
        filters->addWidget(label, position / 2, (position % 2) * 2);
        filters->addWidget(box, position / 2, (position % 2) * 2 + 1);
        ++position;
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingFacets)
                runQuery();
        });
    }

    m_table->setObjectName(QStringLiteral("catalogView"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    static_cast<CatalogTable *>(m_table)->onEnter = [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit partActivated(current.siblingAtColumn(0).data().toString());
    };
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit partActivated(index.siblingAtColumn(0).data().toString());
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    // Messages (a lost server connection, say) wrap instead of widening the pane.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_summary);

    // Search as the user types, but let a fast typist finish a word first.
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_typingTimer, &QTimer::timeout, this, &CatalogPane::runQuery);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingTimer->stop();
        runQuery();
        m_table->setFocus();
    });
    connect(m_clear, &QToolButton::clicked, this, &CatalogPane::clearFilters);

    m_session = session;
    if (!session)
        return;
    connect(session, &CatalogSession::catalogAboutToBeReplaced, this, &CatalogPane::closeCatalog);
    connect(session, &CatalogSession::catalogReplaced, this, &CatalogPane::openCatalog);
    connect(session, &CatalogSession::partsChanged, this, &CatalogPane::reload);
    openCatalog();
}

CatalogPane::~CatalogPane()
{
    // Counts not started yet are skipped; one under way delivers to this
    // pane, so it is waited for (the session keeps its worker).
    m_latest->store(++m_generation);
    if (m_session && m_session->hasWorker())
        m_session->worker()->waitForJobs();
}

void CatalogPane::closeCatalog()
{
    // Counts already on their way belong to the old database: drop them.
    m_latest->store(++m_generation);
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_facetsPending = false;
    m_facetError.clear();
}

void CatalogPane::openCatalog()
{
    closeCatalog();
    const Database *database = m_session ? m_session->database() : nullptr;
    if (!database)
        return;
    m_model = new CatalogTableModel(*database, this);
    m_table->setModel(m_model);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(CatalogTableModel::Description,
                            fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogPane::emitCurrent);
    runQuery();
}

void CatalogPane::reload()
{
    const QString current = currentItemNumber();
    if (!m_model)
        return;
    // The datasheet shown stays that of the current part: the new rows are
    // not announced as a new current part.
    const QSignalBlocker blocker(m_table->selectionModel());
    runQuery();
    if (!current.isEmpty())
        selectItem(current);
}

QString CatalogPane::currentItemNumber() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data().toString() : QString();
}

void CatalogPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogPane::clearFilters()
{
    m_updatingFacets = true;
    for (QComboBox *box : std::as_const(m_facets))
        box->setCurrentIndex(0);
    m_updatingFacets = false;
    m_search->clear();
    m_typingTimer->stop();
    runQuery();
}

void CatalogPane::runQuery()
{
    if (!m_model)
        return;
    SearchQuery query;
    query.text = m_search->text();
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
        if (it.value()->currentIndex() > 0)
            query.filters[it.key()] << it.value()->currentData().toString();
    }
    try {
        m_model->setQuery(query);
    } catch (const DatabaseError &error) {
        m_summary->setText(error.message());
        return;
    }
    requestFacets();
    updateSummary();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
}

void CatalogPane::requestFacets()
{
    const int generation = ++m_generation;
    m_latest->store(generation);
    m_facetsPending = true;
    m_facetError.clear();
    const SearchQuery query = m_model->query();
    const bool needsCount = m_model->totalIsCapped() && m_model->totalCap() < PartSearch::countCap;
    const std::shared_ptr<std::atomic<int>> latest = m_latest;
    DatabaseWorker *worker = m_session ? m_session->worker() : nullptr;
    if (!worker) {
        m_facetsPending = false;
        return;
    }
    worker->post(
        [this, generation, query, latest, needsCount](Database &database) {
            if (latest->load() != generation)
                return; // superseded while waiting
            const PartSearch search(database);
            // The exact count too, when the keystroke only counted a little.
            const int total = needsCount ? search.count(query) : -1;
            const auto facets = search.facets(query);
            // `this` is alive: the pane waits for its jobs before it goes.
            DatabaseWorker::deliver(this, [this, generation, facets, total] {
                applyFacets(generation, facets, total);
            });
        },
        [this, generation](const QString &message) {
            DatabaseWorker::deliver(this, [this, generation, message] { facetsFailed(generation, message); });
        });
}

bool CatalogPane::facetsFailed(int generation, const QString &message)
{
    if (generation != m_generation || !m_model)
        return false;
    m_facetsPending = false;
    m_facetError = CatalogViewsTr::tr("The filter counts could not be read: %1").arg(message);
    updateSummary();
    return true;
}

bool CatalogPane::applyFacets(int generation, const QMap<QString, QList<PartSearch::FacetValue>> &facets,
                              int total)
{
    if (generation != m_generation || !m_model)
        return false; // counted for an older query
    m_facetsPending = false;
    if (total >= 0)
        m_model->setExactTotal(total);
    m_updatingFacets = true;
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
        QComboBox *box = it.value();
        const bool filtered = box->currentIndex() > 0;
        const QString selected = box->currentData().toString();
        box->clear();
        box->addItem(CatalogViewsTr::tr("All"));
        for (const PartSearch::FacetValue &v : facets.value(it.key()))
            box->addItem(QStringLiteral("%1 (%2)").arg(facetLabel(it.key(), v.value)).arg(v.count), v.value);
        if (filtered) {
            int index = box->findData(selected);
            if (index < 0) { // the value no longer occurs: keep it, with no parts
                box->addItem(QStringLiteral("%1 (0)").arg(facetLabel(it.key(), selected)), selected);
                index = box->count() - 1;
            }
            box->setCurrentIndex(index);
        }
    }
    m_updatingFacets = false;
    updateSummary();
    return true;
}

void CatalogPane::updateSummary()
{
    const int total = m_model->totalCount();
    QString text;
    if (m_model->totalIsCapped())
        text = CatalogViewsTr::tr("More than %1 parts found").arg(locale().toString(m_model->totalCap()));
    else
        text = total == 1 ? CatalogViewsTr::tr("1 part found") : CatalogViewsTr::tr("%1 parts found").arg(locale().toString(total));
    if (!m_facetError.isEmpty())
        text += QStringLiteral(" — ") + m_facetError;
    else if (m_facetsPending)
        text += QStringLiteral(" — ") + CatalogViewsTr::tr("counting filter values…");
    m_summary->setText(text);
}

bool CatalogPane::selectItem(const QString &itemNumber)
{
    if (!m_model)
        return false;
    int row = m_model->rowOf(itemNumber);
    // A part outside the current search (a link, Back) is not looked for
    // by reading every page of a large result.
    if (row < 0 && !m_model->finds(itemNumber))
        return false;
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOf(itemNumber);
    }
    if (row < 0)
        return false;
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void CatalogPane::emitCurrent()
{
    const QString current = currentItemNumber();
    if (!current.isEmpty())
        emit currentPartChanged(current);
}

} // namespace cc
