#include "views/catalog/CatalogConnector.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/DatabaseLocation.h"
#include "views/catalog/CatalogViewsTr.h"

#include <QInputDialog>
#include <QLineEdit>

namespace cc {

CatalogConnector::CatalogConnector(QWidget *parent)
    : m_parent(parent)
{
    m_prompt = [this](const QString &server, bool again) -> std::optional<QString> {
        bool ok = false;
        const QString label = again
            ? CatalogViewsTr::tr("The password was not accepted. Password for the catalog server %1:")
                  .arg(server)
            : CatalogViewsTr::tr("Password for the catalog server %1:").arg(server);
        const QString password = QInputDialog::getText(
            m_parent, CatalogViewsTr::tr("Catalog Server"), label, QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return password;
    };
}

std::optional<CatalogOpener::Opened> CatalogConnector::open(const QString &location)
{
    m_error.clear();
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    QString attempt = location;
    for (int tries = 0;; ++tries) {
        try {
            return CatalogOpener::open(attempt);
        } catch (const DatabaseError &error) {
            m_error = error.message();
            const bool canAsk = parsed.backend() == DatabaseLocation::Backend::Postgresql
                && error.kind() == DatabaseError::Kind::Connection
                && DatabaseLocation::needsPassword(error.detail()) && tries < 3;
            if (!canAsk)
                return std::nullopt;
        }
        const std::optional<QString> password = m_prompt(parsed.displayName(), tries > 0);
        if (!password)
            return std::nullopt;
        attempt = parsed.withPassword(*password);
    }
}

} // namespace cc
