#include "views/catalog/PartDetailView.h"

#include "models/datasheet/DatasheetPrinter.h"
#include "models/part/PartRecord.h"

#include <QDesktopServices>
#include <QKeyEvent>
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
        "td.derived { color: #245; }"
        "p.warning { color: #a40; font-weight: bold; } p.source { color: #555; margin-top: 16px; }"
        "th { background: #e8ecef; } span.location { color: #555; font-size: small; }"));
}

void PartDetailView::setPrinter(const DatasheetPrinter &printer)
{
    m_printer = printer;
}

void PartDetailView::showPart(const PartRecord &record)
{
    setHtml(m_printer.html(record, 360, document()));
}

void PartDetailView::showMessage(const QString &title, const QString &text)
{
    setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

bool PartDetailView::event(QEvent *event)
{
    // QTextBrowser keeps Alt+Left/Right for a history of its own; the
    // window's Back and Forward, which know about parts, get them instead.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Back) || key->matches(QKeySequence::Forward)
            || (key->modifiers() == Qt::AltModifier
                && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right))) {
            event->ignore();
            return false;
        }
    }
    return QTextBrowser::event(event);
}

void PartDetailView::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    Q_UNUSED(type)
    // Nothing is ever fetched: links to parts are followed, documents are
    // handed to the desktop.
    if (name.scheme() == QLatin1String("part")) {
        emit partRequested(QUrl::fromPercentEncoding(name.path().toUtf8()));
    } else if (name.scheme() == QLatin1String("http") || name.scheme() == QLatin1String("https")
               || name.scheme() == QLatin1String("file")) {
        emit documentRequested(name);
        if (m_opensDocuments)
            QDesktopServices::openUrl(name);
    }
}

} // namespace cc
