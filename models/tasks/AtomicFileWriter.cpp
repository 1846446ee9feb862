#include "models/tasks/AtomicFileWriter.h"

#include "models/tasks/TasksTr.h"

#include <QDir>
#include <QSaveFile>

namespace cc {

std::optional<QString> AtomicFileWriter::write(const QString &path, const QByteArray &data)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return TasksTr::tr("Cannot write %1: %2").arg(shown, file.errorString());
    }
    // A short write (a full disk, a file size limit) may leave no error on
    // the device: the size of what reached the disk is checked before the
    // file replaces the previous one.
    const bool written = file.write(data) == data.size() && file.flush();
    if (!written || file.size() != data.size()) {
        const QString reason = file.error() != QFileDevice::NoError
            ? file.errorString()
            : TasksTr::tr("only %1 of %2 bytes could be written (is the disk full?)")
                  .arg(file.size())
                  .arg(data.size());
        file.cancelWriting();
        return TasksTr::tr("Cannot write %1: %2. The previous file is unchanged.").arg(shown, reason);
    }
    if (!file.commit()) {
        return TasksTr::tr("Cannot write %1: %2. The previous file is unchanged.")
            .arg(shown, file.errorString());
    }
    return std::nullopt;
}

} // namespace cc
