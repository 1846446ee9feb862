#include "models/project/ProjectFileError.h"

namespace cc {

ProjectFileError::ProjectFileError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

} // namespace cc
