#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;

namespace cc {

// For the start-up benchmark (CC_REPORT_STARTUP=1): once the catalog table
// has been painted with its first rows, prints one line to stdout (time
// since main() and resident memory) and quits the application.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QAbstractItemView *catalog, QElapsedTimer sinceMain, QObject *parent = nullptr);
    // Whether the environment asks for the report.
    static bool requested();
    // A field of /proc/self/status in kB ("VmRSS", "RssFile", "RssAnon";
    // Linux), or -1.
    static qint64 residentKb(const char *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QAbstractItemView *m_catalog;
    QElapsedTimer m_sinceMain;
    bool m_reported = false;
};

} // namespace cc
