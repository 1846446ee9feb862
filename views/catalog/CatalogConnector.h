#pragma once

#include "db/CatalogOpener.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace cc {

// Opens a catalog for the window: a file, or a server named by a
// postgresql:// address. When the server wants a password that the address
// does not hold (addresses are stored without one), it asks the user for it
// (up to three times) and keeps it only for this connection.
class CatalogConnector
{
public:
    // Asks for a password; an empty optional when the user cancels. The
    // default shows a password field; tests give their own.
    using PasswordPrompt = std::function<std::optional<QString>(const QString &server, bool again)>;

    explicit CatalogConnector(QWidget *parent);
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }

    // The opened catalog; an empty optional with errorString() when it
    // cannot be opened or the user cancelled.
    std::optional<CatalogOpener::Opened> open(const QString &location);
    QString errorString() const { return m_error; }

private:
    QWidget *m_parent;
    PasswordPrompt m_prompt;
    QString m_error;
};

} // namespace cc
