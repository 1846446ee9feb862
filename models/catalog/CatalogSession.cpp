#include "models/catalog/CatalogSession.h"

#include "db/Database.h"
#include "db/PartRepository.h"
#include "models/catalog/DatabasePartCatalog.h"
#include "models/catalog/DatabaseWorker.h"

namespace cc {

CatalogSession::CatalogSession(QObject *parent)
    : QObject(parent)
{
}

CatalogSession::CatalogSession(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
{
    install(std::move(database));
}

CatalogSession::~CatalogSession()
{
    if (isOpen())
        emit catalogAboutToBeReplaced();
    release();
}

void CatalogSession::open(std::unique_ptr<Database> database)
{
    emit catalogAboutToBeReplaced();
    release();
    install(std::move(database));
    emit catalogReplaced();
}

void CatalogSession::close()
{
    open(nullptr);
}

const PartCatalog *CatalogSession::catalog() const
{
    return m_catalog.get();
}

DatabaseWorker *CatalogSession::worker()
{
    if (!m_worker && m_database)
        m_worker = std::make_unique<DatabaseWorker>(*m_database);
    return m_worker.get();
}

void CatalogSession::follow(QObject *receiver,
                            const std::function<void(const PartCatalog *)> &use,
                            const std::function<void()> &partsChanged)
{
    connect(this, &CatalogSession::catalogAboutToBeReplaced, receiver, [use] { use(nullptr); });
    connect(this, &CatalogSession::catalogReplaced, receiver, [this, use] { use(catalog()); });
    connect(this, &CatalogSession::partsChanged, receiver, [partsChanged] { partsChanged(); });
}

void CatalogSession::notifyPartsChanged(const QStringList &items)
{
    if (isOpen())
        emit partsChanged(items);
}

void CatalogSession::release()
{
    // The worker waits for its job and closes its connection before the
    // main connection may go.
    m_worker.reset();
    m_catalog.reset();
    m_repository.reset();
    m_database.reset();
}

void CatalogSession::install(std::unique_ptr<Database> database)
{
    m_database = std::move(database);
    if (!m_database)
        return;
    m_repository = std::make_unique<PartRepository>(*m_database);
    m_catalog = std::make_unique<DatabasePartCatalog>(*m_repository);
}

} // namespace cc
