#include "db/Transaction.h"

#include "db/Database.h"

namespace cc {

Transaction::Transaction(Database &database, const QString &operation)
    : m_database(&database)
    , m_operation(operation)
{
    m_database->beginTransaction(m_operation);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(other.m_database)
    , m_operation(other.m_operation)
{
    other.m_database = nullptr;
}

Transaction::~Transaction()
{
    if (m_database)
        m_database->rollbackTransaction();
}

void Transaction::commit()
{
    if (!m_database)
        return;
    Database *database = m_database;
    m_database = nullptr;
    database->commitTransaction(m_operation);
}

} // namespace cc
