#pragma once

#include <QString>
#include <stdexcept>

namespace cc {

// An error of the parts database: what failed (the operation, in words a user
// understands), why (the driver's error text) and which kind of failure it is,
// so that callers can react to a kind without parsing messages.
class DatabaseError : public std::runtime_error
{
public:
    enum class Kind {
        MissingDirectory,
        NotADatabase,
        Corrupt,
        NewerVersion,
        ReadOnly,
        Migration,
        Query,
        Catalog,
        Connection,     // the server cannot be reached or refuses the login
        ConnectionLost, // the server went away during the session
        Conflict,       // another user changed the same data first
    };

    DatabaseError(Kind kind, const QString &operation, const QString &detail);

    Kind kind() const { return m_kind; }
    QString operation() const { return m_operation; }
    QString detail() const { return m_detail; }
    // "operation: detail", ready to show to a user.
    QString message() const;

private:
    Kind m_kind;
    QString m_operation;
    QString m_detail;
};

} // namespace cc
