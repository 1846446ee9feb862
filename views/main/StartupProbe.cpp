#include "views/main/StartupProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <cstdio>

namespace cc {

StartupProbe::StartupProbe(QAbstractItemView *catalog, QElapsedTimer sinceMain, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_sinceMain(sinceMain)
{
    m_catalog->viewport()->installEventFilter(this);
}

bool StartupProbe::requested()
{
    return qEnvironmentVariableIntValue("CC_REPORT_STARTUP") == 1;
}

qint64 StartupProbe::residentKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_reported && event->type() == QEvent::Paint && m_catalog->model()
        && m_catalog->model()->rowCount() > 0) {
        m_reported = true;
        // After this paint event has been handled.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    // Resident memory in all, and the part of it that is file pages (the
    // program, its libraries and the database mapped by SQLite's mmap):
    // those the kernel can drop and read again.
    std::printf("catalog listed: rows %d, %lld ms after main(), resident %lld kB (files %lld kB, anonymous %lld kB)\n",
                m_catalog->model()->rowCount(), static_cast<long long>(m_sinceMain.elapsed()),
                static_cast<long long>(residentKb("VmRSS")), static_cast<long long>(residentKb("RssFile")),
                static_cast<long long>(residentKb("RssAnon")));
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace cc
