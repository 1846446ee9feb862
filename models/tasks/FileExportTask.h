#pragma once

#include "models/tasks/BackgroundTask.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace cc {

// An export run off the GUI thread: produces a file's bytes (a bill of
// materials, a datasheet PDF), then writes them through QSaveFile in
// chunks, reporting progress. Cancelled at any point, it discards what it
// wrote: no file is created and an existing file is left as it was.
class FileExportTask : public BackgroundTask
{
    Q_OBJECT

public:
    // Runs in the worker thread: the file's bytes, or an empty array and
    // `*error`. It must not touch widgets or objects of the GUI thread.
    using Producer = std::function<QByteArray(QString *error)>;

    FileExportTask(const QString &path, Producer produce, QObject *parent = nullptr);

    void start();
    QString path() const { return m_path; }
    // Valid once finished() was emitted.
    bool wasCancelled() const { return m_cancelled; }
    QString error() const { return m_error; } // empty on success and on cancel
    bool succeeded() const { return !m_cancelled && m_error.isEmpty(); }

    // The work itself, for callers that run it on a thread of their own.
    // Returns whether the file was written; else `*cancelled` or `*error`.
    static bool write(const QString &path, const Producer &produce, TaskControl &control,
                      bool *cancelled, QString *error);

private:
    QString m_path;
    Producer m_produce;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace cc
