#pragma once

#include <QString>
#include <stdexcept>

namespace cc {

// A project file that cannot be read or written: which kind of failure and
// a message ready to show to a user (it names the file).
class ProjectFileError : public std::runtime_error
{
public:
    enum class Kind {
        Unreadable,   // missing, no permission, ...
        Malformed,    // not JSON, or JSON that is not a project
        NewerVersion, // written by a newer program
        WriteFailed,  // saving failed; the old file is left as it was
    };

    ProjectFileError(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace cc
