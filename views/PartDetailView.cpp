#include "PartDetailView.h"

#include "PartFormatter.h"
#include "PartRecord.h"

#include <QUrl>

namespace cc {

PartDetailView::PartDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(true);
    setOpenExternalLinks(false);
    document()->setDefaultStyleSheet(QStringLiteral(
        "h2 { margin-bottom: 0; } h3 { margin-top: 14px; margin-bottom: 4px; color: #245; }"
        "td.label { color: #555; } td.unknown { color: #888; font-style: italic; }"
        "p.warning { color: #a40; font-weight: bold; } p.source { color: #555; margin-top: 16px; }"
        "th { background: #e8ecef; }"));
}

void PartDetailView::showPart(const PartRecord &record)
{
    setHtml(PartFormatter(locale()).html(record));
}

void PartDetailView::showMessage(const QString &title, const QString &text)
{
    setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

void PartDetailView::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    Q_UNUSED(type)
    // Nothing is ever fetched: only links to parts are followed.
    if (name.scheme() == QLatin1String("part"))
        emit partRequested(QUrl::fromPercentEncoding(name.path().toUtf8()));
}

} // namespace cc
