#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace cc {

// Writes a whole file or nothing (QSaveFile): a failed write, a full disk or
// a crash leaves the previous file as it was.
class AtomicFileWriter
{
public:
    // Empty on success, else a message naming the file and the cause.
    static std::optional<QString> write(const QString &path, const QByteArray &data);
};

} // namespace cc
