#pragma once

#include "models/datasheet/DatasheetPrinter.h"

#include <QTextBrowser>

namespace cc {

struct PartRecord;

// The datasheet pane: a part's whole record, section by section. Links to
// counterparts and accessories ask for that part to be opened.
class PartDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PartDetailView(QWidget *parent = nullptr);

    // The datasheet in this printer's language and preferences.
    void setPrinter(const DatasheetPrinter &printer);
    void showPart(const PartRecord &record);
    void showMessage(const QString &title, const QString &text);

signals:
    void partRequested(const QString &itemNumber);

protected:
    bool event(QEvent *event) override;
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

private:
    DatasheetPrinter m_printer{PartFormatter(QLocale())};
};

} // namespace cc
