#pragma once

#include <QString>

namespace cc {

class Database;

// Begins a transaction on construction and rolls it back on destruction
// unless commit() was called: an exception on the way leaves nothing behind.
class Transaction
{
public:
    Transaction(Database &database, const QString &operation);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction &operator=(Transaction &&) = delete;

    void commit();

private:
    Database *m_database;
    QString m_operation;
};

} // namespace cc
