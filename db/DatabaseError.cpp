#include "db/DatabaseError.h"

namespace cc {

namespace {
QString joined(const QString &operation, const QString &detail)
{
    if (detail.isEmpty())
        return operation;
    return operation + QStringLiteral(": ") + detail;
}
} // namespace

DatabaseError::DatabaseError(Kind kind, const QString &operation, const QString &detail)
    : std::runtime_error(joined(operation, detail).toStdString())
    , m_kind(kind)
    , m_operation(operation)
    , m_detail(detail)
{
}

QString DatabaseError::message() const
{
    return joined(m_operation, m_detail);
}

} // namespace cc
