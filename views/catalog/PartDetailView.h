#pragma once

#include "models/datasheet/DatasheetPrinter.h"

#include <QTextBrowser>

namespace cc {

struct PartRecord;

// The datasheet pane: a part's whole record, section by section. Links to
// counterparts and accessories ask for that part to be opened; links to
// documents (a feed's data sheets and drawings) are handed to the desktop
// (documentRequested(), then QDesktopServices unless switched off): the
// pane itself never fetches anything.
class PartDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PartDetailView(QWidget *parent = nullptr);

    // The datasheet in this printer's language and preferences.
    void setPrinter(const DatasheetPrinter &printer);
    void showPart(const PartRecord &record);
    void showMessage(const QString &title, const QString &text);

    // Whether a document link is opened with the desktop's program for it
    // (on by default; tests switch it off and watch documentRequested()).
    void setOpensDocuments(bool opens) { m_opensDocuments = opens; }

signals:
    void partRequested(const QString &itemNumber);
    void documentRequested(const QUrl &url);

protected:
    bool event(QEvent *event) override;
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

private:
    DatasheetPrinter m_printer{PartFormatter(QLocale())};
    bool m_opensDocuments = true;
};

} // namespace cc
