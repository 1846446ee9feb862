#pragma once

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace cc {

class Database;
class DatabasePartCatalog;
class DatabaseWorker;
class PartCatalog;
class PartRepository;

// The catalog the program works with, in one place: the main connection
// (Database), its PartRepository, the rules' view of it
// (DatabasePartCatalog) and the worker connection for queries that would
// keep the GUI waiting (DatabaseWorker, opened when first asked for).
//
// Views get the session once, when they are made, read through its
// accessors and follow its signals:
//  - catalogAboutToBeReplaced(): the catalog is about to go (another one
//    is opened, or the session closes; open() says it even when none was
//    open); drop everything read through it.
//  - catalogReplaced(): another catalog is open (possibly none: see
//    isOpen()); read it anew.
//  - partsChanged(items): parts of the open catalog were written (an
//    import, its undo or redo, any other write); whoever wrote them calls
//    notifyPartsChanged().
class CatalogSession : public QObject
{
    Q_OBJECT

public:
    explicit CatalogSession(QObject *parent = nullptr);
    // A session on `database` (no signal: nobody listens yet).
    explicit CatalogSession(std::unique_ptr<Database> database, QObject *parent = nullptr);
    // Closes the catalog (with catalogAboutToBeReplaced()).
    ~CatalogSession() override;

    // Replaces the catalog by `database` (nullptr: none): announces it, stops
    // the worker, closes the old connection, then announces the new one.
    void open(std::unique_ptr<Database> database);
    void close();

    bool isOpen() const { return m_database != nullptr; }
    // nullptr while no catalog is open.
    Database *database() const { return m_database.get(); }
    const PartRepository *repository() const { return m_repository.get(); }
    const PartCatalog *catalog() const;
    // The worker connection of the open catalog, started when first asked
    // for (so that no connection is opened before a query needs it);
    // nullptr while no catalog is open. Jobs of an object that goes away
    // before the session must be waited for (DatabaseWorker::waitForJobs()).
    DatabaseWorker *worker();
    bool hasWorker() const { return m_worker != nullptr; }

    // Parts of the open catalog were written: `items` (item numbers) were
    // added, changed or removed. Emits partsChanged().
    void notifyPartsChanged(const QStringList &items);

    // For a model that reads the catalog through the session: `use` gets
    // nullptr before the catalog goes and the new one after it was replaced;
    // `partsChanged` follows partsChanged(). The connections end with
    // `receiver`.
    void follow(QObject *receiver, const std::function<void(const PartCatalog *)> &use,
                const std::function<void()> &partsChanged);

signals:
    void catalogAboutToBeReplaced();
    void catalogReplaced();
    void partsChanged(const QStringList &items);

private:
    void release();
    void install(std::unique_ptr<Database> database);

    // Declared in the order they depend on each other; release() takes them
    // down in reverse.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PartRepository> m_repository;
    std::unique_ptr<DatabasePartCatalog> m_catalog;
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace cc
