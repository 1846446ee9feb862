#include "models/tasks/FileExportTask.h"

#include "models/tasks/TasksTr.h"

#include <QFileInfo>
#include <QSaveFile>

namespace cc {

namespace {

// Written in pieces of this size, so that a cancel is seen soon.
constexpr qsizetype chunkSize = 256 * 1024;

} // namespace

FileExportTask::FileExportTask(const QString &path, Producer produce, QObject *parent)
    : BackgroundTask(parent)
    , m_path(path)
    , m_produce(std::move(produce))
{
}

void FileExportTask::start()
{
    BackgroundTask::start([this](TaskControl &control) {
        // Only this thread writes the results until finished() is emitted.
        write(m_path, m_produce, control, &m_cancelled, &m_error);
    });
}

bool FileExportTask::write(const QString &path, const Producer &produce, TaskControl &control,
                           bool *cancelled, QString *error)
{
    *cancelled = false;
    error->clear();
    // Producing the bytes has no steps to count: total 0 means "busy".
    if (!control.report(0, 0)) {
        *cancelled = true;
        return false;
    }
    QString produceError;
    const QByteArray bytes = produce(&produceError);
    if (bytes.isEmpty() && !produceError.isEmpty()) {
        *error = produceError;
        return false;
    }
    const int chunks = static_cast<int>((bytes.size() + chunkSize - 1) / chunkSize);
    if (!control.report(0, chunks + 1)) {
        *cancelled = true;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = TasksTr::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    for (int i = 0; i < chunks; ++i) {
        const qsizetype offset = i * chunkSize;
        const qsizetype length = qMin(chunkSize, bytes.size() - offset);
        if (file.write(bytes.constData() + offset, length) != length) {
            *error = TasksTr::tr("%1 could not be written: %2").arg(path, file.errorString());
            file.cancelWriting();
            return false;
        }
        if (!control.report(i + 1, chunks + 1)) {
            file.cancelWriting(); // the temporary file is removed, the target untouched
            *cancelled = true;
            return false;
        }
    }
    // A short write (a full disk, a file size limit) may leave no error on
    // the device: the size that reached the disk is checked before the file
    // replaces the previous one (as AtomicFileWriter does).
    if (!file.flush() || file.size() != bytes.size()) {
        *error = TasksTr::tr("%1 could not be written: only %2 of %3 bytes reached the disk (is it full?). "
                    "The previous file is unchanged.")
                     .arg(path)
                     .arg(file.size())
                     .arg(bytes.size());
        file.cancelWriting();
        return false;
    }
    // The last chance to cancel: after commit() the file is complete.
    if (!control.report(chunks, chunks + 1)) {
        file.cancelWriting();
        *cancelled = true;
        return false;
    }
    if (!file.commit()) {
        *error = TasksTr::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    control.report(chunks + 1, chunks + 1);
    return true;
}

} // namespace cc
